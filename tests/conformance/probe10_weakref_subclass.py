import weakref
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
class O:
    pass
o = O()
r = MyRef(o, None, "t1")
r0 = weakref.ref(o)
print(r.tag, r() is o, isinstance(r, weakref.ref), r is r0, weakref.getweakrefcount(o))
r2 = MyRef(o, None, "t2")
print(r2 is r, r2.tag)
log = []
def cb(ref):
    log.append(ref.tag)
o2 = O()
rr = [MyRef(o2, cb, i) for i in range(3)]
del o2
print(log)
class Dead(weakref.ref):
    __slots__ = ()
try:
    Dead(O()).x = 1
except AttributeError as e:
    print("AttributeError", e)
print(weakref.getweakrefs(o)[0] is r0, len(weakref.getweakrefs(o)))
try:
    weakref.ref(o, 5)
    print("accepted non-callable callback")
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(o, None, None)
except TypeError as e:
    print("TypeError", e)
