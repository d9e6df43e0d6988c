# math, random, bisect, heapq, operator and string in everyday use (part 1)
# Each line prints one expression's repr, or the exception it raises.
import math, random, bisect, heapq, operator, string
from operator import itemgetter, attrgetter, methodcaller
class Obj:
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return "Obj(%r,%r)" % (self.a, self.b)
    def scale(self, k): return self.a * k

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**20 + 0.0)))
show(1, lambda: (math.sqrt(2), math.isqrt(10**20 + 1), math.sqrt(-1)))
show(2, lambda: (math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(0)))
show(3, lambda: (math.factorial(20), math.factorial(-1), math.factorial(3.0)))
show(4, lambda: (math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.comb(10, 3), math.perm(5, 2), math.perm(5)))
show(5, lambda: (math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9)))
show(6, lambda: (math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3], start=2), math.prod([])))
show(7, lambda: (math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3))
show(8, lambda: (math.degrees(math.pi), math.radians(180) == math.pi, round(math.sin(math.pi / 6), 12), math.atan2(-1, -1)))
show(9, lambda: (math.inf > 10**400, math.nan == math.nan, math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308)))
show(10, lambda: (math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.25), math.exp(1) == math.e))
show(11, lambda: (math.pow(2, 0.5), math.pow(0, -1)))
show(12, lambda: (math.exp(1000)))
show(13, lambda: (math.ceil(float("inf"))))
show(14, lambda: (math.floor(float("nan"))))
def _f15():
    random.seed(42)
    print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 7))
    return None
show(15, _f15)
def _f16():
    random.seed(7)
    l = list(range(10))
    random.shuffle(l)
    print(l, random.sample(range(100), 5))
    return None
show(16, _f16)
def _f17():
    random.seed(1)
    print([round(random.uniform(1, 2), 6) for _ in range(3)], random.choices("abc", weights=[5, 1, 1], k=6))
    return None
show(17, _f17)
def _f18():
    random.seed(3)
    print(round(random.gauss(0, 1), 9), round(random.normalvariate(10, 2), 9), random.getrandbits(20))
    return None
show(18, _f18)
def _f19():
    random.seed("seed")
    print(random.random())
    return None
show(19, _f19)
def _f20():
    random.seed(5)
    s = random.getstate()
    a = random.random()
    random.setstate(s)
    print(a == random.random())
    return None
show(20, _f20)
show(21, lambda: (random.Random(11).random(), random.Random(11).randint(0, 10**30)))
show(22, lambda: (random.choice([])))
show(23, lambda: (random.randrange(5, 5)))
show(24, lambda: (random.sample(range(3), 5)))
show(25, lambda: (bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([], 5)))
def _f26():
    l = [10, 30]
    bisect.insort(l, 20)
    bisect.insort_left(l, 30)
    print(l)
    return None
show(26, _f26)
show(27, lambda: ("FDCBA"[bisect.bisect([60, 70, 80, 90], 85)], [("FDCBA"[bisect.bisect([60, 70, 80, 90], s)]) for s in (33, 99, 77, 70, 89, 90, 100)]))
show(28, lambda: (bisect.bisect_left([(1, "a"), (3, "c")], 2, key=lambda p: p[0])))
def _f29():
    h = []
    [heapq.heappush(h, v) for v in [5, 1, 4, 1, 3]]
    print(h, [heapq.heappop(h) for _ in range(5)])
    return None
show(29, _f29)
show(30, lambda: (heapq.heappop([])))
show(31, lambda: (sorted([Obj(2, "b"), Obj(1, "z"), Obj(2, "a")], key=attrgetter("a", "b"))))
show(32, lambda: (sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(1))))
show(33, lambda: (itemgetter(0, 2)("abc"), itemgetter(slice(1, None))("abc"), attrgetter("a")(Obj(1, 2))))
show(34, lambda: (methodcaller("scale", 3)(Obj(2, 0)), methodcaller("split", ",", 1)("a,b,c")))
show(35, lambda: (repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2))))
show(36, lambda: (operator.add(1, 2), operator.mul("a", 3), operator.truediv(1, 2), operator.neg(5), operator.not_(0), operator.contains([1], 1)))
show(37, lambda: (operator.getitem({"a": 1}, "a"), operator.index(5), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c")))
show(38, lambda: (operator.itemgetter("missing")({})))
show(39, lambda: (operator.attrgetter("nope")(1)))
show(40, lambda: (string.ascii_lowercase, string.digits, string.punctuation, len(string.printable), string.hexdigits))
show(41, lambda: (string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-")))
show(42, lambda: (string.Template("$who likes ${what}s, $$5").substitute(who="tim", what="kung pao")))
show(43, lambda: (string.Template("$who and $missing").safe_substitute(who="x")))
show(44, lambda: (string.Template("$who and $missing").substitute(who="x")))
