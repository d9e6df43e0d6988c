import random

random.seed(12345)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 7), random.choice("abcdef"))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 5), random.sample("abc", 3))
print(random.choices("abc", k=5), random.choices("ab", weights=[1, 9], k=4), random.choices("ab", cum_weights=[1, 10], k=4))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), random.getrandbits(70), random.getrandbits(0))
for bad in (lambda: random.randrange(5, 5), lambda: random.randint(3, 1), lambda: random.sample([1], 2), lambda: random.choice([]), lambda: random.randrange(0, 10, 0)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    random.choices("ab", weights=[1], k=1)
except ValueError as e:
    print(e)
try:
    random.choices("ab", weights=[1, 1], cum_weights=[1, 2])
except TypeError as e:
    print(e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
r = random.Random(7)
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)], random.Random(7).random() == a[0])
random.seed(1.5)
print(random.random())
random.seed(-3)
x = random.random()
random.seed(3)
print(x == random.random())
print(random.Random(0).randbytes(5), round(random.Random(1).expovariate(2.0), 12), round(random.Random(2).triangular(0, 10, 3), 12))
print(random.Random(3).randrange(10 ** 30) > 0, random.Random(4).sample(range(10 ** 9), 3))
