import random
for seed in (0, 1, 42, 2**70 + 5):
    random.seed(seed)
    print([random.getrandbits(k) for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 200)])
    print([random.randrange(2**64) for _ in range(3)], [random.randrange(2**100) for _ in range(3)])
    print([random.randrange(-2**70, 2**70) for _ in range(3)], [random.randrange(2**80, 2**90, 3**20) for _ in range(3)])
    print([random.randrange(2**90, -2**90, -7) for _ in range(3)], [random.randint(-2**65, 2**65) for _ in range(3)])
    print([random.randint(2**63 - 1, 2**63 + 1) for _ in range(5)], [random.randrange(-2**63, 2**63 - 1) for _ in range(2)])
    print([random.randrange(10) for _ in range(5)], [random.randint(1, 6) for _ in range(5)], [random.randrange(0, 100, 7) for _ in range(3)], [random.randrange(50, 0, -3) for _ in range(3)])
    print(random.randrange(2**64, 2**64 + 1), random.randint(True, 3))
    r = random.Random(seed)
    print(r.randrange(3**100), r.getrandbits(129), r.randint(-10**30, 10**30))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: random.randrange(2**64, 2**64))
err(lambda: random.randrange(-2**64))
err(lambda: random.randrange(2**64, 0, 2**70))
err(lambda: random.randrange(0, 2**64, 0))
err(lambda: random.randint(2**70, 2**69))
err(lambda: random.randrange(10, 5))
err(lambda: random.randrange(0))
