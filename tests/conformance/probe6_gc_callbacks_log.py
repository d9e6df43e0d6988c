# gc.callbacks as a profiler: phases, info keys, collected counts.
import gc

events = []
recording = [False]


def cb(phase, info):
    if recording[0]:
        events.append((phase, info['generation'], sorted(info)))


class Cyc:
    def __init__(self):
        self.me = self


gc.collect()
gc.callbacks.append(cb)
junk = [Cyc() for _ in range(5)]
del junk
recording[0] = True
n = gc.collect()
recording[0] = False
print('collected', n)
for e in events:
    print(e)
events.clear()
recording[0] = True
gc.collect(0)
recording[0] = False
print([e[:2] for e in events])
events.clear()
recording[0] = True
gc.collect(1)
recording[0] = False
print([e[:2] for e in events])
stats_before = [s['collections'] for s in gc.get_stats()]
gc.collect()
stats_after = [s['collections'] for s in gc.get_stats()]
print('delta', [b - a for a, b in zip(stats_before, stats_after)])
print(sorted(gc.get_stats()[0]))
gc.callbacks.remove(cb)
events.clear()
recording[0] = True
gc.collect()
recording[0] = False
print('after remove', events, len(gc.callbacks))


def bad(phase, info):
    raise ValueError('callback failed in ' + phase)


gc.callbacks.append(bad)
try:
    gc.collect()
    print('no error reached caller')
except ValueError as e:
    print('caught', e)
gc.callbacks.remove(bad)
print('done')
