# gc.get_referrers: who refers to an object, across holder kinds
import gc

class Target:
    pass

class Holder:
    def __init__(self, t):
        self.t = t

class SlotHolder:
    __slots__ = ('t',)
    def __init__(self, t):
        self.t = t

t = Target()
holders = []
holders.append([t])
holders.append((t, 1))
holders.append({'k': t})
holders.append({t: 1})
h = Holder(t)
s = SlotHolder(t)
def make(v):
    def f():
        return v
    return f
fn = make(t)
gc.collect()
refs = gc.get_referrers(t)
kinds = sorted(type(r).__name__ for r in refs if r is not globals())
print(kinds)
print(any(r is h.__dict__ for r in refs))
print(any(r is s for r in refs))
print(any(r is fn.__closure__[0] for r in refs))
del holders[:]
gc.collect()
kinds = sorted(type(r).__name__ for r in gc.get_referrers(t) if r is not globals())
print(kinds)
x = [1, 2]
y = [x, x]
print(len([r for r in gc.get_referrers(x) if r is y]))
print(gc.get_referrers() == [])
print(len(gc.get_referrers(12345678901)) >= 0)
