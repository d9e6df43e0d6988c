log = []
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        log.append("add")
        return A(self.v + getattr(o, "v", o))
    def __iadd__(self, o):
        log.append("iadd")
        self.v += getattr(o, "v", o)
        return self
    def __repr__(self):
        return "A(%d)" % self.v
class B:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        log.append("B.radd")
        return "B.radd"
    def __isub__(self, o):
        log.append("isub-NI")
        return NotImplemented
    def __rsub__(self, o):
        log.append("B.rsub")
        return "B.rsub"
a = A(1)
a2 = a
a += 5
print(a, a is a2, log)
log.clear()
a += B(1) if False else 2
print(a, log)
log.clear()
x = 5
x += B(0)
print(x, log)
log.clear()
b = B(1)
try:
    b -= 1
except TypeError as e:
    print("TypeError", e)
print(b.v, log)
log.clear()
y = 1
y -= B(2)
print(y, log)
log.clear()
l = [1]
l2 = l
l += [2]
print(l is l2, l)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
s = {1}
s2 = s
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s is s2, s)
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d is d2, d)
st = "a"
st += "b"
st *= 2
print(st)
n = 7
n //= 2; n **= 2; n %= 5; n <<= 3; n >>= 1; n &= 6; n |= 1; n ^= 3
print(n)
f = 1.5
f /= 0.5
f -= 1
print(f)
li = [1, 2]
li *= 2
print(li)
try:
    tt = (1,)
    tt += [2]
except TypeError as e:
    print("TypeError", e)
class C:
    pass
c = C()
c.attr = [1]
c.attr += [2]
print(c.attr)
lst = [[1]]
lst[0] += [2]
print(lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e, tup)
