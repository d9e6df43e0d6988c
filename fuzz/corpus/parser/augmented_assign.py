# augmented assignment on names, items and attributes
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 2
x %= 7
print(x)
y = 7.0
y /= 2
print(y)
b = 6
b &= 3
b |= 8
b ^= 1
b <<= 2
b >>= 1
print(b)
l = [1, 2]
l[0] += 10
l += [3]
print(l)
d = {"k": 1}
d["k"] += 1
print(d)
class O:
    pass
o = O()
o.v = 1
o.v += 41
print(o.v)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
