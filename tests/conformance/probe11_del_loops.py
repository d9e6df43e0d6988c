# del inside loops and when __del__ runs under reference counting.
order = []
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        order.append(self.n)

for i in range(3):
    x = D(i)          # rebinding drops the previous one
    order.append("loop%d" % i)
print(order); order.clear()
del x
print(order); order.clear()
items = [D(i) for i in range(4)]
while items:
    item = items.pop(0)
    order.append("pop%d" % item.n)
    del item
print(order); order.clear()
lst = [D(10), D(11), D(12)]
lst[1] = None
order.append("replaced")
del lst[0]
order.append("deleted-0")
lst.clear()
print(order); order.clear()
d = {"a": D(20), "b": D(21)}
d["a"] = D(22)
d.pop("b")
order.append("dict-ops")
d = None
print(order); order.clear()
def f():
    local = D(30)
    order.append("in f")
    return 5
f()
order.append("after f")
print(order); order.clear()
t = (D(40), D(41))
a, b = t
del t
order.append("tuple gone")
del a
order.append("a gone")
b = 1
print(order); order.clear()
[D(50) for _ in range(2)]
order.append("comprehension")
print(order); order.clear()
s = [D(60), D(61), D(62)]
del s[:]
print(order); order.clear()
s = [D(70), D(71), D(72)]
s = s[1:]
print(order, [o.n for o in s])
