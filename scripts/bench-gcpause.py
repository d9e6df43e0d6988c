#!/usr/bin/env python3
"""bench-gcpause.py -- gen's collection pauses next to CPython 3.11's, two tables.

1. Pauses by generation on a churn workload (default workloads/cycle_churn.py
   at its default size): `gclab run --gc gen --trace` and CPython through
   scripts/cpython_gcstats.py (gc.callbacks "start" -> "stop"), REPEAT runs
   each in alternating order; every collection of every run is pooled and
   p50 / p99 / max reported per generation, with the ratio gclab / CPython,
   by wall clock and by the collecting thread's CPU time.
   The workload's checksum line must agree.
2. Full collections on a big heap (bench/full_gc.py, the same program on
   both): best and median CPU time of a full gc.collect() per tracked
   object on heaps of 1e5, 1e6 and 3e6 containers, and of a full
   collection after gc.freeze(), with ratios.

usage: scripts/bench-gcpause.py [--gclab PATH] [--python PATH] [--repeat N]
           [--churn "cycle_churn.py ARGS"] [--sizes "100000 1000000 3000000"]
           [--collections N] [--gc gen] [--gclab-flags "..."] [--out PAGE.md [--section NAME]]

--out puts both tables (with the command, machine and date) into PAGE.md
between the markers of section NAME (default "bench-gcpause"), atomically;
not written when a run failed.  Exit status: 0, 1 if a run failed or
outputs disagree, 2 for bad usage.
"""
import argparse
import os
import shlex
import subprocess
import sys

import benchlib as bl

FULL_GC = os.path.join(bl.ROOT, "bench", "full_gc.py")
PAUSE_COLUMNS = ["generation", "runtime", "collections per run", "p50 us", "p99 us", "max us"]
FULL_COLUMNS = ["N", "tracked: gclab", "tracked: CPython", "full ns/object: gclab (best, median)",
                "full ns/object: CPython (best, median)", "ratio (best)",
                "frozen full us: gclab (best, median)", "frozen full us: CPython (best, median)",
                "ratio (best)"]


def pause_table(runs, label, key="pauses"):
    """Rows of table 1 from {runtime: [record, ...]}; the gclab runtime first.
    key: "pauses" (wall clock) or "pauses_cpu" (the collecting thread's CPU
    time, which a loaded machine inflates far less)."""
    gclab_rt, rows = [rt for rt in runs if rt != bl.CPYTHON][0], []
    for g in range(3):
        figs = {}
        for rt, recs in runs.items():
            pooled = [d / 1e3 for r in recs for gen, d in r[key] if gen == g]
            per_run = bl.median([sum(1 for gen, _ in r[key] if gen == g) for r in recs])
            figs[rt] = (per_run, bl.percentile(pooled, 50), bl.percentile(pooled, 99),
                        max(pooled) if pooled else None)
        for rt in (gclab_rt, bl.CPYTHON):
            n, p50, p99, mx = figs[rt]
            rows.append([g, label[rt], f"{n:.0f}", bl.fmt(p50, 1), bl.fmt(p99, 1), bl.fmt(mx, 1)])
        ratio = [None if a is None or not b else a / b for a, b in zip(figs[gclab_rt], figs[bl.CPYTHON])]
        rows.append([g, "ratio gclab / CPython"] + [bl.fmt(x, 2) for x in ratio])
    return rows


def run_full_gc(cmd, timeout=3600):
    """bench/full_gc.py's lines as {N: (tracked, frozen, full_min, full_med, frozen_min, frozen_med)}."""
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise bl.BenchError(f"'{' '.join(cmd)}' timed out after {timeout} s")
    if p.returncode != 0:
        raise bl.BenchError(f"'{' '.join(cmd)}' exited with status {p.returncode}: {p.stderr.strip()[-500:]}")
    out, lines = {}, p.stdout.splitlines()
    if not lines or lines[-1] != "done":
        raise bl.BenchError(f"'{' '.join(cmd)}': output does not end with 'done'")
    for ln in lines[:-1]:
        w = ln.split()
        if len(w) != 12 or w[0] != "size":
            raise bl.BenchError(f"'{' '.join(cmd)}': unexpected line '{ln}'")
        out[int(w[1])] = (int(w[3]), int(w[5]), int(w[7]), int(w[8]), int(w[10]), int(w[11]))
    return out


