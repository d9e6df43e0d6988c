"""check-bench-scripts.py GCLAB -- the side-by-side benchmark tools work.

Run by ctest (test "bench-scripts", only where a python3 is found) with the
interpreter that runs this file as the CPython to compare with.  Tiny sizes:
this tests the tools, not the speed.  Checks that
* scripts/bench-collectors.py and scripts/bench-gcpause.py exit 0 and put a
  table with every column and a row for every runtime into a page, between
  their markers, keeping the rest of the page, idempotently;
* scripts/cpython_gcstats.py counts collections by generation as the
  program made them and writes the trace rows, and the program starts
  with the gc counts of a bare run and, as a bare run, with no full
  collection's long-lived total;
* a checksum that differs from CPython's, a missing interpreter or a
  missing gclab binary give exit status 1, a message, and no page;
* peak RSS is the program's own, not that of the (big) process that
  started it -- under gclab and under the wrapper;
* the traces are read up to the teardown mark: gclab's collections at
  shutdown are not counted as the program's (CPython's are not seen).
"""
import json
import os
import stat
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "scripts")
GCLAB = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "gclab")
PY = sys.executable
sys.path.insert(0, SCRIPTS)
import benchlib  # noqa: E402  (after the path is set)

COLLECTOR_COLS = ["workload", "runtime", "wall s", "CPU s", "wall / CPython", "CPU / CPython",
                  "peak RSS MiB", "collections", "GC s", "max pause ms", "rc cascades: n, s", "checksum"]


def collectors():
    """Collectors this gclab has (boehm is not built with sanitizers)."""
    out = subprocess.run([GCLAB, "info"], capture_output=True, text=True, check=True).stdout
    return [c for c in ("rc", "gen", "marksweep", "boehm") if f"\n  {c} " in out]


def run(script, *args):
    return subprocess.run([PY, os.path.join(SCRIPTS, script), "--gclab", GCLAB, "--python", PY, *args],
                          capture_output=True, text=True)


def tables(text):
    """Every Markdown table in text: a list of (header cells, rows of cells)."""
    found, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        if lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("| ---"):
            head = [c.strip() for c in lines[i].strip("|").split("|")]
            rows, i = [], i + 2
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            found.append((head, rows))
        else:
            i += 1
    return found


