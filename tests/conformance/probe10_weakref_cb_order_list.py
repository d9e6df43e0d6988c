import weakref
class O:
    def __init__(self, n):
        self.n = n
log = []
def mk(n):
    return lambda r: log.append(n)
objs = [O(i) for i in range(4)]
refs = [weakref.ref(o, mk(o.n)) for o in objs]
del objs
print(log)
log.clear()
o = O(9)
r1 = weakref.ref(o, mk("first"))
r2 = weakref.ref(o, mk("second"))
r3 = weakref.ref(o, mk("third"))
del o
print(log)
log.clear()
o = O(8)
p1 = weakref.proxy(o, mk("proxy"))
r4 = weakref.ref(o, mk("ref"))
del o
print(log)
log.clear()
d = {i: O(i) for i in range(3)}
rs = [weakref.ref(v, mk(k)) for k, v in d.items()]
del d
print(log)
log.clear()
o = O(7)
r5 = weakref.ref(o, mk("dead-ref-cb"))
del r5
del o
print(log)
