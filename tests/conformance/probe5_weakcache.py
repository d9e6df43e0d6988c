import gc
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return "<Image %s>" % self.name

cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img

x = load("x"); y = load("y"); x2 = load("x")
print(x is x2, Image.loads, sorted(cache.keys()), len(cache))
del x, x2
print(sorted(cache.keys()), "x" in cache, Image.loads)
x3 = load("x")
print(Image.loads, cache["x"] is x3)
y.cycle = y
del y
print("y" in cache)
gc.collect()
print("y" in cache, sorted(cache))
try:
    cache["y"]
except KeyError as e:
    print("KeyError:", e)
meta = weakref.WeakKeyDictionary()
meta[x3] = {"w": 10}
k2 = Image("k2")
meta[k2] = {"w": 20}
print(len(meta), sorted(v["w"] for v in meta.values()), x3 in meta)
del k2
print(len(meta), [k.name for k in meta.keys()])
print(cache.setdefault("z", x3) is x3, sorted(cache))
print(cache.pop("z").name, sorted(cache))
items = sorted((k, v.name) for k, v in cache.items())
print(items)
refs = cache.valuerefs()
print(len(refs), [r().name for r in refs])
d2 = weakref.WeakValueDictionary({"a": x3})
d2.update(b=x3)
print(sorted(d2), d2.get("c", "none"))
del x3, refs
print(len(cache), len(d2), len(meta))
try:
    cache["n"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    meta["str"] = 1
except TypeError as e:
    print("TypeError:", e)
