import gc

log = []
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append((self.name, gc.is_finalized(self)))

x = F("x")
print(gc.is_finalized(x))
y = F("y")
y.self = y
del y
gc.collect()
print(log)
class R:
    saved = []
    def __del__(self):
        R.saved.append(self)
r = R()
r.cyc = r
del r
gc.collect()
print(len(R.saved), gc.is_finalized(R.saved[0]))
R.saved[0].cyc = None
R.saved.clear()
print(gc.collect() >= 0)
print(gc.is_finalized(x))
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
print(gc.is_finalized(3), gc.is_finalized([]))
