class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
print("list")
l = [D(1), D(2), D(3)]
del l
print("tuple")
t = (D(1), D(2), D(3))
del t
print("dict")
d = {"a": D(1), "b": D(2), "c": D(3)}
del d
print("dict keys")
class H(D):
    def __hash__(self):
        return self.n
d = {H(1): D(10), H(2): D(20)}
del d
print("instance")
class I:
    pass
i = I()
i.a = D(1); i.b = D(2); i.c = D(3)
del i
print("slots")
class S:
    __slots__ = ("a", "b", "c")
s = S()
s.a = D(1); s.b = D(2); s.c = D(3)
del s
print("nested")
n = [D(1), [D(2), D(3)], D(4)]
del n
print("reassign")
x = D(1)
x = D(2)
print("clear")
c = [D(1), D(2)]
c.clear()
print("slice")
s2 = [D(1), D(2), D(3), D(4)]
del s2[1:3]
print("end")
