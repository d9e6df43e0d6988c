# class attributes versus instance attributes
class Counter:
    created = 0
    label = "ctr"
    def __init__(self):
        Counter.created = Counter.created + 1
        self.n = 0
a = Counter()
b = Counter()
print(Counter.created, a.created, b.label)
a.label = "mine"
print(a.label, b.label, Counter.label)
Counter.label = "changed"
print(a.label, b.label)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
print(getattr(Counter, "created"), hasattr(Counter, "n"), hasattr(a, "n"))
