import random
random.seed(12345)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 7), random.choice("abcdef"))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.sample(range(100), 5), random.sample("abcde", k=3))
print(random.choices("abc", k=5), random.choices(range(3), weights=[10, 1, 1], k=4), random.choices("xy", cum_weights=[1, 2], k=3))
print(random.uniform(1, 2), random.getrandbits(16), random.getrandbits(70), random.randbytes(4) if hasattr(random, "randbytes") else "skip")
r = random.Random(42)
print(r.random(), r.randint(0, 100), r.choice([1, 2, 3]))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
random.seed(7)
x = [random.random() for _ in range(3)]
random.seed(7)
print(x == [random.random() for _ in range(3)])
for fn, args in [(random.randrange, (0,)), (random.randrange, (5, 1)), (random.randint, (3, 1)), (random.choice, ([],)),
                 (random.sample, ([1, 2], 3)), (random.randrange, (1.5,)), (random.getrandbits, (-1,)), (random.choices, ([],)),
                 (random.randrange, (0, 10, 0))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, TypeError, IndexError) as e:
        print(fn.__name__, type(e).__name__, e)
random.seed(2024)
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(0, 10, 3))
random.seed(1)
print([random.randrange(1, 1000) for _ in range(5)], random.getrandbits(0))
random.seed("text seed") if False else random.seed(99)
print(random.random())
