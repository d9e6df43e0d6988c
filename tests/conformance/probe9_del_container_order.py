class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

print("list")
l = [D(1), D(2), D(3)]
del l
print("tuple")
t = (D(4), D(5), D(6))
del t
print("dict")
d = {"a": D(7), "b": D(8)}
del d
print("attrs")
class H:
    pass
h = H()
h.x = D(9)
h.y = D(10)
del h
print("nested")
n = [D(11), [D(12), D(13)], D(14)]
del n
print("reassign")
x = D(15)
x = D(16)
print("slice")
m = [D(17), D(18), D(19), D(20)]
m[1:3] = []
print("clear")
m.clear()
print("pop")
z = [D(21)]
z.pop()
print("end")
