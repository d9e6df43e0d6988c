#!/usr/bin/env python3
"""bench-vm.py -- our VM against CPython on the same workload programs.

Runs every workload (or those named) under `gclab run` and under the real
CPython interpreter (never a pyenv shim: its start-up would be timed too),
alternating the two so that machine noise hits both alike, REPEAT times
each, and prints the median wall time of each and their ratio
(gclab / python: below 1 means gclab is faster), then the geometric mean
of the ratios.  Outputs must agree, or the row says so.

usage: scripts/bench-vm.py [--gclab PATH] [--python PATH] [--repeat N]
                           [--gc NAME] [--markdown] [WORKLOAD.py ARGS...]...
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

import benchlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t0, p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--gc", default=None, help="collector for gclab (default: gclab's)")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("workloads", nargs="*",
                    help="workload files, each optionally followed by its arguments "
                         "(default: every workloads/*.py at its default size)")
    a = ap.parse_args()
    if a.repeat < 1:
        ap.error("--repeat: must be at least 1")
    try:
        py, py_version = benchlib.real_python(a.python)
    except benchlib.BenchError as e:
        benchlib.die(str(e))
    wl_dir = os.path.join(ROOT, "workloads")
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
        runs = [[os.path.join(wl_dir, f)] for f in sorted(os.listdir(wl_dir)) if f.endswith(".py") and f != "gclab.py"]   # gclab.py: the gclab module for CPython
    gc_flags = ["--gc", a.gc] if a.gc else []

    rows = []
    for run in runs:
        name = os.path.basename(run[0])[:-3]
        ours, theirs, note = [], [], ""
        for _ in range(a.repeat):
            t, rc, out_g = timed([a.gclab, "run", *gc_flags, *run], os.path.dirname(run[0]))
            if rc != 0:
                note = f"gclab exit {rc}"
                break
            ours.append(t)
            t, rc, out_p = timed([py, *run], os.path.dirname(run[0]))
            theirs.append(t)
            if out_g != out_p:
                note = "OUTPUT DIFFERS"
        if note and not ours:
            rows.append((name, None, statistics.median(theirs) if theirs else None, None, note))
            continue
        mg, mp = statistics.median(ours), statistics.median(theirs)
        rows.append((name, mg, mp, mg / mp, note))

    ratios = [r[3] for r in rows if r[3]]
    geo = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else float("nan")
    fmt = (lambda v: f"{v:.3f}" if v is not None else "-")
    if a.markdown:
        print(f"| workload | gclab (s) | CPython {py_version} (s) | ratio | note |")
        print("| --- | ---: | ---: | ---: | --- |")
        for n, g, p, r, note in rows:
            print(f"| {n} | {fmt(g)} | {fmt(p)} | {fmt(r)} | {note} |")
        print(f"| geometric mean | | | {geo:.3f} | |")
    else:
        print(f"{'workload':<18} {'gclab s':>9} {'python s':>9} {'ratio':>7}  note")
        for n, g, p, r, note in rows:
            print(f"{n:<18} {fmt(g):>9} {fmt(p):>9} {fmt(r):>7}  {note}")
        print(f"{'geometric mean':<18} {'':>9} {'':>9} {geo:>7.3f}")
    print(f"(median of {a.repeat} alternating runs; ratio = gclab / {py})", file=sys.stderr)


if __name__ == "__main__":
    main()
