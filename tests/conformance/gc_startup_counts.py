# The generation counts CPython 3.11's start-up leaves at the program's
# first line, (248, 0, 2) on the machine the output is recorded on: gen0
# holds what was allocated since the start-up's last collection, gen2 the
# two generation-1 collections site's imports ran.  They decide when the
# program's first collections of each generation run (docs/gen.md,
# "Start-up state").  Instances of a class are made (no free list keeps
# them), and a callback notes the allocation at which each collection
# starts (a full collection is due after the ninth generation-1 one, not
# the eleventh).  gclab sets the counts CPython has before it compiles __main__;
# compiling this file allocates a few containers fewer than CPython's
# compiler does, so the first gen0 count and collection point are printed
# to within that.
import gc
print(gc.get_count()[1:], 250 <= gc.get_count()[0] < 320)
before = [s["collections"] for s in gc.get_stats()]

class O:
    pass

gens = []
at = []
i = 0

def note(phase, info):
    if phase == "start":
        gens.append(info["generation"])
        at.append(i)

gc.callbacks.append(note)
keep = []
for i in range(1000):
    keep.append(O())
# Smaller thresholds (the counts stay) to reach the first full collection
# sooner.
gc.set_threshold(50, 10, 10)
for i in range(1000, 8000):
    keep.append(O())
gc.callbacks.remove(note)
after = [s["collections"] for s in gc.get_stats()]
print("collections", [a - b for a, b in zip(after, before)])
print("first gen0 before the 450th", at[0] < 450)
print("collections before the first gen2", gens.index(2))
print("gen1 collections before it", gens[:gens.index(2)].count(1))
