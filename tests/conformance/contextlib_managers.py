# contextlib as CPython 3.11: @contextmanager (entry, exit, an exception thrown
# into the generator, use as a decorator, the RuntimeErrors), suppress,
# nullcontext, closing, ExitStack (order, swallowing, a raising callback's
# context, pop_all).
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, ContextDecorator
import contextlib

log = []

@contextmanager
def tag(name):
    log.append("<" + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught " + repr(e))
    finally:
        log.append(name + ">")

with tag("a") as v:
    log.append(v)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    log.append("outer " + str(e))
print(log)
log.clear()

@tag("deco")
def work(x):
    log.append(x)
    return x * 2
print(work(3), work(4), log)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def stop_inside():
    yield
try:
    with stop_inside():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with nullcontext(5) as n:
    print(n)

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

class CM:
    def __init__(self, n, swallow=False): self.n, self.swallow = n, swallow
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *exc): print("exit", self.n, exc[0].__name__ if exc[0] else None); return self.swallow

with ExitStack() as st:
    vals = [st.enter_context(CM(i)) for i in range(3)]
    st.callback(print, "callback", vals)
    print("body", vals)
try:
    with ExitStack() as st:
        st.enter_context(CM("x"))
        st.enter_context(CM("y", swallow=True))
        raise ValueError("inner")
    print("swallowed by y")
except ValueError:
    print("not swallowed")
def bad_cb():
    raise KeyError("from callback")
try:
    with ExitStack() as st:
        st.callback(bad_cb)
        raise IndexError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
st = ExitStack()
st.enter_context(CM("kept"))
moved = st.pop_all()
st.close()
print("popped")
moved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
print(work.__name__, type(tag("z")).__name__)
