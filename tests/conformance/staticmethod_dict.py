# staticmethod and classmethod objects copy their callable's __module__,
# __name__, __qualname__, __doc__ and __annotations__ into a __dict__ of
# their own when made (CPython 3.10+), so each one is two containers, and
# reading a function's __annotations__ makes its (empty) dict once.
import gc
gc.disable()

def f():
    "doc"

sm = staticmethod(f)
cm = classmethod(f)
print(sm.__dict__)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, sm.__wrapped__ is f, sm.__func__ is f)
print(sorted(cm.__dict__), cm.__wrapped__ is f)
print(gc.is_tracked(sm.__dict__), sm.__dict__['__annotations__'] is f.__annotations__)

class C:
    @staticmethod
    def s():
        return 1
    @classmethod
    def k(cls):
        return cls.__name__

print(C.__dict__['s'].__dict__['__qualname__'], C.s(), C().k())

# The dict free list is drained first: every dict is a new container.
drain = [{} for i in range(100)]

def g():
    pass

# one 1-tuple in its free list: the call's argument tuple moves no count
t1 = (g,)
del t1
a = gc.get_count()[0]
x = staticmethod(g)
print('first staticmethod of g', gc.get_count()[0] - a)
a = gc.get_count()[0]
y = classmethod(g)
print('then a classmethod of g', gc.get_count()[0] - a)
keep = []
a = gc.get_count()[0]
for i in range(20):
    keep.append(staticmethod(g))
print('20 more', gc.get_count()[0] - a)
