import gc
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return "Image(%s)" % self.name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = load("a")
a2 = load("a")
b = load("b")
print(a is a2, Image.loads, len(cache), sorted(cache.keys()), "a" in cache)
del a, a2
print(len(cache), sorted(cache), cache.get("a", "gone"))
c = load("c")
c.self = c
del c
print(len(cache))
gc.collect()
print(len(cache), sorted(cache))
x = Image("x")
print(cache.setdefault("x", x) is x, cache.setdefault("x", Image("y")) is x)
print(cache.pop("x") is x, cache.pop("x", None), len(cache))
try:
    cache.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    cache["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    cache["n"] = 5
except TypeError as e:
    print("TypeError:", e)
cache.update({"x": x, "b2": b})
print(sorted(cache.keys()), sorted(v.name for v in cache.values()), len(list(cache.items())))
refs = cache.valuerefs()
print(len(refs), all(r() is not None for r in refs))
k, v = cache.popitem()
print(k in ("x", "b", "b2"), len(cache))
cp = cache.copy()
print(type(cp).__name__, len(cp))
del cache["b2" if "b2" in cache else "b"]
print(len(cache))
cache.clear()
print(len(cache), list(cache.items()), repr(cache).startswith("<WeakValueDictionary at"))
wkd = weakref.WeakKeyDictionary()
k1 = Image("k1")
wkd[k1] = "v1"
print(len(wkd), wkd[k1], k1 in wkd, wkd.get(Image("other"), "no"))
del k1
print(len(wkd))