def pair(best, med, digits):
    return f"{best:.{digits}f}, {med:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bl.add_common_options(ap, "bench-gcpause")
    ap.add_argument("--gc", default="gen", help="gclab collector (a generational one)")
    ap.add_argument("--churn", default="cycle_churn.py", help="workload (in workloads/) and its arguments")
    ap.add_argument("--sizes", default="100000 1000000 3000000", help="heap sizes for table 2")
    ap.add_argument("--collections", type=int, default=5, help="timed full collections per heap and run")
    a = ap.parse_args()
    if a.repeat < 1 or a.collections < 1:
        ap.error("--repeat and --collections must be at least 1")
    churn = shlex.split(a.churn)
    sizes = shlex.split(a.sizes)
    if not churn or not sizes or not all(s.isdigit() for s in sizes):
        ap.error("--churn needs a workload; --sizes needs positive integers")
    py, py_version, head = bl.start(a)
    prog = os.path.join(bl.WORKLOADS, churn[0])
    if not os.path.isfile(prog):
        bl.die(f"workload '{prog}' not found")
    flags = shlex.split(a.gclab_flags)
    runtimes = [a.gc, bl.CPYTHON]
    label = {a.gc: f"gclab {a.gc}" + (f" {a.gclab_flags}" if flags else ""),
             bl.CPYTHON: f"CPython {py_version}"}
    failures = []

    # Table 1: pauses by generation.
    runs = {rt: [] for rt in runtimes}
    for r in range(a.repeat):
        for rt in bl.alternating(runtimes, r):
            try:
                rec = bl.run_measured(rt, prog, churn[1:], a.gclab, py, flags)
            except bl.BenchError as e:
                bl.die(f"FAILED: {e}")
            runs[rt].append(rec)
            print(f"[{r + 1}/{a.repeat}] {' '.join(churn)} {rt}: {rec['collections']} collections",
                  file=sys.stderr)
    sums = {rt: {bl.checksum_line(x["stdout"]) for x in recs} for rt, recs in runs.items()}
    if len(sums[bl.CPYTHON]) != 1 or None in sums[bl.CPYTHON] or sums[a.gc] != sums[bl.CPYTHON]:
        failures.append(f"{churn[0]}: checksum lines differ: gclab {sorted(map(str, sums[a.gc]))}, "
                        f"CPython {sorted(map(str, sums[bl.CPYTHON]))}")
    pause_rows = pause_table(runs, label)
    cpu_rows = None
    if all(len(x["pauses_cpu"]) == len(x["pauses"]) for recs in runs.values() for x in recs):
        cpu_rows = pause_table(runs, label, "pauses_cpu")

    # Table 2: full collections, unfrozen and frozen.
    res = {rt: [] for rt in runtimes}
    for r in range(a.repeat):
        for rt in bl.alternating(runtimes, r):
            cmd = ([py] if rt == bl.CPYTHON else [a.gclab, "run", "--gc", rt, *flags]) \
                + [FULL_GC, str(a.collections), *sizes]
            try:
                res[rt].append(run_full_gc(cmd))
            except bl.BenchError as e:
                bl.die(f"FAILED: {e}")
            print(f"[{r + 1}/{a.repeat}] full_gc.py {a.sizes} {rt}: done", file=sys.stderr)
    full_rows = []
    for s in map(int, sizes):
        f = {}
        for rt in runtimes:
            per = [x[s] for x in res[rt]]
            tracked = per[0][0]
            f[rt] = (tracked, min(p[2] for p in per) / tracked, bl.median([p[3] for p in per]) / tracked,
                     min(p[4] for p in per) / 1e3, bl.median([p[5] for p in per]) / 1e3)
            if any(p[1] < s for p in per):
                failures.append(f"full_gc.py {s} under {rt}: gc.freeze() froze fewer than {s} objects")
        g, c = f[a.gc], f[bl.CPYTHON]
        full_rows.append([s, g[0], c[0], pair(g[1], g[2], 1), pair(c[1], c[2], 1), bl.fmt(g[1] / c[1], 2),
                          pair(g[3], g[4], 1), pair(c[3], c[4], 1), bl.fmt(g[3] / c[3], 2)])

    runs_each = f"{a.repeat} run{'s' if a.repeat > 1 else ''} each"
    text = head + [
        f"Pauses by generation, `{' '.join(churn)}`, {runs_each} in alternating order, "
        "every collection of every run pooled (wall-clock durations; microseconds):", "",
        bl.md_table(PAUSE_COLUMNS, pause_rows, right=range(2, 6)),
        *(["The same collections by CPU time (gclab's `pause_cpu_ns`; CPython: "
           "`time.thread_time_ns()` in the same callbacks; microseconds):", "",
           bl.md_table(PAUSE_COLUMNS, cpu_rows, right=range(2, 6))] if cpu_rows else []),
        f"Full collections, `bench/full_gc.py {a.collections} {a.sizes}` on both "
        f"(heap `[[i] for i in range(N)]`, process CPU time; best and median of "
        f"{a.collections} collections x {a.repeat} runs):", "",
        bl.md_table(FULL_COLUMNS, full_rows, right=range(1, 9))]
    return bl.finish(a, "\n".join(text), failures)


if __name__ == "__main__":
    sys.exit(main())
