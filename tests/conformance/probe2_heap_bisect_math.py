# Probing program (issue 13, round 2): heapq, bisect, math and random with a seed
import heapq, bisect, math, random
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3], key=lambda x: -x))
data = [9, 7, 5, 3, 1]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 4), heapq.heappushpop(data, 0), data)
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
pairs = []
heapq.heappush(pairs, (2, "b"))
heapq.heappush(pairs, (1, "z"))
heapq.heappush(pairs, (1, "a"))
print([heapq.heappop(pairs) for _ in range(3)])
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 9), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a, bisect.bisect_left(a, 4, lo=2, hi=4))
print(bisect.bisect([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.gcd(12, 18), math.lcm(4, 6))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.hypot(3, 4), math.copysign(2, -0.0))
print(math.log(100, 10), math.log2(8), math.log10(1000), round(math.exp(1), 10), math.pi, math.e)
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.fabs(-3))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 50, 5))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 4), round(random.uniform(1, 2), 6))
r = random.Random(7)
print(r.random(), r.getrandbits(16), [r.randint(0, 9) for _ in range(5)])
print(round(random.gauss(0, 1), 8), random.choices("abc", k=5))
