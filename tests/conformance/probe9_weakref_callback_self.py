import gc
import weakref

class T:
    pass

log = []
def make():
    t = T()
    def cb(ref):
        log.append(("cb", ref() is None, ref is holder[0]))
    holder = [None]
    holder[0] = weakref.ref(t, cb)
    return t, holder

t, holder = make()
print(weakref.getweakrefcount(t), weakref.getweakrefs(t)[0] is holder[0])
del t
print(log)
t2 = T()
r_plain = weakref.ref(t2)
r_plain2 = weakref.ref(t2)
r_cb = weakref.ref(t2, lambda r: log.append("lambda"))
print(r_plain is r_plain2, r_plain is r_cb, weakref.getweakrefcount(t2))
print(r_plain == r_cb, hash(r_plain) == hash(t2))
log.clear()
del t2
print(log, r_plain(), r_plain == r_cb)
try:
    hash(weakref.ref(T()))
except TypeError as e:
    print("TypeError", e)
print(weakref.ref(T())() is None)
print(r_cb.__callback__ is not None, r_plain.__callback__)
