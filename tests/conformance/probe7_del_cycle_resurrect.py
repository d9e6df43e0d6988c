# __del__ in cycles: PEP 442 runs each finalizer once; resurrection
import gc

saved = []
class N:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)
        if self.name == 'keep':
            saved.append(self)

gc.collect()
a = N('a'); b = N('b')
a.peer = b; b.peer = a
del a, b
print("collect", gc.collect())
k = N('keep'); o = N('other')
k.peer = o; o.peer = k
del k, o
print("collect", gc.collect())
print(len(saved), saved[0].name, saved[0].peer.name)
print(gc.is_finalized(saved[0]), gc.is_finalized(saved[0].peer))
saved[0].peer.peer = None
saved.clear()
print("collect", gc.collect())
print(gc.garbage)
x = N('self')
x.peer = x
del x
print("collect", gc.collect())
