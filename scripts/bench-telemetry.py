#!/usr/bin/env python3
"""bench-telemetry.py -- what recording telemetry costs a run.

Runs each workload under `gclab run --gc GC` with telemetry off and with
`--stats` and `--trace` on, alternating the two, REPEAT times each, and
prints the median wall time of each and the overhead (on / off - 1).

usage: scripts/bench-telemetry.py [--gclab PATH] [--gc NAME] [--repeat N]
                                  [WORKLOAD.py ARGS...]...
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = [["gcbench.py"], ["binary_trees.py"], ["cycle_churn.py"], ["oo_simulation.py"],
           ["dict_str_churn.py"]]


def timed(cmd, cwd):
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--gc", default="gen")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("workloads", nargs="*")
    a = ap.parse_args()
    runs = []
    for item in a.workloads:
        if item.endswith(".py"):
            runs.append([item])
        elif runs:
            runs[-1].append(item)
        else:
            ap.error(f"argument '{item}' comes before any workload file")
    runs = runs or DEFAULT
    wl = os.path.join(ROOT, "workloads")
    print(f"{'workload':<16} {'off s':>8} {'on s':>8} {'overhead':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for run in runs:
            off, on = [], []
            for _ in range(a.repeat):
                off.append(timed([a.gclab, "run", "--gc", a.gc, *run], wl))
                on.append(timed([a.gclab, "run", "--gc", a.gc, "--stats", f"{tmp}/s.json",
                                 "--trace", f"{tmp}/t.csv", *run], wl))
            m0, m1 = statistics.median(off), statistics.median(on)
            print(f"{os.path.basename(run[0])[:-3]:<16} {m0:8.3f} {m1:8.3f} {100 * (m1 / m0 - 1):8.1f}%")
    print(f"(median of {a.repeat} alternating runs, --gc {a.gc})")


if __name__ == "__main__":
    main()