class Tools(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.page = os.path.join(self.tmp.name, "page.md")
        with open(self.page, "w") as f:
            f.write("# Page\n\nkept before\n")

    def tearDown(self):
        self.tmp.cleanup()

    def read_page(self):
        with open(self.page) as f:
            return f.read()

    def test_collectors_table(self):
        cs = collectors()
        args = ["--repeat", "1", "--gcbench", "8 4 2000", "--binary-trees", "9",   # >= 1 ms: the table prints 3 decimals
                "--collectors", ",".join(cs), "--out", self.page]
        for attempt in range(2):   # the second run replaces the section
            p = run("bench-collectors.py", *args)
            self.assertEqual(p.returncode, 0, p.stderr)
        page = self.read_page()
        self.assertTrue(page.startswith("# Page\n\nkept before\n"))
        self.assertEqual(page.count("<!-- bench-collectors: begin"), 1)
        self.assertEqual(page.count("<!-- bench-collectors: end -->"), 1)
        self.assertIn("Machine:", page)
        (head, rows), = tables(page)
        self.assertEqual(head, COLLECTOR_COLS)
        by = {(r[0], r[1]): dict(zip(head, r)) for r in rows}
        for w in ("gcbench", "binary_trees"):
            for rt in cs + ["CPython " + benchlib.real_python(PY)[1]]:
                row = by[(w, rt)]
                self.assertEqual(len(row), len(head))
                self.assertGreater(float(row["wall s"]), 0)
                self.assertGreater(float(row["peak RSS MiB"]), 0)
                self.assertIn(row["checksum"], ("= CPython", "reference"))
                if rt == "rc":   # rc never collects; its frees are cascades
                    self.assertEqual((row["collections"], row["max pause ms"]), ("0", "-"))
        for rt in ("gen", "CPython " + benchlib.real_python(PY)[1]):
            row = by[("gcbench", rt)]
            self.assertGreater(int(row["collections"]), 0, rt)
            self.assertGreater(float(row["max pause ms"]), 0, rt)

    def test_gcpause_tables(self):
        p = run("bench-gcpause.py", "--repeat", "1", "--churn", "cycle_churn.py 3000 2000 3 42",
                "--sizes", "1000 5000", "--collections", "2", "--out", self.page)
        self.assertEqual(p.returncode, 0, p.stderr)
        # Pauses by wall clock, the same by CPU time, full collections.
        (h1, pauses), (hc, cpu), (h2, full) = tables(self.read_page())
        self.assertEqual(h1, ["generation", "runtime", "collections per run", "p50 us", "p99 us", "max us"])
        self.assertEqual(hc, h1)
        for rows in (pauses, cpu):
            self.assertEqual(len(rows), 9)
            gen0 = {r[1]: r for r in rows if r[0] == "0"}
            self.assertEqual(len(gen0), 3)
            for r in gen0.values():
                self.assertEqual(len(r), len(h1))
                float(r[3]), float(r[4]), float(r[5])   # every figure present
        self.assertEqual([r[2] for r in cpu], [r[2] for r in pauses], "the same collections")
        # No full collection during the churn at this size, in either: the
        # two gclab runs at shutdown (after the teardown mark; CPython's two
        # in finalize_modules call no gc.callbacks) are not the program's.
        gen2 = [r[2] for r in pauses if r[0] == "2"]
        self.assertEqual(gen2, ["0", "0", "-"], "full collections per run: gclab, CPython, ratio")
        self.assertEqual(len(h2), 9)
        self.assertEqual([r[0] for r in full], ["1000", "5000"])
        for r in full:
            self.assertEqual(len(r), len(h2))
            self.assertGreaterEqual(int(r[1]), int(r[0]))
            self.assertGreaterEqual(int(r[2]), int(r[0]))
            self.assertGreater(float(r[3].split(",")[0]), 0)

    def test_wrapper_counts_by_generation(self):
        prog = os.path.join(self.tmp.name, "p.py")
        with open(prog, "w") as f:
            f.write("import gc\ngc.disable()\nfor i in range(7):\n    gc.collect(i % 3)\nprint('checksum 1')\n")
        st, tr = os.path.join(self.tmp.name, "s.json"), os.path.join(self.tmp.name, "t.csv")
        p = subprocess.run([PY, os.path.join(SCRIPTS, "cpython_gcstats.py"), "--stats", st, "--trace", tr, prog],
                           capture_output=True, text=True)
        self.assertEqual((p.returncode, p.stdout), (0, "checksum 1\n"), p.stderr)
        with open(st) as f:
            s = json.load(f)
        # The program's own 7 collections come last; automatic gen-0 ones
        # may come before its gc.disable() (how many depends on the
        # interpreter's build: Debian's 3.11.2 makes some, pyenv's 3.11.7 none).
        auto = s["collections_gen0"] - 3
        self.assertGreaterEqual(auto, 0)
        self.assertEqual([s["collections"], s["collections_gen1"], s["collections_gen2"]], [7 + auto, 2, 2])
        trace = benchlib.read_trace(tr)
        self.assertEqual([g for g, _ in trace["collections"]], [0] * auto + [0, 1, 2, 0, 1, 2, 0])
        self.assertTrue(all(d > 0 for _, d in trace["collections"]))
        self.assertAlmostEqual(s["gc_s"], sum(d for _, d in trace["collections"]) / 1e9)
        # the program's exit status is the wrapper's
        with open(prog, "w") as f:
            f.write("import sys\nsys.exit(3)\n")
        p = subprocess.run([PY, os.path.join(SCRIPTS, "cpython_gcstats.py"), "--stats", st, prog])
        self.assertEqual(p.returncode, 3)

    def test_wrapper_leaves_no_long_lived_total(self):
        # A bare start-up has made no full collection (long_lived_total 0),
        # so a program's first full collection is not postponed; the
        # wrapper's own full collection must not change that.
        prog = os.path.join(ROOT, "tests", "conformance", "gc_long_lived_startup.py")
        st = os.path.join(self.tmp.name, "s.json")
        bare = subprocess.run([PY, prog], capture_output=True, text=True)
        wrapped = subprocess.run([PY, os.path.join(SCRIPTS, "cpython_gcstats.py"), "--stats", st, prog],
                                 capture_output=True, text=True)
        self.assertEqual((wrapped.returncode, wrapped.stdout), (0, bare.stdout), wrapped.stderr)

    def test_trace_window_ends_at_teardown(self):
        # benchlib reads the program's window only, as the stats do: a
        # collection or cascade starting at or after the teardown mark is
        # the interpreter's shutdown.
        tr = os.path.join(self.tmp.name, "t.csv")
        with open(tr, "w") as f:
            f.write("kind,start_ns,end_ns,collector,generation,reason,pause_cpu_ns\n"
                    "collection,10,20,gen,0,threshold,9\n"
                    "rc-cascade,30,35,,,,\n"
                    "collection,40,60,gen,1,threshold,19\n"
                    "mark,100,100,teardown,,,\n"
                    "collection,100,300,gen,2,shutdown,199\n"
                    "rc-cascade,310,320,,,,\n"
                    "collection,400,410,gen,2,shutdown,9\n")
        t = benchlib.read_trace(tr)
        self.assertEqual(t, {"collections": [(0, 10), (1, 20)], "cascades": [5],
                             "collections_cpu": [(0, 9), (1, 19)]})

    def test_wrapper_starts_as_a_bare_run(self):
        # the wrapper's own compilation and imports do not move the counts
        # the program starts with: a bare run's, to within the compilation
        # of the probe's -c line (3 allocations with pyenv's 3.11.7, 12 with
        # Debian's 3.11.2)
        prog = os.path.join(self.tmp.name, "p.py")
        with open(prog, "w") as f:
            f.write("import gc\nprint(gc.get_count())\n")
        st = os.path.join(self.tmp.name, "s.json")
        bare = eval(subprocess.run([PY, prog], capture_output=True, text=True, check=True).stdout)
        runs = {}
        for startup in ("auto", "100,1,1", "none"):
            p = subprocess.run([PY, os.path.join(SCRIPTS, "cpython_gcstats.py"), "--startup", startup,
                                "--stats", st, prog], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            runs[startup] = eval(p.stdout)
        self.assertEqual(runs["auto"][1:], bare[1:])
        self.assertLessEqual(abs(runs["auto"][0] - bare[0]), 15, (runs, bare))
        self.assertEqual(runs["100,1,1"][1:], (1, 1))
        self.assertTrue(100 <= runs["100,1,1"][0] <= 110, runs)   # + the program's compilation
        self.assertNotEqual(runs["none"], runs["auto"])

    def test_checksum_disagreement_fails(self):
        fake = os.path.join(self.tmp.name, "gclab")
        with open(fake, "w") as f:   # the real gclab, with its checksum line altered
            f.write(f'#!/bin/sh\n"{GCLAB}" "$@" | sed "s/^checksum [0-9]*/checksum 0/"\n')
        os.chmod(fake, stat.S_IRWXU)
        before = self.read_page()
        p = subprocess.run([PY, os.path.join(SCRIPTS, "bench-collectors.py"), "--gclab", fake, "--python", PY,
                            "--repeat", "1", "--collectors", "gen", "--gcbench", "6 4 100",
                            "--binary-trees", "6", "--out", self.page], capture_output=True, text=True)
        self.assertEqual(p.returncode, 1)
        self.assertIn("checksum", p.stderr)
        self.assertIn("DIFFERS", p.stdout)
        self.assertEqual(self.read_page(), before)

    def test_missing_interpreter_or_binary(self):
        for script in ("bench-collectors.py", "bench-gcpause.py"):
            p = subprocess.run([PY, os.path.join(SCRIPTS, script), "--python", "/nonexistent/python3",
                                "--gclab", GCLAB, "--out", self.page], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("python interpreter '/nonexistent/python3' cannot be run", p.stderr)
            p = subprocess.run([PY, os.path.join(SCRIPTS, script), "--gclab", "/nonexistent/gclab",
                                "--python", PY, "--out", self.page], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("gclab binary '/nonexistent/gclab' not found", p.stderr)
        self.assertEqual(self.read_page(), "# Page\n\nkept before\n")

    def test_peak_rss_is_the_programs_own(self):
        big = bytearray(256 << 20)   # this process: > 256 MiB resident
        big[::4096] = b"x" * len(big[::4096])
        prog = os.path.join(self.tmp.name, "p.py")
        with open(prog, "w") as f:
            f.write("x = [1, 2, 3]\nprint('checksum', len(x))\n")
        for rt in ("gen", benchlib.CPYTHON):
            rec = benchlib.run_measured(rt, prog, [], GCLAB, PY)
            self.assertLess(rec["peak_rss_bytes"], 128 << 20, rt)
            self.assertGreater(rec["peak_rss_bytes"], 0, rt)
        del big


if __name__ == "__main__":
    unittest.main(verbosity=2)
