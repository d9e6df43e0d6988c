# Tuning gc thresholds: automatic collections counted with callbacks
# while allocating cyclic garbage, with threshold changes.
import gc

starts = []


def cb(phase, info):
    if phase == 'start':
        starts.append(info['generation'])


class Cyc:
    def __init__(self):
        self.me = self


old = gc.get_threshold()
print(old)
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(100, 5, 5)
for i in range(1000):
    Cyc()
gc.callbacks.remove(cb)
print('gen0', starts.count(0) >= 8, 'gen1', starts.count(1) >= 1, 'gen2', starts.count(2))
starts.clear()
gc.callbacks.append(cb)
gc.disable()
for i in range(1000):
    Cyc()
print('disabled', starts, gc.isenabled())
gc.enable()
gc.set_threshold(0)
for i in range(1000):
    Cyc()
print('threshold 0', starts, gc.get_threshold())
gc.callbacks.remove(cb)
gc.set_threshold(*old)
print(gc.get_threshold(), gc.collect() > 0)
try:
    gc.set_threshold()
except TypeError as e:
    print('TypeError:', e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
