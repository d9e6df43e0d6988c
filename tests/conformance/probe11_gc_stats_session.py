# gc.get_stats() deltas after explicit collections.
import gc

gc.disable()
gc.collect()
base = gc.get_stats()
print(len(base), sorted(base[0]))

class C:
    pass

def garbage(n):
    for _ in range(n):
        c = C()
        c.self = c

garbage(10)
gc.collect(0)
garbage(4)
gc.collect(1)
garbage(7)
gc.collect()
after = gc.get_stats()
for g, (b, a) in enumerate(zip(base, after)):
    print(g, "collections +%d" % (a["collections"] - b["collections"]),
          "collected +%d" % (a["collected"] - b["collected"]),
          "uncollectable +%d" % (a["uncollectable"] - b["uncollectable"]))
print(type(after), type(after[0]), all(isinstance(v, int) for d in after for v in d.values()))
print(gc.collect(), gc.collect(), gc.get_count())
x = [[] for _ in range(5)]
print(gc.get_count())
del x
print(gc.get_count())
gc.enable()
