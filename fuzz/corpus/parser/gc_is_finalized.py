# gc.is_finalized: true once the collector has run an object's __del__
import gc
gc.disable()
saved = []
class Lazarus:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
x = Lazarus()
print(gc.is_finalized(x))
x.me = x
del x
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
saved[0].me = None
saved.clear()
print(gc.collect())
print("end")
