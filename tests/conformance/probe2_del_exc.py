# Probing program (issue 13, round 2): exceptions raised inside __del__ are ignored, program goes on
import gc
class Bad:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        raise ValueError("from del %d" % self.n)
b = Bad(1)
del b
print("after 1")
def f():
    x = Bad(2)
    return 5
print(f())
l = [Bad(3), Bad(4)]
l.pop()
print("popped")
del l
print("list gone")
c = Bad(5)
c.me = c
del c
print(gc.collect())
class Good:
    def __del__(self):
        print("good del, exc info clean:", __import__("sys").exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    g = Good()
    del g
    print("inside except")
print("end")
