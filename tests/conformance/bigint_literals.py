x = 123456789012345678901234567890
print(x, -x, 0x_ffff_ffff_ffff_ffff_ffff, 0b1_0000000000000000000000000000000000000000000000000000000000000000, 0o7777777777777777777777777)
print(-9223372036854775808, type(-9223372036854775808), 9223372036854775808 - 1)
def f(): return 340282366920938463463374607431768211456
print(f(), f() is f())
# quickened int forms meeting big ints: the sum leaves 64 bits in a loop
def acc(n):
    x = 2**62
    t = 0
    for i in range(n):
        t = t + x
        if t > 2**64:
            t = t - 2**63
    return t
print(acc(100), acc(3))
L = [1, 2, 3]
T = (4, 5, 6)
def at(k):
    try:
        return L[k] + T[k]
    except IndexError as e:
        return str(e)
print(at(1), at(2**70), at(-1), at(1))
print(2**63 - 1 + 1, -2**63 - 1, 9223372036854775807 < 9223372036854775808)
