# Several weakrefs with callbacks on objects of a cycle, plus __del__:
# the order CPython runs them in, and refs cleared before callbacks.
import gc
import weakref

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append('del ' + self.name)


def cb_for(tag):
    def cb(ref):
        log.append('cb %s dead=%s' % (tag, ref() is None))
    return cb


a, b = Res('a'), Res('b')
a.peer, b.peer = b, a
ra1 = weakref.ref(a, cb_for('a1'))
ra2 = weakref.ref(a, cb_for('a2'))
rb = weakref.ref(b, cb_for('b'))
plain = weakref.ref(a)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b), plain is weakref.ref(a))
del a, b
print('before collect', log)
print('collected', gc.collect())
print(log)
print(ra1(), plain(), rb() is None)
log.clear()
c = Res('c')
rc1 = weakref.ref(c, cb_for('c1'))
rc2 = weakref.ref(c, cb_for('c2'))
del rc1
del c
print(log)


def holder():
    d = Res('d')
    return weakref.ref(d, cb_for('d'))


log.clear()
r = holder()
print(log, r())
