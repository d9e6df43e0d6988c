class I(int):
    pass
a = I(2**100)
print(type(a).__name__, a, repr(a), a + 1, type(a + 1).__name__, -a, +a, type(+a).__name__, abs(I(-2**70)))
print(a * a, a // 3, a % 7, a >> 90, a << 2, a & 0xffff, a | 1, a ^ a, ~a)
print(a == 2**100, a < 2**101, hash(a) == hash(2**100), int(a), type(int(a)).__name__, float(a))
print(str(a), format(a, 'x'), hex(a), '%d' % a, f'{a:,}')
a.x = 5
print(a.x, a.__dict__, isinstance(a, int), a.bit_length())
b = I(-2**64 - 3)
print(b, b // 2, divmod(b, 10), pow(b, 2), pow(b, 3, 1000))
d = {a: 1}
print(d[2**100], 2**100 in d, sorted([I(2**80), I(-2**90), I(5), 3]))
class J(I):
    __slots__ = ()
print(J(10**30) + J(10**30), J(-10**25))
print(round(a), [1, 2, 3][I(1)], I(3) * 'ab')
import sys
class I(int): pass
print(sys.getsizeof(0), sys.getsizeof(2**100), sys.getsizeof(I(5)), sys.getsizeof(I(2**100)), sys.getsizeof(I(0)))
