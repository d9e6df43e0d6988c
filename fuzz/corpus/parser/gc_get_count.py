# gc.get_count: zero after a full collection, grows with container
# allocations, shrinks when they are freed, stays below threshold 0
import gc
gc.disable()
gc.collect()
print(gc.get_count())
c0 = gc.get_count()[0]
keep = []
for i in range(100):
    keep.append([i])
c1 = gc.get_count()[0]
print(c1 - c0 >= 100, c1 - c0 < 120)
keep = None
c2 = gc.get_count()[0]
print(c2 < c1)
n = 0
for i in range(50):
    n = n + i
c3 = gc.get_count()[0]
print(c3 - c2 < 5)
gc.collect()
print(gc.get_count())
gc.enable()
gc.set_threshold(50)
ok = True
for i in range(2000):
    x = [i]
    if gc.get_count()[0] > 50:
        ok = False
print(ok)
gc.set_threshold(700, 10, 10)
