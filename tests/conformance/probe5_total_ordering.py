from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V(%s)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)
print(a == 5, a != 5)

def by_len_then_rev(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
K = cmp_to_key(by_len_then_rev)
print(K("ab") < K("abc"), K("ab") == K("ba"), K("zz") > K("aa"))
try:
    hash(K("a"))
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([Rev(3), Rev(1), Rev(2)]), Rev(1) <= Rev(2), Rev(1) >= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (-t[0], t[1])))
print(sorted("Hello World", key=str.lower), sorted([-3, 1, -2], key=abs, reverse=True))
