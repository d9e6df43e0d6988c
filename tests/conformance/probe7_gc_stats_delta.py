# gc.get_stats: per-generation collections/collected counters move as expected
import gc

def snap():
    return [dict(s) for s in gc.get_stats()]

gc.collect()
before = snap()
print(len(before), sorted(before[0]))
gc.collect(0)
gc.collect(0)
gc.collect(1)
gc.collect(2)
after = snap()
for i in range(3):
    print(i, after[i]['collections'] - before[i]['collections'])

class Cyc:
    def __init__(self):
        self.me = self
gc.collect()
b2 = snap()
for _ in range(5):
    Cyc()
found = gc.collect()
a2 = snap()
print("found", found)
print("collected delta", a2[2]['collected'] - b2[2]['collected'])
print("uncollectable delta", a2[2]['uncollectable'] - b2[2]['uncollectable'])
print(type(gc.get_stats()).__name__, type(gc.get_stats()[0]).__name__)
