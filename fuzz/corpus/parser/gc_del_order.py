# __del__ runs as soon as the last reference goes; order of finalizers
import gc
gc.disable()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
print("before del a")
del a
print("after del a")
b = Noisy("b")
b = Noisy("b2")
print("rebound")
def scope():
    c = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
l = [Noisy("x"), Noisy("y"), Noisy("z")]
del l
print("list gone")
outer = Noisy("outer")
outer.child = Noisy("child")
del outer
print("tree gone")
p = Noisy("p")
q = Noisy("q")
p.peer = q
q.peer = p
del p, q
print("cycle dropped")
print(gc.collect())
b = None
print("end")
