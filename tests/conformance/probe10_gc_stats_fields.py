import gc
s0 = gc.get_stats()
print(len(s0), [sorted(d) for d in s0])
class N:
    pass
before = [d["collections"] for d in gc.get_stats()]
for i in range(3):
    n = N(); n.n = n
    del n
    gc.collect(0)
gc.collect(1)
gc.collect()
after = [d["collections"] for d in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
c0 = gc.get_stats()[2]["collected"]
for i in range(5):
    n = N(); n.n = n
del n
gc.collect()
print(gc.get_stats()[2]["collected"] - c0)
print(type(gc.get_stats()[0]["uncollectable"]).__name__)
