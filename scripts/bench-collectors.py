#!/usr/bin/env python3
"""bench-collectors.py -- every collector and CPython 3.11 on the same programs, one table.

Runs workloads/gcbench.py and workloads/binary_trees.py under
`gclab run --gc C --stats --trace` for each collector C and under the real
CPython (scripts/cpython_gcstats.py: gc.callbacks timing, ru_maxrss),
REPEAT times each in alternating order, and prints one Markdown table of
the medians: wall and CPU time, peak RSS, collections, total GC time and
the longest collection.  GC time counts collections only, on both sides:
CPython's refcount frees are not collections, and neither are our rc/gen
refcount cascades, shown in a column of their own.  Collections and
cascades are the program's (up to the trace's teardown mark), as the stats'
figures: CPython's at shutdown are not seen by its wrapper.  Each workload's
checksum line must be the same under every runtime as under CPython.

usage: scripts/bench-collectors.py [--gclab PATH] [--python PATH] [--repeat N]
           [--collectors rc,gen,marksweep,boehm] [--gcbench "15 4 250000"]
           [--binary-trees "14"] [--gclab-flags "..."] [--out PAGE.md [--section NAME]]

--out puts the table (with the command, machine and date) into PAGE.md
between the markers of section NAME (default "bench-collectors"),
atomically; it is not written when a run failed.  Exit status: 0, 1 if a run failed or a checksum disagrees,
2 for bad usage.
"""
import argparse
import os
import shlex
import sys

import benchlib as bl

COLUMNS = ["workload", "runtime", "wall s", "CPU s", "wall / CPython", "CPU / CPython", "peak RSS MiB",
           "collections", "GC s", "max pause ms", "rc cascades: n, s", "checksum"]


def summarise(runs):
    """Median of each figure over the repeats of one (workload, runtime)."""
    casc = [r["cascades"] for r in runs]
    return {
        "wall_s": bl.median([r["wall_s"] for r in runs]),
        "cpu_s": bl.median([r["cpu_s"] for r in runs]),
        "rss_mib": bl.median([r["peak_rss_bytes"] / 2**20 for r in runs]),
        "collections": bl.median([r["collections"] for r in runs]),
        "gc_s": bl.median([r["gc_s"] for r in runs]),
        "max_pause_ms": bl.median([r["max_pause_ms"] for r in runs]),
        "cascades": None if casc[0] is None else (bl.median([len(c) for c in casc]),
                                                  bl.median([sum(c) / 1e9 for c in casc])),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bl.add_common_options(ap, "bench-collectors")
    ap.add_argument("--collectors", default="rc,gen,marksweep,boehm")
    ap.add_argument("--gcbench", default="15 4 250000", help="gcbench.py arguments")
    ap.add_argument("--binary-trees", default="14", help="binary_trees.py arguments")
    a = ap.parse_args()
    if a.repeat < 1:
        ap.error("--repeat: must be at least 1")
    collectors = [c for c in a.collectors.split(",") if c]
    if not collectors:
        ap.error("--collectors: empty")
    py, py_version, head = bl.start(a)
    workloads = [("gcbench", shlex.split(a.gcbench)), ("binary_trees", shlex.split(a.binary_trees))]
    runtimes = collectors + [bl.CPYTHON]
    flags = shlex.split(a.gclab_flags)

    failures, rows = [], []
    for name, args in workloads:
        prog = os.path.join(bl.WORKLOADS, name + ".py")
        runs = {rt: [] for rt in runtimes}
        failed = {}
        for r in range(a.repeat):
            for rt in bl.alternating(runtimes, r):
                if rt in failed:
                    continue
                try:
                    rec = bl.run_measured(rt, prog, args, a.gclab, py, flags)
                except bl.BenchError as e:
                    failed[rt] = str(e)
                    failures.append(f"{name} under {rt}: {e}")
                    continue
                runs[rt].append(rec)
                print(f"[{r + 1}/{a.repeat}] {name} {' '.join(args)} {rt}: {rec['wall_s']:.3f} s",
                      file=sys.stderr)
        ref = {bl.checksum_line(x["stdout"]) for x in runs[bl.CPYTHON]}
        if None in ref:
            failures.append(f"{name}: CPython printed no checksum line")
        base = summarise(runs[bl.CPYTHON]) if runs[bl.CPYTHON] else None
        for rt in runtimes:
            if rt in failed:
                rows.append([name, rt] + ["-"] * (len(COLUMNS) - 3) + ["RUN FAILED"])
                continue
            sums = {bl.checksum_line(x["stdout"]) for x in runs[rt]}
            agree = len(ref) == 1 and sums == ref and None not in ref
            if not agree and rt != bl.CPYTHON:
                failures.append(f"{name} under {rt}: checksum {sorted(map(str, sums))} "
                                f"!= CPython's {sorted(map(str, ref))}")
            s = summarise(runs[rt])
            ratio = s["wall_s"] / base["wall_s"] if base else None
            cpu_ratio = s["cpu_s"] / base["cpu_s"] if base else None
            casc = "-" if s["cascades"] is None else f"{s['cascades'][0]:.0f}, {s['cascades'][1]:.3f}"
            label = f"CPython {py_version}" if rt == bl.CPYTHON else rt
            check = ("reference" if len(ref) == 1 and None not in ref else "VARIES") if rt == bl.CPYTHON \
                else ("= CPython" if agree else "DIFFERS")
            rows.append([name, label, bl.fmt(s["wall_s"]), bl.fmt(s["cpu_s"]), bl.fmt(ratio, 2),
                         bl.fmt(cpu_ratio, 2), bl.fmt(s["rss_mib"], 1), f"{s['collections']:.0f}", bl.fmt(s["gc_s"]),
                         bl.fmt(s["max_pause_ms"], 2), casc, check])

    runs_each = f"{a.repeat} run{'s' if a.repeat > 1 else ''} each"
    text = head + [f"Median of {runs_each}, runtimes in alternating order.  Workload sizes: "
                   + ", ".join(f"{n} {' '.join(x)}" for n, x in workloads) + ".", "",
                   bl.md_table(COLUMNS, rows, right=range(2, 11))]
    return bl.finish(a, "\n".join(text), failures)


if __name__ == "__main__":
    sys.exit(main())
