from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs!  A quick, quick fox."""
words = [w.strip(".,;!").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(3))
print(c["fox"], c["cat"], len(c))
print(sorted(c.elements())[:6])
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
print(dict(sorted(d.items())))
print(d.default_factory, repr(d)[:40])
Pair = namedtuple("Pair", "word count")
pairs = [Pair(w, n) for w, n in c.items() if n > 1]
print(pairs)
print(pairs[0]._asdict(), pairs[0]._replace(count=0), Pair._fields)
od = OrderedDict()
for w in words:
    od[w] = od.get(w, 0) + 1
od.move_to_end("the")
print(list(od)[-3:], od.popitem(last=False))
dq = deque(words, maxlen=4)
dq.appendleft("START")
print(dq, dq.maxlen)
dq.rotate(2)
print(list(dq))
c2 = Counter("abracadabra")
print(c2 + Counter("aaz"), c2 - Counter("aaaaaaa"), c2 & Counter("abc"), c2 | Counter("zzz"))
print(c2.total() if hasattr(c2, "total") else None)
print(text.title()[:20], text.swapcase()[:10], text.count("the"), text.find("dog"), text.rfind("dog"))
lines = text.splitlines()
print(len(lines), [l.split(maxsplit=2) for l in lines])
print("|".join(w.center(7, "*") for w in ["a", "bb", "ccc"]))
print("%-6s|%6s|%06.2f|%x|%o|%e|%c" % ("ab", "cd", 3.14159, 255, 8, 12345.678, 65))
