# Toy RSA with big ints: modular inverse via pow, bit operations, base
# conversions, digit sums.
p = 2 ** 61 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n.bit_length(), d * e % phi, len(str(n)))
msg = int.from_bytes(b'gc lab!', 'big')
c = pow(msg, e, n)
back = pow(c, d, n)
print(back == msg, back.to_bytes((back.bit_length() + 7) // 8, 'big'))
try:
    pow(6, -1, 9)
except ValueError as ex:
    print('ValueError:', ex)
print(hex(n)[:20], oct(p), bin(q)[:12], format(n, 'x')[-8:], format(p, '_d'))
print(int('1' * 40, 2) == 2 ** 40 - 1, int('-0x' + 'f' * 20, 16), int('0b101', 0), int('0o17', 0), int(' 42 '))
x = 3 ** 200
print(sum(int(ch) for ch in str(x)), x % 1000, x // 10 ** 90 % 1000, divmod(-x, 10 ** 50)[1] % 97)
print(x >> 300, (x >> 100) & 0xFFFF, (-x) >> 310, ~(2 ** 70), -(2 ** 70) | 1, (2 ** 80) ^ (2 ** 80 - 1))
print((2 ** 100).bit_count() if hasattr(int, 'bit_count') else 1, (2 ** 100 - 1).bit_count(), (-(2 ** 64)).bit_length())
f = 1
for i in range(1, 31):
    f *= i
print(f, f == 265252859812191058636308480000000, str(f).rstrip('0')[-5:], len(str(f)) - len(str(f).rstrip('0')))
print(10 ** 20 / 3, 10 ** 20 // 3, 2 ** 64 * 1.0, float(2 ** 63), int(1e20), int(-1.9e19))
print(round(123456789012345678901, -5), round(-5 * 10 ** 18 + 5, -1), abs(-2 ** 65), -2 ** 2)
try:
    float(10 ** 400)
except OverflowError as ex:
    print('OverflowError:', ex)
try:
    1 << -1
except ValueError as ex:
    print('ValueError:', ex)
try:
    int('12a')
except ValueError as ex:
    print('ValueError:', ex)
try:
    int('10', 1)
except ValueError as ex:
    print('ValueError:', ex)
print(int('zz', 36), int('Z', 36), int('1_000_000'), (10 ** 30).__index__() == 10 ** 30)
