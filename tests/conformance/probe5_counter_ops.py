from collections import Counter, defaultdict, OrderedDict

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(2))
print(c["the"], c["missing"], len(c))
lc = Counter(ch for ch in text if ch.isalpha())
print(sorted(lc.most_common(5), key=lambda kv: (-kv[1], kv[0])))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(sorted((a + b).elements()))
a.subtract(b)
print(a)
print(+a, -a)
a.update({"a": 5}, z=1)
print(a, a.total())
print(Counter("abracadabra"))
print(repr(Counter()), Counter() == Counter(x=0))
dd = defaultdict(list)
for word in text.split():
    dd[len(word)].append(word)
print(sorted(dd.items()))
print(dd.default_factory is list, dd[99], 99 in dd)
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(dict(sorted(di.items())))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
nd = defaultdict(None)
try:
    nd["k"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys("ace"), od == dict.fromkeys("cea"))
print(OrderedDict([(1, 2)]), repr(OrderedDict()))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
cnt = Counter({"x": 2, "y": -1})
print(sorted(cnt.elements()), cnt.most_common())
