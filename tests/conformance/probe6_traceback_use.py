# A logging helper using the traceback module on caught exceptions.
import traceback


def parse(s):
    return int(s)


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            text = traceback.format_exc()
            lines = text.splitlines()
            print('caught:', lines[0], '|', lines[-1])
    return out


print(load(['1', 'x', '3']))
try:
    load(None)
except TypeError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print([(f.name, f.line) for f in frames])
    only = traceback.format_exception_only(type(e), e)
    print(only)
    print(len(traceback.format_tb(tb)), traceback.format_tb(tb)[-1].split('\n')[1].strip())


def deep(n):
    if n == 0:
        raise KeyError('bottom')
    deep(n - 1)


try:
    deep(3)
except KeyError as e:
    full = traceback.format_exception(e)
    print(full[0].strip(), len(full), full[-1].strip())
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print(names)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print([p.strip().splitlines()[0] for p in parts if not p.startswith('  File')])
stack = traceback.extract_stack()
print(len(stack) >= 1, stack[-1].name, stack[-1].line)
