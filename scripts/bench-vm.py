#!/usr/bin/env python3
"""bench-vm.py -- our VM against CPython on the same workload programs.

Runs every workload (or those named) under `gclab run` and under the real
CPython interpreter (never a pyenv shim: its start-up would be timed too),
alternating the two so that machine noise hits both alike, REPEAT times
each, and prints the median wall time of each and their ratio
(gclab / python: below 1 means gclab is faster), then the geometric mean
of the ratios.  Outputs must agree, or the row says so.  Each side's
start-up is inside those times (both sides start a process); the column
"time ratio, start-up out" subtracts each side's median time for an empty
program (measured in the same run, at least 5 alternating runs each) from
its median, so the ratio compares the work alone, as the instruction
column "start-up out" does.

--callgrind adds instruction counts (valgrind --tool=callgrind), which do
not move with the load of a shared machine: one run of each side per
workload (CPython's once for all the collectors' tables), and the ratio
of instructions both raw (both start-ups inside) and with each
interpreter's start-up left out (the count of an empty program
subtracted from each side).  --gc takes a comma-separated list
(e.g. gen,rc): one table per collector.  --size small runs the workloads
at the sizes of workloads/small.txt (callgrind is ~50x slower), --size
medium at those of workloads/medium.txt: the default heap shapes with about
a tenth of the steps, where CPython's 139M-instruction start-up no longer
dominates.  The wall columns are the median of the runs; --min adds the
fastest run of each side and their ratio.  --set NAME measures the
programs of the folder workloads/NAME/ instead, with its own sizes files
workloads/NAME/SIZE.txt: heldout (written apart from the standard set, to
check that speed-ups are not fitted to it), unseen (written later by
someone who had not looked at gclab's profiles), fresh (session 12's
pyperformance-style programs, measured before any profiling of them) and
fresh2 (session 13's ten more, likewise), fresh3 (session 14's ten,
written in an outside researcher's style before any profiling), fresh4
(session 15's ten, likewise, in domains no other set covers) and fresh5
(session 16's six, likewise).

usage: scripts/bench-vm.py [--gclab PATH] [--python PATH] [--repeat N]
                           [--gc NAME[,NAME...]] [--callgrind] [--size default|medium|small]
                           [--set standard|heldout|unseen|fresh|fresh2|fresh3|fresh4|fresh5|...]
                           [--min] [--progress] [--markdown] [WORKLOAD.py ARGS...]...
"""
import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import benchlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t0, p.returncode, p.stdout


PY_COUNTS = {}   # CPython's counts: measured once per run (every collector's table shares them)


def instructions(cmd, cwd, cache=None):
    """Instructions executed by cmd (callgrind's total), and its stdout.
    cache: a dict to remember (and reuse) the result under the command."""
    key = " ".join(cmd)
    if cache is not None and key in cache:
        return cache[key]
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                       cwd=cwd, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", p.stderr)
    if not m:
        benchlib.die(f"callgrind gave no count for {' '.join(cmd)}: {p.stderr[-400:]}")
    if cache is not None:
        cache[key] = (int(m.group(1)), p.returncode, p.stdout)
    return int(m.group(1)), p.returncode, p.stdout


