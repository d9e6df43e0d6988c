# __eq__, __hash__, __len__, __getitem__ used by built-in operations
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, Key(2) in d, Key(1) == Key(1), Key(1) != Key(2))
print(Key(1) in [Key(3), Key(1)], [Key(1)].index(Key(1)))
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
b = Bag(3)
print(len(b), b[2], bool(b), bool(Bag(0)))
try:
    print(b[5])
except IndexError as e:
    print("IndexError:", e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
