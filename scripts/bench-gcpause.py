#!/usr/bin/env python3
"""bench-gcpause.py -- gen's collection pauses next to CPython 3.11's, two tables.

1. Pauses by generation on a churn workload (default workloads/cycle_churn.py
   at its default size): `gclab run --gc gen --trace` and CPython through
   scripts/cpython_gcstats.py (gc.callbacks "start" -> "stop"), REPEAT runs
   each in alternating order; every collection of every run is pooled and
   p50 / p99 / max reported per generation, with the ratio gclab / CPython,
   by wall clock and by the collecting thread's CPU time.
   The workload's checksum line must agree.  Only the program's
   collections: gclab's two at shutdown (after the trace's teardown mark)
   are left out, as CPython's two in finalize_modules, which call no
   gc.callbacks, are not seen (benchlib.read_trace).
2. Full collections on a big heap (bench/full_gc.py, the same program on
   both): best and median CPU time of a full gc.collect() per tracked
   object on heaps of 1e5, 1e6 and 3e6 containers, and of a full
   collection after gc.freeze(), with ratios.
   Below table 1, the spread: the runs alternate, so run r of gclab and
   run r of CPython saw about the same machine; the ratio of their p50 and
   of their p99 is taken per pair, and the median, min and max of those
   ratios reported (a ratio that holds in every pair does not depend on
   which run caught the other tenants).
3. With --callgrind, instructions (valgrind --tool=callgrind, counted only
   inside the collection function: --toggle-collect=collect_main on gclab,
   gc_collect_main on CPython), which do not depend on the machine's load:
   per gen-0 collection of bench/gen0_churn.py (cycle_churn's gen-0
   collections alone; the run with 0 families, the fixed part, is
   subtracted), and per tracked object of a full collection of
   bench/full_gc.py's heap at --cg-size (runs of 3 and 1 timed collections,
   subtracted: two full and two frozen collections), with its simulated
   data-cache read misses (--cache-sim=yes with fixed caches, CG_CACHES:
   the host's would make the figure depend on the machine; a last level
   of 8 MiB is far smaller than the heap, as on most machines).

usage: scripts/bench-gcpause.py [--gclab PATH] [--python PATH] [--repeat N]
           [--churn "cycle_churn.py ARGS"] [--sizes "100000 1000000 3000000"]
           [--collections N] [--gc gen] [--gclab-flags "..."]
           [--callgrind [--cg-families N] [--cg-size N]] [--out PAGE.md [--section NAME]]

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
import tempfile

import benchlib as bl

FULL_GC = os.path.join(bl.ROOT, "bench", "full_gc.py")
GEN0_CHURN = os.path.join(bl.ROOT, "bench", "gen0_churn.py")
CG_COLUMNS = ["measure", "gclab", "CPython", "ratio gclab / CPython"]
CG_CACHES = ["--I1=32768,8,64", "--D1=32768,8,64", "--LL=8388608,16,64"]
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


def pair_spread(runs, label, gclab_rt, g, key="pauses"):
    """One line: the per-pair ratios (run r of gclab / run r of CPython) of
    the p50 and p99 of generation g, as median [min, max]."""
    out = []
    for p in (50, 99):
        ratios = []
        for a, b in zip(runs[gclab_rt], runs[bl.CPYTHON]):
            x = bl.percentile([d for gen, d in a[key] if gen == g], p)
            y = bl.percentile([d for gen, d in b[key] if gen == g], p)
            if x is not None and y:
                ratios.append(x / y)
        if ratios:
            out.append(f"p{p} {bl.fmt(bl.median(ratios), 2)} [{bl.fmt(min(ratios), 2)}, {bl.fmt(max(ratios), 2)}]")
    return f"generation {g}: " + ", ".join(out) if out else None


def callgrind_totals(cmd, fn, cache_sim, timeout=7200):
    """{event: count} of `valgrind --tool=callgrind` on cmd, counted only
    inside fn and its callees; and the program's stdout."""
    fd, out = tempfile.mkstemp(prefix="gcpause-cg-")
    os.close(fd)
    vg = ["valgrind", "--tool=callgrind", f"--toggle-collect={fn}", f"--callgrind-out-file={out}"]
    if cache_sim:
        vg += ["--cache-sim=yes", *CG_CACHES]
    try:
        p = subprocess.run(vg + cmd, capture_output=True, text=True, timeout=timeout)
        if p.returncode != 0:
            raise bl.BenchError(f"'{' '.join(vg + cmd)}' exited with status {p.returncode}: {p.stderr.strip()[-500:]}")
        events = totals = None
        with open(out) as f:
            for ln in f:
                if ln.startswith("events:"):
                    events = ln.split()[1:]
                elif ln.startswith("totals:"):
                    totals = [int(x) for x in ln.split()[1:]]
        if not events or totals is None:
            raise bl.BenchError(f"'{' '.join(vg + cmd)}': no totals in the callgrind output")
        return dict(zip(events, totals + [0] * (len(events) - len(totals)))), p.stdout
    except subprocess.TimeoutExpired:
        raise bl.BenchError(f"'{' '.join(vg + cmd)}' timed out after {timeout} s")
    finally:
        os.unlink(out)


