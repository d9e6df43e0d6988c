"""cpython_gcstats.py -- run a program under CPython and record its cycle
collections the way `gclab run --stats --trace` records ours.

usage: python3 scripts/cpython_gcstats.py --stats S.json [--trace T.csv]
           [--threshold T0[,T1[,T2]]] [--freeze] [--startup auto|none|C0,C1,C2]
           PROGRAM.py [ARGS...]

The program is read and compiled first, then runs as __main__ (sys.argv =
[PROGRAM.py, ARGS...]) with one entry in gc.callbacks that reads time.perf_counter_ns at "start" and at
"stop": each start->stop span is one collection (its generation and its
collected/uncollectable counts come from the callback's info).  Before the
program's first line, --threshold calls gc.set_threshold and --freeze
gc.freeze(), as `gclab run --threshold/--freeze` do in gclab's VM (that is
how `runtime = python` configurations of a spec apply them).  Written at
exit, each through a temporary file and a rename:

* S.json: the keys of docs/telemetry.md's stats that CPython can give --
  wall_s and cpu_s (from just before the program's first line to its end;
  the interpreter's start-up and the compilation of the program, whose
  allocations could trigger collections that depend on the interpreter's
  build and not on the program, are not included), gc_s (sum of the
  collections), pause_count = collections, collections_gen0..2,
  pause_max_ms, peak_rss_bytes (VmHWM, as gclab) -- with
  "format": "cpython-gcstats/1" and cascade_s null: CPython's refcount
  frees are not collections and are not timed here.  startup_s: from the
  exec of the interpreter (the time `gclab experiment` puts in
  $GCLAB_EXEC_NS) to the program's first line -- interpreter start-up,
  this wrapper's imports, compiling the program -- reported apart and in
  no other figure; null when run by hand.  `gclab report` derives the
  percentiles, gc_share and MMU from the trace, with gclab's own code.
* T.csv: the trace format of docs/telemetry.md, one `collection` row per
  collection (collector "cpython"; examined and heap fields 0, unknown),
  and a `sample` row (RSS from /proc/self/statm; live bytes 0, unknown)
  at the program's start and end, and after a collection when 1 ms or
  more has passed since the last sample.

Start-up state: a bare `python3 PROGRAM.py` starts with the counts its
start-up leaves (docs/gen.md, "Start-up state"), but this wrapper's own
compilation and imports would add a few hundred containers and move them.
So before the program is compiled the counts are set to a bare start-up's
(--startup auto, the default: those `python3 -c 'import gc;
print(gc.get_count())'` prints, read from a child interpreter, whose free
lists' lengths (sys._debugmallocstats) are restored too; C0,C1,C2 sets
other counts, with those free lists; none leaves the wrapper's state): see
set_state.  The program's compilation then moves the counts as in a bare
run.  What the collections find differs a little: the wrapper's objects
sit in the oldest generation, and the young ones are padding sets.

Invariants: the hook allocates no container (the times go into arrays), so
it does not move CPython's generation-0 count; only the standard library is
used; the exit status is the program's (1 after an uncaught exception).
A program that edits gc.callbacks itself sees one entry more than usual.
"""
import argparse
import array
import gc
import json
import os
import re
import resource
import types
import sys
import tempfile
import time
import traceback

HEADER = ("kind,start_ns,end_ns,collector,generation,examined,collected,uncollectable,"
          "heap_before,heap_after,live_bytes,arenas,pools,rss_bytes,pause_cpu_ns\n")


