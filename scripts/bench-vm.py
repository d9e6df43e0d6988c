#!/usr/bin/env python3
"""bench-vm.py -- our VM against CPython on the same workload programs.

Runs every workload (or those named) under `gclab run` and under the real
CPython interpreter (never a pyenv shim: its start-up would be timed too),
alternating the two so that machine noise hits both alike, REPEAT times
each, and prints the median wall time of each and their ratio
(gclab / python: below 1 means gclab is faster), then the geometric mean
of the ratios.  Outputs must agree, or the row says so.

--callgrind adds instruction counts (valgrind --tool=callgrind), which do
not move with the load of a shared machine: one run of each side per
workload, and the ratio of instructions both raw (both start-ups inside)
and with each interpreter's start-up left out (the count of an empty
program subtracted from each side).  --gc takes a comma-separated list
(e.g. gen,rc): one table per collector.  --size small runs the workloads
at the sizes of workloads/small.txt (callgrind is ~50x slower).

usage: scripts/bench-vm.py [--gclab PATH] [--python PATH] [--repeat N]
                           [--gc NAME[,NAME...]] [--callgrind] [--size default|small]
                           [--markdown] [WORKLOAD.py ARGS...]...
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


def instructions(cmd, cwd):
    """Instructions executed by cmd (callgrind's total), and its stdout."""
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                       cwd=cwd, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", p.stderr)
    if not m:
        benchlib.die(f"callgrind gave no count for {' '.join(cmd)}: {p.stderr[-400:]}")
    return int(m.group(1)), p.returncode, p.stdout


def small_sizes(wl_dir):
    sizes = {}
    with open(os.path.join(wl_dir, "small.txt")) as f:
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
    ap.add_argument("--size", choices=("default", "small"), default="default",
                    help="workload sizes when none are given: their defaults or workloads/small.txt")
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
        runs = [[os.path.join(wl_dir, f)] for f in sorted(os.listdir(wl_dir))
                if f.endswith(".py") and f != "gclab.py"]   # gclab.py: the gclab module for CPython
        if a.size == "small":
            sizes = small_sizes(wl_dir)
            runs = [r + sizes[os.path.basename(r[0])[:-3]] for r in runs if os.path.basename(r[0])[:-3] in sizes]
    collectors = a.gc.split(",") if a.gc else [None]
    empty = None
    if a.callgrind:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write("pass\n")
            empty = f.name
    try:
        for gc in collectors:
            report(a, py, py_version, runs, gc, empty)
    finally:
        if empty:
            os.unlink(empty)


def report(a, py, py_version, runs, gc, empty):
    gc_flags = ["--gc", gc] if gc else []
    start_g = start_p = 0
    if empty:
        start_g = instructions([a.gclab, "run", *gc_flags, empty], "/")[0]
        start_p = instructions([py, empty], "/")[0]
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
        row = {"name": name, "note": note, "g": None, "p": None, "r": None,
               "ig": None, "ip": None, "ir": None, "irs": None}
        if theirs:
            row["p"] = statistics.median(theirs)
        if ours:
            row["g"] = statistics.median(ours)
            row["r"] = row["g"] / row["p"]
        if empty and ours:
            ig, _, _ = instructions([a.gclab, "run", *gc_flags, *run], cwd)
            ip, _, _ = instructions([py, *run], cwd)
            row.update(ig=ig, ip=ip, ir=ig / ip)
            if ip > start_p and ig > start_g:
                row["irs"] = (ig - start_g) / (ip - start_p)
        rows.append(row)

    geo = geomean([r["r"] for r in rows])
    fmt = (lambda v: f"{v:.3f}" if v is not None else "-")
    fmtc = (lambda v: f"{v / 1e6:,.1f}M" if v is not None else "-")
    title = f"gclab --gc {gc}" if gc else "gclab"
    if a.markdown:
        if empty:
            print(f"| workload ({title}) | gclab (s) | CPython {py_version} (s) | time ratio "
                  f"| gclab Ir | CPython Ir | Ir ratio | Ir ratio, start-up out | note |")
            print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
            for r in rows:
                print(f"| {r['name']} | {fmt(r['g'])} | {fmt(r['p'])} | {fmt(r['r'])} | {fmtc(r['ig'])} "
                      f"| {fmtc(r['ip'])} | {fmt(r['ir'])} | {fmt(r['irs'])} | {r['note']} |")
            print(f"| geometric mean | | | {geo:.3f} | | | {geomean([r['ir'] for r in rows]):.3f} "
                  f"| {geomean([r['irs'] for r in rows]):.3f} | |")
            print(f"| empty program (start-up) | | | | {fmtc(start_g)} | {fmtc(start_p)} | "
                  f"{start_g / start_p:.3f} | | |")
        else:
            print(f"| workload ({title}) | gclab (s) | CPython {py_version} (s) | ratio | note |")
            print("| --- | ---: | ---: | ---: | --- |")
            for r in rows:
                print(f"| {r['name']} | {fmt(r['g'])} | {fmt(r['p'])} | {fmt(r['r'])} | {r['note']} |")
            print(f"| geometric mean | | | {geo:.3f} | |")
    else:
        print(title)
        head = f"{'workload':<18} {'gclab s':>9} {'python s':>9} {'ratio':>7}"
        if empty:
            head += f" {'gclab Ir':>12} {'python Ir':>12} {'Ir ratio':>8} {'no start':>8}"
        print(head + "  note")
        for r in rows:
            line = f"{r['name']:<18} {fmt(r['g']):>9} {fmt(r['p']):>9} {fmt(r['r']):>7}"
            if empty:
                line += f" {fmtc(r['ig']):>12} {fmtc(r['ip']):>12} {fmt(r['ir']):>8} {fmt(r['irs']):>8}"
            print(line + "  " + r["note"])
        line = f"{'geometric mean':<18} {'':>9} {'':>9} {geo:>7.3f}"
        if empty:
            line += (f" {'':>12} {'':>12} {geomean([r['ir'] for r in rows]):>8.3f}"
                     f" {geomean([r['irs'] for r in rows]):>8.3f}")
            print(line)
            print(f"{'empty program':<18} {'':>9} {'':>9} {'':>7} {fmtc(start_g):>12} {fmtc(start_p):>12} "
                  f"{start_g / start_p:>8.3f}")
        else:
            print(line)
    print(f"(median of {a.repeat} alternating runs; ratio = gclab / {py}"
          + ("; Ir: callgrind instructions, one run each; 'no start': each side's empty-program count "
             "subtracted" if empty else "") + ")", file=sys.stderr)


if __name__ == "__main__":
    main()
