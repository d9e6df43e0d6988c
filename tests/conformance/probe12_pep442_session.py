import gc, weakref
log = []
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(f"del {self.name} other={'alive' if self.other is not None else 'none'}")
a = A("a"); b = A("b")
a.other = b; b.other = a
wa = weakref.ref(a, lambda r: log.append("wr-cb a"))
wb = weakref.ref(b)
del a, b
n = gc.collect()
print(n, sorted(log), wa(), wb())
log.clear()
class Saver:
    keep = None
    def __del__(self):
        log.append("saver del")
        Saver.keep = self
s = Saver(); s.me = s
ws = weakref.ref(s, lambda r: log.append("ws cb"))
del s
print(gc.collect(), log, ws() is Saver.keep, gc.is_finalized(Saver.keep))
Saver.keep = None
print(gc.collect(), log)
log.clear()
class Plain:
    pass
p = Plain(); p.self = p
wp = weakref.ref(p, lambda r: log.append(("plain cb", r() is None)))
del p
print(gc.collect(), log)
log.clear()
gc.set_debug(gc.DEBUG_SAVEALL)
q = Plain(); q.self = q
del q
found = gc.collect()
print(found, len(gc.garbage), type(gc.garbage[0]).__name__ if gc.garbage else None)
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
class Tracker:
    alive = 0
    def __init__(self):
        Tracker.alive += 1
        self.cycle = [self]
    def __del__(self):
        Tracker.alive -= 1
for _ in range(100):
    Tracker()
print("alive before:", Tracker.alive > 0)
gc.collect()
print("alive after:", Tracker.alive)
print(gc.is_finalized(Plain()), gc.is_finalized(1))
