# with statement: suppression, exit order, errors from __enter__/__exit__
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise KeyError(self.name)
        return self.suppress

with CM('a') as x, CM('b') as y:
    print(x, y)
with CM('s', suppress=1):
    raise ValueError('hidden')
print("after suppress")
try:
    with CM('outer'), CM('inner', suppress=True):
        1 / 0
    print("inner suppressed")
except ZeroDivisionError:
    print("not reached")
try:
    with CM('f', fail_exit=True):
        raise ValueError('orig')
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__, e.__context__)
class BadEnter:
    def __enter__(self):
        raise RuntimeError('no enter')
    def __exit__(self, *a):
        print("never")
try:
    with CM('o'), BadEnter():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
def f():
    with CM('ret', suppress=True):
        return 'returned'
print(f())
def g():
    for i in range(3):
        with CM('loop%d' % i, suppress=True):
            if i == 1:
                continue
            if i == 2:
                break
            raise ValueError(i)
    return i
print(g())
