# A finished module frame refers to its module's globals (through f_locals
# and through the module's function, as CPython 3.11's frame objects do), so
# a frame kept in those globals makes a cycle that a collection frees.
import gc
import sys
import weakref

gc.collect()
import modframe_cycle_mod as m
f = m.frame
print(f.f_code.co_name, f.f_globals is m.__dict__, f.f_locals is m.__dict__)
refs = gc.get_referents(f)
print(sorted(type(r).__name__ for r in refs))
print([r is m.__dict__ for r in refs if type(r) is dict])
funcs = [r for r in refs if type(r).__name__ == "function"]
print([(fn.__name__, fn.__qualname__, fn.__globals__ is m.__dict__) for fn in funcs])
print(gc.is_tracked(f))
w = weakref.ref(m.marker)
del f, refs, funcs, m
del sys.modules["modframe_cycle_mod"]
print("after del:", w() is None)
gc.collect()
print("after collect:", w() is None)

try:
    import modframe_cycle_bad_mod
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
print("modframe_cycle_bad_mod" in sys.modules, tb.tb_frame.f_code.co_name, tb.tb_lineno)
g = tb.tb_frame.f_globals
w = weakref.ref(g["marker"])
print(g["me"] is tb.tb_frame)
del g, tb
print("after del:", w() is None)
gc.collect()
print("after collect:", w() is None)
