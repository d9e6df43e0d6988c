import gc
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Bad.__del__", self.name)
        raise ValueError("from __del__ " + self.name)
b = Bad("one")
del b
print("continued after one")
def f():
    x = Bad("local")
    return 5
print(f())
lst = [Bad("in list 1"), Bad("in list 2")]
lst = None
print("list dropped")
c = Bad("cycle")
c.me = c
del c
print("collect", gc.collect())
class DelRaisesSys:
    def __del__(self):
        print("raising SystemExit in __del__")
        raise SystemExit(3)
d = DelRaisesSys()
del d
print("SystemExit in __del__ is ignored too")
class DelAttr:
    def __del__(self):
        print("DelAttr", self.missing)
e = DelAttr()
del e
print("still running")
try:
    x = Bad("in try")
    del x
    print("no exception escaped")
except ValueError:
    print("escaped!")
