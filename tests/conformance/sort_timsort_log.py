# The order of the comparisons a sort makes, and which special methods it
# calls: tuples (CPython 3.11's unsafe_tuple_compare: __eq__ on each
# position, then __lt__ where they differ), one-type lists
# (unsafe_object_compare: a NotImplemented __lt__ is called again through
# the full protocol), mixed lists (every comparison through the protocol).
# Each call is logged as one int, KIND * 10**8 + left * 10**4 + right, with
# KIND 1 E.__lt__, 2 E.__eq__, 3 N.__lt__, 4 N.__gt__, 5 I.__lt__ (ints, not
# tuples: the stress runs collect at every container allocation), and read
# back by built-ins (marksweep's stress run collects at every allocating
# iteration of a Python loop).
import operator

log = []
NAMES = {1: 'lt', 2: 'eq', 3: 'Nlt', 4: 'Ngt', 5: 'Ilt'}

class E:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(100000000 + self.v * 10000 + other.v)
        return self.v < other.v
    def __eq__(self, other):
        log.append(200000000 + self.v * 10000 + other.v)
        return self.v == other.v
    __hash__ = None

class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(300000000 + self.v * 10000 + other.v)
        return NotImplemented if self.v % 3 == 0 else self.v < other.v
    def __gt__(self, other):
        log.append(400000000 + self.v * 10000 + other.v)
        return self.v > other.v

class Sub(N):
    pass

class I(int):
    def __lt__(self, other):
        log.append(500000000 + int(self) * 10000 + int(other))
        return int(self) < int(other)

def digest():
    return hash(tuple(log))   # ints and tuples of ints hash alike everywhere

def decode(t):
    return NAMES[t // 100000000], t // 10000 % 10000, t % 10000

def report(tag):
    # counted by built-ins, not a loop per call: see the note on the log
    codes = list(map(operator.floordiv, log, [100000000] * len(log)))
    kinds = [(NAMES[k], codes.count(k)) for k in sorted(set(codes))]
    print(tag, kinds, digest())
    log.clear()

def lcg(seed, n, m):
    """n pseudo-random values in [0, m): powers of seed modulo a prime,
    by built-ins (no Python loop per value)."""
    xs = map(pow, [seed] * n, range(1, n + 1), [1000003] * n)
    return list(map(operator.mod, xs, [m] * n))

# the whole sequence for a list that gallops: two interleaved sorted runs
vals = list(range(0, 40)) + list(range(100, 180)) + list(range(40, 100))
items = [E(v) for v in vals]
items.sort()
print(len(log), list(map(decode, log[:12])))
print(list(map(decode, log[-12:])))
report('two runs')

for n in [2, 5, 40, 70, 130, 400]:
    v = lcg(n, n, n // 2 + 1)
    w = v[::-1]
    out = sorted([(E(a), E(b)) for a, b in zip(v, w)])
    report(('tuple E,E', n))
    print([(a.v, b.v) for a, b in out[:6]])
    sorted([(a, E(b)) for a, b in zip(v, w)])
    report(('tuple int,E', n))
    sorted([(str(a), E(b)) for a, b in zip(v, w)])
    report(('tuple str,E', n))
    sorted([(float(a), E(b)) for a, b in zip(v, w)])
    report(('tuple float,E', n))
    sorted([(a, E(b)) if i % 7 else (float(a), E(b)) for i, (a, b) in enumerate(zip(v, w))])
    report(('tuple mixed,E', n))
    sorted([((a,), E(b)) for a, b in zip(v, w)])
    report(('tuple tuple,E', n))
    nan = float('nan')
    sorted([(nan if a % 4 == 0 else float(a), E(b)) for a, b in zip(v, w)])
    report(('tuple nan,E', n))
    out = sorted([(E(a),) if i % 5 else () for i, a in enumerate(v)])
    report(('tuple empty', n))
    out = sorted([N(a) for a in v])
    report(('NotImplemented', n))
    print([x.v for x in out[:8]])
    sorted([N(a) if i % 3 else Sub(a) for i, a in enumerate(v)])
    report(('subclass mix', n))
    sorted([I(a) for a in v])
    report(('int subclass', n))
    out = sorted([I(a) if i % 2 else a for i, a in enumerate(v)])
    report(('int subclass mix', n))
    print(out[:8])
    out = sorted(range(n), key=lambda i: (v[i] % 3, E(v[i])))
    report(('key tuple', n))
    print(out[:8])
