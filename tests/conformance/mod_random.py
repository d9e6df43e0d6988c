import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for i in range(10)])
print([random.randrange(10) for i in range(10)], random.randrange(0, 100, 7), random.randrange(100, 0, -3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(40), random.getrandbits(63))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.sample(range(100), 5), random.sample(range(10000), 7))
print(random.sample(list(range(30)), 10))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 5, 10], k=6), random.choices('xy', cum_weights=[1, 3], k=4))
print(random.expovariate(2.0), random.normalvariate(0, 1), random.triangular(0, 10, 3))
r = random.Random(12345); print(r.random(), r.randint(0, 10**9))
random.seed(-42); print(random.random())
random.seed(2**40 + 7); print(random.random())
random.seed(3.5); print(random.random())
random.seed(0); print(random.random())
print(type(r), random.Random)

# many values: a checksum of 20000 draws of each kind
random.seed(42)
acc = 0
for i in range(20000):
    acc = (acc * 31 + random.randrange(1, 1000003)) % 1000000007
    acc = (acc + random.getrandbits(17) + int(random.random() * 1e9)) % 1000000007
print(acc)
big = list(range(500))
random.shuffle(big)
print(sum([i * v for i, v in enumerate(big)]), big[:10])
print(sum(random.sample(range(1000000), 300)), round(sum([random.gauss(0, 1) for i in range(1000)]), 9))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: random.randint(1))
err(lambda: random.randrange())
err(lambda: random.randrange(0))
err(lambda: random.randrange(5, 2))
err(lambda: random.randrange(1, 5, 0))
err(lambda: random.randrange(1.5))
err(lambda: random.choice([]))
err(lambda: random.sample([1, 2], 3))
err(lambda: random.sample({1: 2}, 1))
err(lambda: random.uniform(1))
err(lambda: random.getrandbits(-1))
err(lambda: random.random(1))
err(lambda: random.seed([1]))
err(lambda: random.shuffle())
err(lambda: random.choice())
err(lambda: random.gauss(1, 2, 3))
err(lambda: random.choices([1], [1], cum_weights=[1]))
err(lambda: random.choices([1, 2], [1]))
