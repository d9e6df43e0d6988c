# traceback.StackSummary and FrameSummary: extract from walk_tb/walk_stack
# (no carets), from_list, format with folded repeats, format_list.
# Paths are replaced by FILE.
import traceback


def clean(s):
    return s.replace(__file__, "FILE")


def show(items):
    for item in items:
        print(repr(clean(item)))


def fail(n):
    if n == 0:
        raise RuntimeError('bottom of ' + 'the stack')
    fail(n - 1)


try:
    fail(6)
except RuntimeError as e:
    tb = e.__traceback__
    s = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(type(s).__name__, isinstance(s, list), len(s))
    show(s.format())
    s2 = traceback.StackSummary.extract(traceback.walk_tb(tb), limit=2)
    print([f.name for f in s2], [f.lineno - s2[0].lineno for f in s2])
    s3 = traceback.StackSummary.extract(traceback.walk_tb(tb), limit=-3)
    show(s3.format())
    ex = traceback.extract_tb(tb)
    show(traceback.StackSummary.from_list(ex).format())
    print(len(list(traceback.walk_tb(tb))), [type(x).__name__ for x in next(traceback.walk_tb(tb))])

manual = traceback.StackSummary.from_list([
    ('a.py', 1, 'f', 'x = 1'), ('a.py', 1, 'f', 'x = 1'), ('a.py', 1, 'f', 'x = 1'),
    ('a.py', 1, 'f', 'x = 1'), ('a.py', 1, 'f', 'x = 1'), ('b.py', 7, 'g', '   y()   '),
    ('c.py', 9, 'h', ''),
])
show(manual.format())
print(manual[0], manual[5].line, repr(manual[6].line), manual[0] == ('a.py', 1, 'f', 'x = 1'))
show(traceback.format_list([('m.py', 3, '<module>', 'pass')]))
fs = traceback.FrameSummary('z.py', 12, 'zz', line='  call()  ')
print(repr(fs), fs.line, fs.locals, list(fs), fs[2], len(fs))
print(traceback.StackSummary.from_list([fs]).format_frame_summary(fs))


def here():
    return traceback.StackSummary.extract(traceback.walk_stack(None.__class__ and __import__('sys')._getframe()))


st = here()
print([f.name for f in st][:2], type(st).__name__)
