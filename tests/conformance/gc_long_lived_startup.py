# CPython 3.11 runs a full collection only when the objects moved into the
# oldest generation since the last one (long_lived_pending) reach a quarter
# of those the last one kept (long_lived_total), and what it kept includes
# the ~11,000 containers of its own start-up.  A program with a small
# long-lived heap that makes cyclic garbage therefore sees its second and
# later full collections postponed; gclab's start-up leaves far fewer
# containers, so gen models CPython's (docs/gen.md, "Start-up state").
# Without the model this program makes 2 full collections where CPython
# makes 1.  Counted from the program's first line (the start-up's own
# collections are not the program's); threshold 0 is lowered so that the
# program is short (the rule does not depend on it).
import gc

gc.set_threshold(50, 10, 10)
before = [s["collections"] for s in gc.get_stats()]
keep = []
for i in range(30000):
    x = []
    x.append(x)
    if i % 20 == 0:
        keep.append([i])
after = [s["collections"] for s in gc.get_stats()]
print("generation 1 collections", after[1] - before[1])
print("full collections", after[2] - before[2])
print("kept", len(keep))