def write_atomic(path, text):
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".cpython-gcstats-")
    with os.fdopen(fd, "w") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def peak_rss():
    """VmHWM, as lab/telemetry_out.c reads it: getrusage's ru_maxrss would
    include the RSS of the process that started us (Linux keeps it across
    fork and exec).  ru_maxrss only where /proc is missing."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# stdout is flushed before _debugmallocstats writes to stderr: both go to one
# pipe, and the counts must come first whatever the buffering.
PROBE = "import gc, sys; print(gc.get_count(), flush=True); sys._debugmallocstats()"


def startup_state(spec):
    """What --startup names: None (leave the counts), or (counts, free)
    where free gives the free lists' lengths a bare start-up leaves."""
    if spec == "none":
        return None
    given = None
    if spec != "auto":
        given = tuple(int(x) for x in spec.split(","))
        if len(given) != 3 or min(given) < 0:
            raise SystemExit("cpython_gcstats: --startup wants auto, none or C0,C1,C2")
    r, w = os.pipe()
    pid = os.posix_spawn(sys.executable, [sys.executable, "-c", PROBE], os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_DUP2, w, 2)])
    os.close(w)
    out = b""
    while chunk := os.read(r, 4096):
        out += chunk
    os.close(r)
    os.waitpid(pid, 0)
    lines = out.decode().splitlines()
    counts = tuple(int(x) for x in lines[0].strip("()").split(","))
    free = {}
    for line in lines[1:]:
        m = re.match(r"\s*(\d+) free (?:(\d+)-sized )?Py(Tuple|Dict|List|Float)Objects?", line)
        if m:
            free[(m.group(3), int(m.group(2) or 0))] = int(m.group(1))
    return given or counts, free


