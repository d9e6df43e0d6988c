import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.getrandbits(40))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.sample(range(100), 5))
print(random.choices(["x", "y", "z"], weights=[1, 5, 10], k=6), round(random.uniform(1, 2), 12))
print(round(random.gauss(0, 1), 12), round(random.expovariate(2.0), 12), round(random.triangular(0, 10, 3), 12))
r = random.Random(99)
r2 = random.Random(99)
print([r.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
print(r.random(), r.choice([10, 20, 30]), r.randrange(2**70) % 1000)
random.seed(7.5)
print(random.random())
random.seed(2**80)
print(random.random(), random.randint(-5, 5))
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
random.seed(1)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for h in hands:
    print(" ".join(h))
counts = {}
random.seed(3)
for _ in range(1000):
    k = random.randint(1, 6)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
