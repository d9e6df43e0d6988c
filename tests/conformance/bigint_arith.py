# ints beyond 64 bits: arithmetic, bitwise ops on negatives, hashing, text,
# comparisons with floats, true division (recorded from CPython 3.11)
a = 2**100
print(a, -a, a + 1, a - 1, a * a, a // 3, a % 7, -a // 7, -a % 7)
print(type(a) is int, 2**64, 2**63, -2**63, 2**63 - 1, -(2**63) + 1)
print(hash(2**61), hash(-2**61), hash(2**100), hash(-2**64), hash(2**61-1))
import math
print(math.factorial(30) if hasattr(math, 'factorial') else 0)
print(str(2**1000)[:50], len(str(2**1000)))
print(int('123456789012345678901234567890'), int('-ffffffffffffffffffff', 16))
print(1 << 100, (1 << 100) >> 37, -(1 << 100) >> 37, -5 >> 1)
print(a & (a - 1), a | 5, a ^ -1, ~a, -a & 0xffff, -a | 3, (-a) ^ (a + 7))
print(float(a), a / 3, 10**30 / 10**10, 7 / 2**70)
print(a > 1.5, a == float(a), 2**53 + 1 == float(2**53 + 1), a < float('inf'))
print(pow(3, 200, 10**20), pow(2**70, -1, 97), pow(-3, 5, -7))
print(divmod(-10**30, 7), divmod(10**30, -7), abs(-a), bool(a), (2**100).bit_length())
print(hex(a) if 1 else 0, 3**100)
print(-2**63, (-2**63).bit_length(), -2**63 // -1, ~(2**63-1))
a = 3**80
print('{:,}'.format(a), '{:x}'.format(a), '{:X}'.format(-a), '{:#b}'.format(2**70), f'{a:>60}', f'{-a:_}')
print('%d %x %o %X' % (a, a, -a, a), '%5d|%-40d|' % (2**64, -2**64), '%.2f' % (2**80), f'{2**80:e}')
print(hex(-2**64), oct(2**64), bin(2**65))
print(int(1e30), int(-1.5e300) // 10**290, float(2**1023 * 1), round(2**70), round(2**70 + 0.5))
print(sum([2**62, 2**62, 2**62]), max(2**100, 5), min(-2**100, 5), sorted([2**70, -2**70, 3, 2**65]))
d = {2**100: 'a', 2**61: 'b'}
print(d[2**100], d[2**61], 2**61 in d, {2**64, 2**64 + 0})
print(len(str(2**10000)), str(-10**40), repr(10**20), abs(-2**63), -(-2**63))
print(2**0.5, (2**100) ** 0.5, 2 ** -2, (-2)**63, (-2)**64, 0**0)
print(1 == 1.0, 2**100 == 2.0**100, 2**100 + 1 > 2.0**100, -2**100 - 1 < -2.0**100, 2**1024 > 1e308, 10**400 < float('inf'))
print(7 * 2**64 // 2**64, (10**30) % 10**12, -(10**30) % (10**12 + 7))
print(int('1' * 100) % 1000007, int('-0x' + 'f' * 30, 0), int('0b' + '1' * 70, 0), int(' 1_000_000_000_000_000_000_000 '))
print(2**64 - 2**64, (2**64) * 0, type(2**64 - 2**64 + 5), 2**63 // 2, -(2**63) // 2)
x = 1
for i in range(200):
    x = x * 3 + i
print(x, x % 97, hash(x), x == x + 0, x // -(2**64 + 1))
