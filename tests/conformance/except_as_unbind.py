# `except E as name:` unbinds name however its body is left -- also when
# the body raises (CPython's compiler wraps the body in a cleanup block).
# gclab kept the name bound then: the frame held the exception, whose
# traceback holds the frame, a cycle for the next collection.  Found by
# difffuzz round 9 (seed 9100384: gc.collect() found 6, CPython 1).
import gc
import sys


def reraise_named():
    try:
        int('x')
    except Exception as e0:
        raise e0


def bare_raise():
    try:
        int('x')
    except ValueError as e0:
        raise


def new_exception():
    try:
        int('x')
    except Exception as e0:
        raise TypeError('t')


def nested():
    try:
        try:
            [][1]
        except IndexError as inner:
            raise KeyError('k') from inner
    except KeyError as outer:
        raise RuntimeError('r')


def returns():
    for i in range(3):
        try:
            int('x')
        except ValueError as e0:
            if i == 1:
                return 'returned', i
            continue
    return 'end'


def breaks():
    for i in range(3):
        try:
            int('x')
        except ValueError as e0:
            break
    return sorted(k for k in locals() if not k.startswith('.'))


gc.collect()
for f in (reraise_named, bare_raise, new_exception, nested):
    try:
        f()
    except Exception as e2:
        tb = e2.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(f.__name__, type(e2).__name__, type(e2.__context__).__name__,
              sorted(tb.tb_frame.f_locals))
        del tb
    print('collected', gc.collect())
print(returns(), breaks(), gc.collect())
try:
    raise ValueError('v')
except ValueError as e:
    pass
print('e' in dir(), sys.exc_info()[0])
