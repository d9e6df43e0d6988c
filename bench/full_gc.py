# full_gc.py -- what one full collection costs on a big heap, before and
# after gc.freeze(); the same program runs under gclab and under CPython.
#
# Heap shape: h = [[i] for i in range(N)] -- N + 1 containers, all reachable
#   (as bench/gc_bench.c), so a full collection examines every one of them
#   and frees nothing: the steady-state cost of a big live heap.
# Parameters: argv[1] collections timed per heap (default 5), argv[2:] heap
#   sizes N (default 100000 1000000 3000000).
# Method: automatic collection is off (building the heap is not measured);
#   one gc.collect() first moves everything into the oldest generation;
#   then REPEATS timed gc.collect(); then gc.freeze() and REPEATS timed
#   gc.collect() of the frozen heap (which scans only what is not frozen);
#   then gc.unfreeze() and the heap is dropped.  Times are process CPU time
#   (time.process_time_ns): the machine is shared, and CPU time leaves out
#   the other tenants.
# Output: per N one line
#   "size N tracked T frozen F full_ns MIN MEDIAN frozen_ns MIN MEDIAN"
#   (T = len(gc.get_objects()) before freezing, F = gc.get_freeze_count()),
#   then "done".
import gc
import sys
import time


def timed_collections(repeats):
    times = []
    for _ in range(repeats):
        t = time.process_time_ns()
        gc.collect()
        times.append(time.process_time_ns() - t)
    times.sort()
    return times[0], times[len(times) // 2]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sizes = [int(x) for x in sys.argv[2:]] or [100000, 1000000, 3000000]
    gc.disable()
    for n in sizes:
        h = [[i] for i in range(n)]
        gc.collect()
        tracked = len(gc.get_objects())
        full_min, full_med = timed_collections(repeats)
        gc.freeze()
        frozen = gc.get_freeze_count()
        frozen_min, frozen_med = timed_collections(repeats)
        gc.unfreeze()
        print(f"size {n} tracked {tracked} frozen {frozen} full_ns {full_min} {full_med} "
              f"frozen_ns {frozen_min} {frozen_med}")
        h = None
    print("done")


main()
