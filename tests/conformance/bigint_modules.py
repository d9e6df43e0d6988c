# math, random and sys.getsizeof on ints beyond 64 bits
import sys, random
print([sys.getsizeof(x) for x in (0, 1, 2**30 - 1, 2**30, 2**60, 2**63, -2**90, 2**1000)])
random.seed(2**100 + 12345)
print(random.random(), random.getrandbits(100), random.getrandbits(64), random.getrandbits(33))
random.seed(-(3**70))
print(random.randint(1, 10), random.getrandbits(200))
import math
print(int(1e30), int(-1.5e300) // 10**290, float(2**1023 * 1), round(2**70), round(2**70 + 0.5))
print(math.factorial(100))
print(math.gcd(2**100, 6**50), math.lcm(2**70, 3**40), math.isqrt(10**50), math.isqrt(2**129 - 1), math.comb(100, 50), math.perm(30, 20))
print(math.log(2**1000), math.log2(2**2000), math.log10(10**400), math.floor(2**80), math.ceil(-2**80))
print(len(str(math.factorial(1000))), math.factorial(100) % 10**30, math.comb(200, 100) % 1000003)
print(math.gcd(math.factorial(50), 2**100 * 3**20), math.isqrt(math.factorial(60)), math.lcm(2**64, 3**41, 10**20))