def set_state(state, keep):
    """Leave gc.get_count() == counts and the free lists as long as a bare
    start-up leaves them.  A full collection zeroes the counts and empties
    the free lists; gen-1 and gen-0 collections raise the older counts;
    objects made and dropped refill the free lists (count-neutral: each
    fresh allocation adds one, each deallocation takes one away); sets
    (no free list) kept in keep make count 0.  Reading the count allocates
    a tuple that dies at once: no net move."""
    (c0, c1, c2), free = state
    # No automatic collection while the free lists are refilled: one would
    # raise count 1 past the bare start's (Debian's larger start-up does).
    enabled = gc.isenabled()
    gc.disable()
    # The full collection runs over an empty heap (everything frozen for
    # it), so long_lived_total stays 0 as after a bare start-up, which has
    # made no full collection: otherwise the wrapper's and the start-up's
    # containers (about 12,000) would postpone the program's first full
    # collection until as many objects as a quarter of them were promoted.
    gc.freeze()
    gc.collect()
    gc.unfreeze()
    for _ in range(c2):
        gc.collect(1)
    for _ in range(c1):
        gc.collect(0)
    held = []                   # goes to the list free list last
    for (kind, size), n in free.items():
        for i in range(n - (kind == "List")):
            held.append(tuple(range(size)) if kind == "Tuple" else [] if kind == "List"
                        else {} if kind == "Dict" else i + 0.5)
    del held
    while gc.get_count()[0] < c0:
        keep.append(set())
    if enabled:
        gc.enable()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", required=True)
    ap.add_argument("--trace")
    ap.add_argument("--threshold", help="gc.set_threshold(T0[, T1[, T2]]) before the program")
    ap.add_argument("--freeze", action="store_true", help="gc.freeze() before the program")
    ap.add_argument("--startup", default="auto", help="the counts a bare start-up leaves: auto, none or C0,C1,C2")
    ap.add_argument("program")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    clock = time.perf_counter_ns
    starts, ends = array.array("q"), array.array("q")
    # The collection's CPU time (this thread's), as gclab's pause_cpu_ns:
    # what a loaded machine's scheduler does not inflate.
    cpu_clock, cpu_pending, cpu_pauses = time.thread_time_ns, array.array("q", [0]), array.array("q")
    gens, collected, uncollectable = array.array("b"), array.array("q"), array.array("q")
    pending = array.array("q", [0])
    sample_t, sample_rss = array.array("q"), []   # statm texts: bytes objects, not tracked by gc
    last_sample = array.array("q", [-10 ** 18])
    try:
        statm = os.open("/proc/self/statm", os.O_RDONLY)
    except OSError:
        statm = -1

    def hook(phase, info):
        if phase == "start":
            cpu_pending[0] = cpu_clock()
            pending[0] = clock()          # last thing before the collection
        else:
            t = clock()                   # first thing after it
            cpu_pauses.append(cpu_clock() - cpu_pending[0])
            starts.append(pending[0])
            ends.append(t)
            gens.append(info["generation"])
            collected.append(info["collected"])
            uncollectable.append(info["uncollectable"])
            if statm >= 0 and t - last_sample[0] >= 1000000:
                last_sample[0] = t
                sample_rss.append(os.pread(statm, 64, 0))
                sample_t.append(clock())

    sys.argv = [a.program, *a.args]
    sys.path[0] = os.path.dirname(os.path.abspath(a.program))
    status = 0
    with open(a.program, "rb") as f:
        source = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = a.program
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    # compile()'s first call initialises what a bare run's start-up already
    # did (on Debian's 3.11.2 it allocates past a gen-0 threshold): done
    # here, it cannot move the counts set_state leaves.
    compile(b"pass", a.program, "exec")
    state = startup_state(a.startup)
    padding = []
    if state:                             # last before the compilation, as a bare run
        set_state(state, padding)
    code = compile(source, a.program, "exec")
    if a.threshold:
        gc.set_threshold(*(int(x) for x in a.threshold.split(",")))
    if a.freeze:
        gc.freeze()
    gc.callbacks.append(hook)
    exec_ns = os.environ.get("GCLAB_EXEC_NS", "")
    t0, c0 = clock(), time.process_time()
    # perf_counter_ns is CLOCK_MONOTONIC on Linux, the clock of GCLAB_EXEC_NS
    startup = (time.monotonic_ns() - int(exec_ns)) / 1e9 if exec_ns.isdigit() else None
    if statm >= 0:                        # the memory curve starts with the program
        sample_rss.append(os.pread(statm, 64, 0))
        sample_t.append(t0)
    try:
        exec(code, main.__dict__)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    wall, cpu = (clock() - t0) / 1e9, time.process_time() - c0
    if statm >= 0:                        # ... and ends with it
        sample_rss.append(os.pread(statm, 64, 0))
        sample_t.append(clock())
    if hook in gc.callbacks:
        gc.callbacks.remove(hook)
    sys.stdout.flush()

    pauses = [e - s for s, e in zip(starts, ends)]
    stats = {
        "format": "cpython-gcstats/1",
        "config": {"collector": "cpython", "python": sys.version.split()[0],
                   "threshold": list(gc.get_threshold()), "freeze": a.freeze,
                   "executable": sys.executable, "workload": a.program, "args": " ".join(a.args)},
        "wall_s": wall,
        "cpu_s": cpu,
        "gc_s": sum(pauses) / 1e9,
        "cascade_s": None,
        "startup_s": startup,
        "pause_count": len(pauses),
        "pause_max_ms": max(pauses) / 1e6 if pauses else None,
        "peak_rss_bytes": peak_rss(),
        "collections": len(pauses),
    }
    for g in range(3):
        stats[f"collections_gen{g}"] = sum(1 for x in gens if x == g)
    write_atomic(a.stats, json.dumps(stats, indent=2) + "\n")
    if a.trace:
        page = os.sysconf("SC_PAGE_SIZE")
        rows = [(s, f"collection,{s - t0},{e - t0},cpython,{g},0,{c},{u},0,0,0,0,0,0,{cp}\n")
                for s, e, g, c, u, cp in zip(starts, ends, gens, collected, uncollectable, cpu_pauses)]
        rows += [(t, f"sample,{t - t0},{t - t0},,,0,0,0,0,0,0,0,0,{int(m.split()[1]) * page},\n")
                 for t, m in zip(sample_t, sample_rss)]
        rows = [r for _, r in sorted(rows, key=lambda x: x[0])]
        write_atomic(a.trace, HEADER + "".join(rows))
    return status


if __name__ == "__main__":
    sys.exit(main())
