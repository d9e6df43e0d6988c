#!/usr/bin/env python3
"""bench-alloc.py -- pymalloc against glibc malloc, instructions and time.

Runs build/bench_alloc_bench twice over:

  instructions  each cell (allocator x pattern x live objects) alone under
                `valgrind --tool=callgrind --toggle-collect=measured`
                (`bench_alloc_bench OPS 1 --only A P LIVE`): the
                instructions of one measured run, divided by its operations
                (the loop of the benchmark included, the same for both);
  time          REPEAT processes `bench_alloc_bench OPS 1`: ns per
                operation of each run (the thread's CPU time, which other
                processes on a loaded machine inflate far less than the
                wall clock), the allocators taking turns within a run; the
                best and the median of the REPEAT runs.

and prints one Markdown table: per pattern and live-object count, glibc
and pymalloc (1 MiB arenas, 16 KiB pools: the default) in instructions per
operation and ns per operation (min and median), and the ratios glibc / pymalloc (above 1:
pymalloc is faster).

usage: scripts/bench-alloc.py [--bench PATH] [--ops MILLIONS] [--repeat N] [--no-callgrind]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = ["LIFO", "FIFO", "RANDOM"]
GLIBC, PYMALLOC = 0, 3          # bench_alloc_bench's allocator numbers
LIVE = [1000, 10000]


def instructions(bench, ops, a, p, live):
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                        "--toggle-collect=measured", bench, str(ops), "1", "--only",
                        str(a), str(p), str(live)],
                       capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    if not m:
        sys.exit("bench-alloc: no instruction count from callgrind:\n" + r.stderr)
    return int(m.group(1)) / (ops * 1e6)


def times(bench, ops, repeat):
    """{(pattern, live): ([glibc ns/op...], [pymalloc ns/op...])}: REPEAT
    separate processes of one run each (the allocators taking turns inside
    each), so that both the best and the median can be read."""
    ns = {}
    for _ in range(repeat):
        out = subprocess.run([bench, str(ops), "1"], capture_output=True, text=True,
                             check=True).stdout
        live = None
        for line in out.splitlines():
            m = re.match(r"(\d+) live objects", line)
            if m:
                live = int(m.group(1))
            f = line.split()
            if f and f[0] in PATTERNS:
                g, p = ns.setdefault((f[0], live), ([], []))
                g.append(float(f[1]))
                p.append(float(f[4]))      # glibc, pymalloc 1M/16K
    return ns


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(ROOT, "build", "bench_alloc_bench"))
    ap.add_argument("--ops", type=float, default=1, help="millions of operations per run (default 1)")
    ap.add_argument("--repeat", type=int, default=15, help="timed runs (default 15)")
    ap.add_argument("--no-callgrind", action="store_true", help="time only")
    a = ap.parse_args()
    ns = times(a.bench, a.ops, a.repeat)
    print("| pattern | live objects | glibc instr/op | pymalloc instr/op | ratio "
          "| glibc ns/op (min, median) | pymalloc ns/op (min, median) | ratio (min) | ratio (median) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for live in LIVE:
        for p, name in enumerate(PATTERNS):
            if a.no_callgrind:
                gi = pi = None
            else:
                gi = instructions(a.bench, a.ops, GLIBC, p, live)
                pi = instructions(a.bench, a.ops, PYMALLOC, p, live)
            g, m = ns[(name, live)]
            gmin, gmed, pmin, pmed = min(g), statistics.median(g), min(m), statistics.median(m)
            instr = (f"{gi:.1f} | {pi:.1f} | {gi / pi:.2f}x" if gi else "- | - | -")
            print(f"| {name} | {live} | {instr} | {gmin:.2f}, {gmed:.2f} | {pmin:.2f}, {pmed:.2f} "
                  f"| {gmin / pmin:.2f}x | {gmed / pmed:.2f}x |")

if __name__ == "__main__":
    main()