def callgrind_rows(a, py, flags):
    """Table 3's rows (see the docstring); raises BenchError."""
    figs = {}
    for rt in (a.gc, bl.CPYTHON):
        base = [py] if rt == bl.CPYTHON else [a.gclab, "run", "--gc", rt, *flags]
        fn = "gc_collect_main" if rt == bl.CPYTHON else "collect_main"
        n, outs = {}, {}
        for fam in (a.cg_families, 0):
            n[fam], outs[fam] = callgrind_totals(base + [GEN0_CHURN, str(fam)], fn, False)
        w = outs[a.cg_families].split()
        if len(w) < 4 or w[0] != "collections" or w[2:4] != ["0", "0"] or not w[1].isdigit() or int(w[1]) == 0:
            raise bl.BenchError(f"gen0_churn.py under {rt}: unexpected output {outs[a.cg_families][:200]!r}")
        colls = int(w[1])
        g0 = (n[a.cg_families]["Ir"] - n[0]["Ir"]) / colls
        f = {}
        for reps in (3, 1):
            f[reps], out = callgrind_totals(base + [FULL_GC, str(reps), str(a.cg_size)], fn, True)
            tracked = int(out.split()[3])
        per = {e: (f[3][e] - f[1][e]) / (2 * tracked) for e in ("Ir", "D1mr", "DLmr")}
        figs[rt] = (colls, g0, tracked, per["Ir"], per["D1mr"], per["DLmr"])
        print(f"callgrind {rt}: done", file=sys.stderr)
    g, c = figs[a.gc], figs[bl.CPYTHON]
    return [
        ["gen-0 collections of `gen0_churn.py " + str(a.cg_families) + "`", f"{g[0]}", f"{c[0]}", bl.fmt(g[0] / c[0], 2)],
        ["instructions per gen-0 collection", f"{g[1]:,.0f}", f"{c[1]:,.0f}", bl.fmt(g[1] / c[1], 3)],
        [f"tracked objects, `full_gc.py` at {a.cg_size}", f"{g[2]}", f"{c[2]}", bl.fmt(g[2] / c[2], 3)],
        ["instructions per object, full collection", f"{g[3]:.1f}", f"{c[3]:.1f}", bl.fmt(g[3] / c[3], 3)],
        ["D1 read misses per object, full collection (32 KiB)", f"{g[4]:.2f}", f"{c[4]:.2f}",
         bl.fmt(g[4] / c[4], 3) if c[4] else "-"],
        ["LL read misses per object, full collection (8 MiB)", f"{g[5]:.2f}", f"{c[5]:.2f}",
         bl.fmt(g[5] / c[5], 3) if c[5] else "-"],
    ]


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
    ap.add_argument("--callgrind", action="store_true", help="add table 3: instructions (valgrind --tool=callgrind)")
    ap.add_argument("--cg-families", type=int, default=60000, help="gen0_churn.py families for table 3")
    ap.add_argument("--cg-size", type=int, default=1000000, help="full_gc.py heap size for table 3")
    a = ap.parse_args()
    if a.repeat < 1 or a.collections < 1 or a.cg_families < 1 or a.cg_size < 1:
        ap.error("--repeat, --collections, --cg-families and --cg-size must be at least 1")
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
    spread = [x for x in (pair_spread(runs, label, a.gc, g) for g in range(2)) if x]
    cpu_rows, cpu_spread = None, []
    if all(len(x["pauses_cpu"]) == len(x["pauses"]) for recs in runs.values() for x in recs):
        cpu_rows = pause_table(runs, label, "pauses_cpu")
        cpu_spread = [x for x in (pair_spread(runs, label, a.gc, g, "pauses_cpu") for g in range(2)) if x]

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

    cg_rows = None
    if a.callgrind:
        try:
            cg_rows = callgrind_rows(a, py, flags)
        except bl.BenchError as e:
            bl.die(f"FAILED: {e}")

    runs_each = f"{a.repeat} run{'s' if a.repeat > 1 else ''} each"
    pairs = "Ratio gclab / CPython per pair of runs (run r of each), median [min, max]: "
    text = head + [
        f"Pauses by generation, `{' '.join(churn)}`, {runs_each} in alternating order, "
        "every collection of every run pooled (wall-clock durations; microseconds):", "",
        bl.md_table(PAUSE_COLUMNS, pause_rows, right=range(2, 6)),
        *([pairs + "; ".join(spread) + ".", ""] if spread else []),
        *(["The same collections by CPU time (gclab's `pause_cpu_ns`; CPython: "
           "`time.thread_time_ns()` in the same callbacks; microseconds):", "",
           bl.md_table(PAUSE_COLUMNS, cpu_rows, right=range(2, 6))] if cpu_rows else []),
        *([pairs + "; ".join(cpu_spread) + ".", ""] if cpu_spread else []),
        f"Full collections, `bench/full_gc.py {a.collections} {a.sizes}` on both "
        f"(heap `[[i] for i in range(N)]`, process CPU time; best and median of "
        f"{a.collections} collections x {a.repeat} runs):", "",
        bl.md_table(FULL_COLUMNS, full_rows, right=range(1, 9)),
        *(["Instructions inside the collection function (valgrind --tool=callgrind "
           "--toggle-collect=collect_main / gc_collect_main; independent of the machine's load):", "",
           bl.md_table(CG_COLUMNS, cg_rows, right=range(1, 4))] if cg_rows else [])]
    return bl.finish(a, "\n".join(text), failures)


if __name__ == "__main__":
    sys.exit(main())
