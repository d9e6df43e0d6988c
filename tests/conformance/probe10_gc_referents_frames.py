import gc, sys
def gen():
    local_list = [1, 2]
    yield local_list
g = gen()
next(g)
f = g.gi_frame
print(type(f).__name__, f.f_code.co_name, f.f_lineno, sorted(f.f_locals))
print(f.f_back is None, f.f_globals is globals(), f.f_code is gen.__code__)
def outer():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno
print(outer())
def depth():
    return sys._getframe(1).f_code.co_name
def caller():
    return depth()
print(caller())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
g.close()
print(g.gi_frame)