def size_table(wl_dir, size):
    sizes = {}
    with open(os.path.join(wl_dir, size + ".txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, *args = line.split()
                sizes[name] = args
    return sizes


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--gc", default=None, help="collector(s) for gclab, comma-separated (default: gclab's)")
    ap.add_argument("--callgrind", action="store_true", help="also count instructions with callgrind")
    ap.add_argument("--size", choices=("default", "medium", "small"), default="default",
                    help="workload sizes when none are given: their defaults or workloads/SIZE.txt")
    ap.add_argument("--set", default="standard",
                    help="which workloads when none are given: workloads/*.py (standard) "
                         "or workloads/SET/*.py (heldout, unseen: any folder with a small.txt)")
    ap.add_argument("--min", action="store_true", help="also the fastest run of each side and their ratio")
    ap.add_argument("--progress", action="store_true", help="each row on stderr as soon as it is measured")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("workloads", nargs="*",
                    help="workload files, each optionally followed by its arguments "
                         "(default: every workloads/*.py at its default size)")
    a = ap.parse_args()
    if a.repeat < 1:
        ap.error("--repeat: must be at least 1")
    # the runs start in each workload's folder: a relative path would name
    # another file there
    if os.sep in a.gclab:
        a.gclab = os.path.abspath(a.gclab)
    try:
        py, py_version = benchlib.real_python(a.python)
    except benchlib.BenchError as e:
        benchlib.die(str(e))
    wl_dir = os.path.join(ROOT, "workloads", *([] if a.set == "standard" else [a.set]))
    if a.set != "standard" and (os.sep in a.set or a.set.startswith(".")
                                or not os.path.isfile(os.path.join(wl_dir, "small.txt"))):
        ap.error(f"--set: no workload set '{a.set}' (a folder of workloads/ with a small.txt)")
    runs = []
    if a.workloads:
        for item in a.workloads:
            if item.endswith(".py"):
                runs.append([os.path.abspath(item)])
            elif runs:
                runs[-1].append(item)
            else:
                ap.error(f"argument '{item}' comes before any workload file")
    else:
        runs = [[os.path.join(wl_dir, f)] for f in sorted(os.listdir(wl_dir))
                if f.endswith(".py") and f != "gclab.py"]   # gclab.py: the gclab module for CPython
        if a.size != "default":
            sizes = size_table(wl_dir, a.size)
            runs = [r + sizes[os.path.basename(r[0])[:-3]] for r in runs if os.path.basename(r[0])[:-3] in sizes]
    collectors = a.gc.split(",") if a.gc else [None]
    # the empty program: both sides' start-up, left out of the ratios'
    # "start-up out" columns (time always, instructions with --callgrind)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("pass\n")
        empty = f.name
    try:
        for gc in collectors:
            report(a, py, py_version, runs, gc, empty)
    finally:
        os.unlink(empty)


def report(a, py, py_version, runs, gc, empty):
    gc_flags = ["--gc", gc] if gc else []
    start_g = start_p = 0
    if a.callgrind:
        start_g = instructions([a.gclab, "run", *gc_flags, empty], "/")[0]
        start_p = instructions([py, empty], "/", PY_COUNTS)[0]
    # start-up times: the median of as many alternating runs as a workload
    # gets, at least 5 (a start-up is short, its median needs more samples)
    st_g, st_p = [], []
    for _ in range(max(a.repeat, 5)):
        st_g.append(timed([a.gclab, "run", *gc_flags, empty], "/")[0])
        st_p.append(timed([py, empty], "/")[0])
    tstart_g, tstart_p = statistics.median(st_g), statistics.median(st_p)
    rows = []
    for run in runs:
        name = os.path.basename(run[0])[:-3]
        cwd = os.path.dirname(run[0])
        ours, theirs, note = [], [], ""
        for _ in range(a.repeat):
            t, rc, out_g = timed([a.gclab, "run", *gc_flags, *run], cwd)
            if rc != 0:
                note = f"gclab exit {rc}"
                break
            ours.append(t)
            t, rc, out_p = timed([py, *run], cwd)
            theirs.append(t)
            if out_g != out_p:
                note = "OUTPUT DIFFERS"
        row = {"name": name, "note": note, "g": None, "p": None, "r": None, "gmin": None, "pmin": None,
               "rmin": None, "rs": None, "ig": None, "ip": None, "ir": None, "irs": None}
        if theirs:
            row["p"], row["pmin"] = statistics.median(theirs), min(theirs)
        if ours:
            row["g"], row["gmin"] = statistics.median(ours), min(ours)
            row["r"], row["rmin"] = row["g"] / row["p"], row["gmin"] / row["pmin"]
            if row["g"] > tstart_g and row["p"] > tstart_p:
                row["rs"] = (row["g"] - tstart_g) / (row["p"] - tstart_p)
        if a.callgrind and ours:
            ig, _, _ = instructions([a.gclab, "run", *gc_flags, *run], cwd)
            ip, _, _ = instructions([py, *run], cwd, PY_COUNTS)
            row.update(ig=ig, ip=ip, ir=ig / ip)
            if ip > start_p and ig > start_g:
                row["irs"] = (ig - start_g) / (ip - start_p)
        rows.append(row)
        if a.progress:   # a long callgrind pass: each row as it comes
            print(f"{gc or 'gclab'} {name}: " + " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                                       for k, v in row.items() if k not in ("name", "note"))
                  + (f" {row['note']}" if row["note"] else ""), file=sys.stderr, flush=True)
    print_table(a, py, py_version, gc, rows, start_g, start_p, tstart_g, tstart_p)


def print_table(a, py, py_version, gc, rows, start_g, start_p, tstart_g, tstart_p):
    empty = a.callgrind
    fmt = (lambda v: f"{v:.3f}" if v is not None else "-")
    fmtc = (lambda v: f"{v / 1e6:,.1f}M" if v is not None else "-")
    # (heading, width, row key, formatter, whether the geometric mean row shows it)
    cols = [("gclab (s)|gclab s", 9, "g", fmt, False), (f"CPython {py_version} (s)|python s", 9, "p", fmt, False),
            ("time ratio|ratio", 7, "r", fmt, True), ("time ratio, start-up out|no start", 8, "rs", fmt, True)]
    if a.min:
        cols += [("gclab min (s)|min s", 9, "gmin", fmt, False), ("CPython min (s)|py min s", 9, "pmin", fmt, False),
                 ("min ratio|min rat", 7, "rmin", fmt, True)]
    if empty:
        cols += [("gclab Ir|gclab Ir", 12, "ig", fmtc, False), ("CPython Ir|python Ir", 12, "ip", fmtc, False),
                 ("Ir ratio|Ir ratio", 8, "ir", fmt, True), ("Ir ratio, start-up out|no start", 8, "irs", fmt, True)]
    geo = {k: geomean([r[k] for r in rows]) for _, _, k, _, g in cols if g}
    start = {"g": fmt(tstart_g), "p": fmt(tstart_p), "r": f"{tstart_g / tstart_p:.3f}"}
    if empty:
        start.update(ig=fmtc(start_g), ip=fmtc(start_p), ir=f"{start_g / start_p:.3f}")
    title = f"gclab --gc {gc}" if gc else "gclab"
    if a.markdown:
        print(f"| workload ({title}) | " + " | ".join(h.split("|")[0] for h, *_ in cols) + " | note |")
        print("| --- | " + " | ".join("---:" for _ in cols) + " | --- |")
        for r in rows:
            print(f"| {r['name']} | " + " | ".join(f(r[k]) for _, _, k, f, _ in cols) + f" | {r['note']} |")
        print("| geometric mean | " + " | ".join(f"{geo[k]:.3f}" if g else "" for _, _, k, _, g in cols) + " | |")
        if start:
            print("| empty program (start-up) | " + " | ".join(start.get(k, "") for _, _, k, _, _ in cols) + " | |")
    else:
        print(title)
        print(f"{'workload':<18} " + " ".join(f"{h.split('|')[1]:>{w}}" for h, w, *_ in cols) + "  note")
        for r in rows:
            print(f"{r['name']:<18} " + " ".join(f"{f(r[k]):>{w}}" for _, w, k, f, _ in cols) + "  " + r["note"])
        print(f"{'geometric mean':<18} " + " ".join(f"{geo[k]:>{w}.3f}" if g else " " * w
                                                for _, w, k, _, g in cols))
        if start:
            print(f"{'empty program':<18} " + " ".join(f"{start.get(k, ''):>{w}}" for _, w, k, _, _ in cols))
    print(f"(median of {a.repeat} alternating runs{'; min: the fastest of each side' if a.min else ''}; "
          f"ratio = gclab / {py}; time 'start-up out': each side's median empty-program time subtracted"
          + ("; Ir: callgrind instructions, one run each; 'start-up out': each side's empty-program count "
             "subtracted" if empty else "") + ")", file=sys.stderr)


if __name__ == "__main__":
    main()
