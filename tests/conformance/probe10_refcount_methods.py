import sys
class K:
    def m(self):
        return self
k = K()
b0 = sys.getrefcount(k)
bm = k.m
print(sys.getrefcount(k) - b0)
del bm
print(sys.getrefcount(k) - b0)
l = []
for i in range(4):
    l.append(k)
print(sys.getrefcount(k) - b0)
l.pop()
print(sys.getrefcount(k) - b0)
l2 = l * 2
print(sys.getrefcount(k) - b0)
l3 = l[:]
print(sys.getrefcount(k) - b0)
del l, l2, l3
print(sys.getrefcount(k) - b0)
x = sys.getrefcount(None) > 100
print(x)
