# A module frame that finished by raising keeps its globals (it has no
# function to reach them through) until its frame object goes; a
# generator's and a class body's frames read theirs after they ended.
import sys, gc
try:
    import frame_detached_raise_mod
except ValueError as e:
    err = e
tb = err.__traceback__
frames = []
while tb:
    frames.append(tb.tb_frame); tb = tb.tb_next
for f in frames:
    print(f.f_code.co_name, sorted(k for k in f.f_globals if not k.startswith('__'))[:3], 'y' in f.f_locals)
    print([type(r).__name__ for r in gc.get_referents(f)][:2])
del err, tb
gc.collect()
for f in frames:
    print(f.f_globals.get('y'), f.f_builtins['len']([1]))
    f is frames[0] or f.clear()
gc.collect()
print(frames[-1].f_globals.get('y'))
frames = None
gc.collect()
def gen():
    yield sys._getframe()
g = gen(); fr = next(g); del g; gc.collect()
print(fr.f_globals is globals(), fr.f_code.co_name, fr.f_locals)
class C:
    z = sys._getframe()
print(C.z.f_locals is C.__dict__, type(C.z.f_locals).__name__, 'z' in C.z.f_locals)
