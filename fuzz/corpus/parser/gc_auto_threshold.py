# with the collector enabled, crossing threshold 0 collects cyclic garbage
# without an explicit gc.collect(); disabled, it is never collected
import gc
import weakref
gc.collect()
class Node:
    pass
dead = [0]
def on_dead(ref):
    dead[0] = dead[0] + 1
def make_cycles(n):
    refs = []
    for i in range(n):
        a = Node()
        b = Node()
        a.peer = b
        b.peer = a
        refs.append(weakref.ref(a, on_dead))
    return refs
gc.disable()
refs = make_cycles(50)
junk = [[i] for i in range(2000)]
print("disabled:", dead[0])
gc.enable()
gc.set_threshold(100)
junk = [[i] for i in range(2000)]
print("enabled, some collected:", dead[0] > 0)
gc.collect()
print("after collect:", dead[0])
gc.set_threshold(700, 10, 10)
