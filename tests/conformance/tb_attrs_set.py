# Traceback and exception attributes a program may set: __traceback__,
# with_traceback, tb_next (relinked, no loops), the read-only tb_* members;
# module frame positions, generator frames' f_back and f_locals.
import sys
e = ValueError()
for v in (1, "x", None):
    try:
        e.__traceback__ = v
        print("ok", e.__traceback__)
    except TypeError as x:
        print("TypeError", x)
try:
    e.with_traceback(5)
except TypeError as x:
    print("TypeError", x)
try:
    e.with_traceback()
except TypeError as x:
    print("TypeError", x)
try:
    raise ValueError
except ValueError as ex:
    tb = ex.__traceback__
e2 = KeyError("k").with_traceback(tb)
print(e2.__traceback__ is tb)
try:
    raise e2
except KeyError as ex:
    print(ex.__traceback__.tb_next is tb, ex.__traceback__.tb_lineno - tb.tb_lineno)
print(type(tb).__name__, type(tb.tb_frame).__name__)
mod = sys._getframe()
l1 = mod.f_lineno
l2 = mod.f_lineno
print(l2 - l1, mod.f_back, mod.f_code.co_name)
def g():
    yield sys._getframe().f_back is not None
    x = 5
    yield sys._getframe().f_locals
it = g()
print(next(it), it.gi_frame.f_back)
print(next(it), it.gi_frame.f_locals)
def h():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[2].tb_frame is sys._getframe()
print(h())
def lasti_after_call():
    fr = sys._getframe()
    a = fr.f_lasti
    len([])
    b = fr.f_lasti
    return b > a
print(lasti_after_call())
fr = sys._getframe(0)
print(fr.f_trace_lines, hasattr(fr, "f_trace"), fr.f_lasti > 0)
try:
    sys._getframe().f_back.clear()
except AttributeError as x:
    print("AttributeError", x)
print(hasattr(tb, "tb_lasti"), tb.tb_lasti == tb.tb_lasti)
try:
    tb.tb_lasti = 3
except AttributeError as x:
    print("AttributeError", x)
try:
    tb.tb_next = 3
except TypeError as x:
    print("TypeError", x)
tb.tb_next = None
print(tb.tb_next)
try:
    tb.tb_next = tb
except ValueError as x:
    print("ValueError", x)
try:
    raise ValueError
except ValueError as ex:
    tb = ex.__traceback__
for a in ("tb_frame", "tb_lineno", "tb_lasti"):
    try:
        setattr(tb, a, 1)
    except Exception as x:
        print(type(x).__name__, x)
    try:
        delattr(tb, a)
    except Exception as x:
        print(type(x).__name__, x)
try:
    del tb.tb_next
except Exception as x:
    print(type(x).__name__, x)
e = ValueError()
try:
    del e.__traceback__
except Exception as x:
    print(type(x).__name__, x)
