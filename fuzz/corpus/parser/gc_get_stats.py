# gc.get_stats: one dict per generation with collections/collected/uncollectable
import gc
gc.disable()
s0 = gc.get_stats()
print(type(s0), len(s0))
print([sorted(g.keys()) for g in s0])
for i in range(5):
    l = []
    l.append(l)
    del l
gc.collect()
s1 = gc.get_stats()
print(s1[2]["collections"] - s0[2]["collections"])
print(s1[2]["collected"] - s0[2]["collected"])
print(s1[0]["collections"] - s0[0]["collections"])
gc.collect(0)
s2 = gc.get_stats()
print(s2[0]["collections"] - s1[0]["collections"], s2[2]["collections"] - s1[2]["collections"])
print(s2[2]["uncollectable"] - s0[2]["uncollectable"])
