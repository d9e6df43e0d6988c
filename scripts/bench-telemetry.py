#!/usr/bin/env python3
"""bench-telemetry.py -- what recording telemetry costs a run.

Runs each workload under `gclab run --gc GC` with telemetry off and with
`--stats` and `--trace` on and prints the overhead (on / off - 1):

  default       wall time: the two alternate, REPEAT times each; medians
                (noisy on a shared machine);
  --callgrind   instruction counts under `valgrind --tool=callgrind`, one
                run each (exact and repeatable: the figures of
                docs/telemetry.md).  --baseline GCLAB also counts another
                build with telemetry off (e.g. main's), to show that the
                off path did not get slower.

With no workload, every workloads/*.py runs at its default size (the
standard workloads).

usage: scripts/bench-telemetry.py [--gclab PATH] [--gc NAME] [--repeat N]
                                  [--callgrind [--baseline PATH] [--jobs N]]
                                  [WORKLOAD.py ARGS...]...
"""
import argparse
import concurrent.futures
import glob
import os
import re
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = os.path.join(ROOT, "workloads")


def timed(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=WORKLOADS, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def instructions(cmd):
    """Instructions executed by cmd (callgrind's total Ir)."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                       cwd=WORKLOADS, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise SystemExit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    m = re.search(r"Collected : (\d+)", r.stderr) or re.search(r"I\s+refs:\s+([\d,]+)", r.stderr)
    if not m:
        raise SystemExit(f"no instruction count from callgrind: {' '.join(cmd)}\n{r.stderr}")
    return int(m.group(1).replace(",", ""))


def parse_runs(ap, items):
    runs = []
    for item in items:
        if item.endswith(".py"):
            runs.append([item])
        elif runs:
            runs[-1].append(item)
        else:
            ap.error(f"argument '{item}' comes before any workload file")
    return runs or [[os.path.basename(p)] for p in sorted(glob.glob(os.path.join(WORKLOADS, "*.py")))
                   if os.path.basename(p) != "gclab.py"]   # the gclab module for CPython, not a workload


def name_of(run):
    return " ".join([os.path.basename(run[0])[:-3], *run[1:]])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--gc", default="gen")
    ap.add_argument("--repeat", type=int, default=5, help="wall-time runs of each (default 5)")
    ap.add_argument("--callgrind", action="store_true", help="count instructions instead of timing")
    ap.add_argument("--baseline", help="with --callgrind: another gclab to count with telemetry off")
    ap.add_argument("--jobs", type=int, default=1, help="with --callgrind: runs at once (default 1)")
    ap.add_argument("workloads", nargs="*")
    a = ap.parse_args()
    if a.baseline and not a.callgrind:
        ap.error("--baseline needs --callgrind")
    runs = parse_runs(ap, a.workloads)
    gclab = os.path.abspath(a.gclab)
    with tempfile.TemporaryDirectory() as tmp:
        def off(run, binary=gclab):
            return [binary, "run", "--gc", a.gc, *run]

        def on(run, i):
            return [gclab, "run", "--gc", a.gc, "--stats", f"{tmp}/s{i}.json", "--trace", f"{tmp}/t{i}.csv", *run]

        if a.callgrind:
            cmds = []
            for i, run in enumerate(runs):
                cmds += [off(run), on(run, i)] + ([off(run, os.path.abspath(a.baseline))] if a.baseline else [])
            with concurrent.futures.ThreadPoolExecutor(max(1, a.jobs)) as pool:
                counts = list(pool.map(instructions, cmds))
            step = 3 if a.baseline else 2
            head = f"{'workload':<34} {'off Ir':>15} {'on Ir':>15} {'on/off':>8}"
            print(head + (f" {'baseline off Ir':>15} {'off/base':>9}" if a.baseline else ""))
            for i, run in enumerate(runs):
                c = counts[i * step:(i + 1) * step]
                line = f"{name_of(run):<34} {c[0]:>15,} {c[1]:>15,} {100 * (c[1] / c[0] - 1):+7.2f}%"
                if a.baseline:
                    line += f" {c[2]:>15,} {100 * (c[0] / c[2] - 1):+8.2f}%"
                print(line)
            print(f"(callgrind instructions, one run each, --gc {a.gc})")
            return
        print(f"{'workload':<34} {'off s':>8} {'on s':>8} {'overhead':>9}")
        for i, run in enumerate(runs):
            t_off, t_on = [], []
            for _ in range(a.repeat):
                t_off.append(timed(off(run)))
                t_on.append(timed(on(run, i)))
            m0, m1 = statistics.median(t_off), statistics.median(t_on)
            print(f"{name_of(run):<34} {m0:8.3f} {m1:8.3f} {100 * (m1 / m0 - 1):8.1f}%")
        print(f"(median of {a.repeat} alternating runs, --gc {a.gc})")


if __name__ == "__main__":
    main()
