# bound methods are first-class values
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
a = Acc()
add = a.add
add(1)
add(2).add(3)
print(a.items)
ops = [a.add, a.add]
for op in ops:
    op(0)
print(a.items)
append = a.items.append
append(99)
print(a.items[-1])
up = "abc".upper
print(up())
print(Acc.add(a, 5).items[-1])
