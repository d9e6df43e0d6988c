# Finding who holds an object: gc.get_referrers over lists, dicts,
# instances, tuples, closures and frames; get_referents of each.
import gc


class Target:
    pass


class Holder:
    def __init__(self, t):
        self.t = t


t = Target()
holders = [t]
table = {'t': t}
h = Holder(t)
pair = (t, 1)


def capture():
    return t


def closure_maker(v):
    def inner():
        return v
    return inner


clo = closure_maker(t)


def describe(o):
    if isinstance(o, list):
        return 'list of %d' % len(o)
    if isinstance(o, tuple):
        return 'tuple of %d' % len(o)
    if isinstance(o, dict):
        return 'dict with keys %s' % sorted(k for k in o if isinstance(k, str) and not k.startswith('__'))[:4]
    return type(o).__name__


refs = gc.get_referrers(t)
kinds = sorted(describe(r) for r in refs if r is not globals())
print(kinds)
print(globals() in refs, any(r is h.__dict__ for r in refs) or any(r is h for r in refs))
cells = [r for r in refs if type(r).__name__ == 'cell']
print(len(cells), cells[0].cell_contents is t if cells else None)
print(t in gc.get_referents(holders), t in gc.get_referents(pair), t in gc.get_referents(h.__dict__))
print(h.__dict__ in gc.get_referents(h) or t in gc.get_referents(h), Holder in gc.get_referents(h))
print(sorted(type(x).__name__ for x in gc.get_referents(clo)))
print(gc.get_referents(1, 'a', None), len(gc.get_referents([1, 2], (3,))))
del holders, table, pair
refs = gc.get_referrers(t)
print(sorted(describe(r) for r in refs if r is not globals()))
