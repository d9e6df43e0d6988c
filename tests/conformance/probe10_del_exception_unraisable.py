import sys
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        raise ValueError("in del %d" % self.n)
x = Loud(1)
del x
print("after del 1")
def f():
    y = Loud(2)
f()
print("after f")
l = [Loud(3), Loud(4)]
l.clear()
print("after clear")
class Quiet:
    def __del__(self):
        print("quiet del", sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    q = Quiet()
    del q
print("end")
