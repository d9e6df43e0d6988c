# weak dictionaries' get, in, [], pop, setdefault and assignment on keys that
# cannot be weakly referenced or hashed raise CPython's TypeErrors
import weakref
class A:
    pass
a = A()
k = weakref.WeakKeyDictionary()
k[a] = 1
v = weakref.WeakValueDictionary()
v["x"] = a
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: k.get(1))
t(lambda: k.get([1]))
t(lambda: k.get(A()))
t(lambda: k.get(a))
t(lambda: 1 in k)
t(lambda: [1] in k)
t(lambda: k[1])
t(lambda: k[[1]])
t(lambda: k.pop(1))
t(lambda: k.pop(1, "d"))
t(lambda: k.setdefault(1, 2))
def kdel():
    del k[1]
t(kdel)
t(lambda: v.get([1]))
t(lambda: v.get(1))
t(lambda: [1] in v)
t(lambda: v[[1]])
t(lambda: v.pop([1], 3))
t(lambda: v.setdefault([1], a))
def vset(key, val):
    v[key] = val
def kset(key, val):
    k[key] = val
t(lambda: vset([1], a))
t(lambda: vset(1, 1))
t(lambda: kset(1, 1))
t(lambda: kset([1], 1))
t(lambda: weakref.ref(1))
t(lambda: weakref.getweakrefcount(1))
t(lambda: weakref.getweakrefs(1))
class B:
    def __eq__(self, o):
        return False
b = B()
t(lambda: k.get(b))
t(lambda: b in k)
t(lambda: k.get(b, 5))
t(lambda: v.get(b))
t(lambda: b in v)
