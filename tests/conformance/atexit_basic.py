# atexit: callbacks run newest first after the main program, with their
# arguments; unregister removes every registration of a function; an
# exception in a callback is reported and the next one still runs;
# weakref.finalize's exit pass takes its turn among them, where the first
# finalize() registered it.
import atexit
import weakref

n0 = atexit._ncallbacks()

def hello(name, punct="!"):
    print("hello", name + punct)

def boom():
    print("boom runs")
    raise ValueError("from atexit")

def dropped():
    print("never printed")

class Res:
    pass

r = atexit.register(hello, "first")
print(r is hello)
atexit.register(dropped)
atexit.register(hello, "second", punct="?")
res = Res()
fin = weakref.finalize(res, print, "finalizer of res")
atexit.register(boom)
atexit.register(dropped)
print(atexit._ncallbacks() - n0)
atexit.unregister(dropped)
print(atexit._ncallbacks() - n0)
atexit.register(print, "last registered, first run")
lam = atexit.register(lambda: print("lambda", atexit._ncallbacks() - n0 > 0))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print(atexit.unregister(42))
print("main program ends")
