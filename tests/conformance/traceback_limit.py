# traceback's limit= (positive: the outermost entries of a traceback, the
# innermost frames of a stack; negative: the other end) and chain=False.
# Paths are replaced by FILE.
import sys
import traceback


def clean(s):
    return s.replace(__file__, "FILE")


class CleanOut:
    def write(self, s):
        sys.stdout.write(clean(s))


def show(items):
    for item in items:
        print(repr(clean(item)))


def level3(d):
    return d["missing"] + 1


def level2(d):
    return level3(d) * 2


def level1():
    return level2({})


try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    for limit in [None, 0, 1, 2, -1, -2, 10, -10]:
        print('limit', limit)
        show(traceback.format_tb(tb, limit=limit))
        print([f.name for f in traceback.extract_tb(tb, limit)])
    show(traceback.format_exception(e, limit=1))
    show(traceback.format_exception(type(e), e, tb, limit=-1))
    print(clean(traceback.format_exc(limit=2)), end='')
    traceback.print_exc(limit=-1, file=CleanOut())
    traceback.print_exception(e, limit=0, file=CleanOut())
    traceback.print_tb(tb, 1, CleanOut())


def deep(n):
    if n == 0:
        return [f.name for f in traceback.extract_stack(limit=3)], traceback.format_stack(limit=1)
    return deep(n - 1)


names, text = deep(4)
print(names)
show(text)
print(len(traceback.extract_stack(limit=-1)), traceback.extract_stack(limit=-1)[0].name)
try:
    try:
        level1()
    except KeyError:
        raise ValueError('during')
except ValueError as e:
    show(traceback.format_exception(e, chain=False))
    show(traceback.format_exception(e, limit=1, chain=True))
    traceback.print_exception(e, chain=False, limit=-1, file=CleanOut())
    print(clean(traceback.format_exc(chain=False)), end='')
