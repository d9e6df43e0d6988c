from collections import Counter
c = Counter("abracadabra")
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
d = Counter(a=1, b=-2, c=0)
print(c + d, c - d, c | d, c & d, +d, -d)
print(sorted(d.elements()), sorted(c.elements())[:5], c.total(), d.total())
c.subtract("aaa")
print(c["a"], c["zz"], "zz" in c)
c.update({"a": 10}, q=2)
print(c["a"], c["q"])
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter() >= Counter(a=-1))
e = Counter(x=3)
e += Counter(x=-5, y=1)
print(e)
e2 = Counter(x=1)
e2 -= Counter(x=2)
print(e2, repr(Counter()), Counter(a=3, b=3, c=1).most_common(2))
f = Counter([1, 1, 2])
del f[1]
del f[99]
print(f, f.copy() == f, type(f.copy()).__name__)
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError", e)
print(Counter("aab").keys() == {"a", "b"}, list(Counter("bba")), sorted(Counter("xyzx").values()))
g = Counter({"a": 2.5, "b": 1})
print(g.most_common(), g + Counter(a=1))
