# except* (PEP 654): partial matches, naked exceptions wrapped, the rest
# re-raised, what handlers raise joined with it, bare raise, nested groups,
# else/finally, the type checks, sys.exc_info() inside a clause.
import sys
def show(label, e):
    print(label, type(e).__name__, repr(e), str(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
    print("exc_info", sys.exc_info()[1] is e)
except* TypeError as e:
    show("T", e)
print("after 1")

try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(e.exceptions[0].__traceback__ is not None)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
try:
    f()
except ExceptionGroup as g:
    show("left", g)
    print(g.__traceback__ is not None, g.__context__, g.__cause__)

def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    g()
except BaseException as x:
    show("mixed", x)
    for s in x.exceptions:
        show(" part", s)
    print(repr(x.exceptions[0].__context__))

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    h()
except ExceptionGroup as x:
    show("reraised", x)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        show("TE", e)
except ExceptionGroup as x:
    show("rest", x)

try:
    raise KeyError("k")
except* ValueError:
    print("no")
except* KeyError as e:
    show("K", e)
else:
    print("else not run")
finally:
    print("finally")

try:
    pass
except* ValueError:
    pass
else:
    print("else run")

for kind in [ExceptionGroup, (ValueError, ExceptionGroup), 3]:
    try:
        try:
            raise ValueError(1)
        except* kind:
            pass
    except TypeError as e:
        print("TypeError", e)

try:
    raise ValueError("x")
except* (TypeError, ValueError) as e:
    show("tuple", e)
print(sys.exc_info())
