"""benchlib.py -- what the side-by-side benchmark scripts share.

Imported by scripts/bench-collectors.py, scripts/bench-gcpause.py and
scripts/bench-vm.py (python3 standard library only).  One way to: find the
real CPython behind a pyenv shim, check the gclab binary, run a program
under `gclab run --stats --trace` or under CPython through
scripts/cpython_gcstats.py (which writes the same two files), read those
files into one record, compute percentiles as the lab does, format a
Markdown table, describe the machine, and put a generated section into a
docs page atomically.

Invariants: a failed run raises BenchError (the scripts turn it into a
message and exit status 1), never a half-filled record; a docs page is
replaced by rename only, so an interrupted write leaves the old page.
"""
import csv
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = os.path.join(ROOT, "workloads")
WRAPPER = os.path.join(ROOT, "scripts", "cpython_gcstats.py")
CPYTHON = "cpython"          # the runtime name CPython rows get in the tables


class BenchError(Exception):
    """A run failed, an interpreter or binary is missing, or outputs disagree."""


def die(msg):
    print(f"{os.path.basename(sys.argv[0])}: {msg}", file=sys.stderr)
    sys.exit(1)


def real_python(path):
    """(executable, version) of the interpreter `path` starts: a pyenv shim
    resolves to the real one, whose start-up is not inflated by the shim."""
    try:
        out = subprocess.run([path, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise BenchError(f"python interpreter '{path}' cannot be run: {e}")
    if out.returncode != 0 or len(out.stdout.split()) != 2:
        raise BenchError(f"python interpreter '{path}' failed (exit {out.returncode}): "
                         f"{out.stderr.strip()[-300:]}")
    exe, version = out.stdout.split()
    return exe, version


def check_gclab(path):
    """The gclab binary, checked to exist and run; its version string."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise BenchError(f"gclab binary '{path}' not found or not executable (build it: scripts/setup.sh release)")
    out = subprocess.run([path, "--version"], capture_output=True, text=True)
    if out.returncode != 0:
        raise BenchError(f"'{path} --version' failed (exit {out.returncode})")
    return out.stdout.strip()


def percentile(values, p):
    """Linear interpolation between closest ranks (numpy's default, the one
    the lab uses for pause percentiles: docs/experiments.md); None if empty."""
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def median(values):
    vals = [x for x in values if x is not None]
    return statistics.median(vals) if vals else None


def read_trace(path):
    """Collections and rc cascades of a trace CSV (docs/telemetry.md format):
    {"collections": [(generation, duration_ns), ...], "cascades": [duration_ns, ...],
     "collections_cpu": [(generation, cpu_ns), ...] (empty when the trace has no pause_cpu_ns)}.
    Only the program's window: rows that start at or after the `teardown`
    mark (gclab's interpreter shutdown, whose two full collections are
    CPython's two in finalize_modules, which run no gc.callbacks and so are
    not in the wrapper's trace) are left out, as the stats and
    lab_trace_load leave them out."""
    colls, cascades, cpu, teardown = [], [], [], None
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["kind"] == "mark" and row["collector"] == "teardown":
            teardown = int(row["start_ns"])
    for row in rows:
        if teardown is not None and int(row["start_ns"]) >= teardown:
            continue
        dur = int(row["end_ns"]) - int(row["start_ns"])
        if row["kind"] == "collection":
            colls.append((int(row["generation"] or 0), dur))
            if row.get("pause_cpu_ns"):
                cpu.append((int(row["generation"] or 0), int(row["pause_cpu_ns"])))
        elif row["kind"] == "rc-cascade":
            cascades.append(dur)
    return {"collections": colls, "cascades": cascades, "collections_cpu": cpu}


def _record(stats_path, trace_path, stdout, cmd):
    try:
        with open(stats_path) as f:
            st = json.load(f)
        tr = read_trace(trace_path)
    except (OSError, ValueError, KeyError) as e:
        raise BenchError(f"'{' '.join(cmd)}': unreadable stats or trace: {e}")
    pauses = [d for _, d in tr["collections"]]
    return {
        "stdout": stdout,
        "wall_s": st["wall_s"],
        "cpu_s": st.get("cpu_s"),
        "peak_rss_bytes": st["peak_rss_bytes"],
        # Collections only: refcount frees are not collections, in CPython
        # as in our rc/gen (their cascades are kept apart, below).
        "collections": len(pauses),
        "gc_s": sum(pauses) / 1e9,
        "max_pause_ms": max(pauses) / 1e6 if pauses else None,
        "pauses": tr["collections"],
        "pauses_cpu": tr["collections_cpu"],
        "cascades": tr["cascades"] if st.get("cascade_s") is not None else None,
    }


def _run(cmd, cwd, stats, trace, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"'{' '.join(cmd)}' timed out after {timeout} s")
    if p.returncode != 0:
        raise BenchError(f"'{' '.join(cmd)}' exited with status {p.returncode}: {p.stderr.strip()[-500:]}")
    return _record(stats, trace, p.stdout, cmd)


def run_measured(runtime, program, args, gclab, python, gclab_flags=(), timeout=3600):
    """Run `program args` once under `runtime` (a collector name, or CPYTHON)
    with stats and trace recorded; the record of _record()."""
    with tempfile.TemporaryDirectory(prefix="gclab-bench-") as tmp:
        stats, trace = os.path.join(tmp, "s.json"), os.path.join(tmp, "t.csv")
        if runtime == CPYTHON:
            cmd = [python, WRAPPER, "--stats", stats, "--trace", trace, program, *args]
        else:
            cmd = [gclab, "run", "--gc", runtime, *gclab_flags, "--stats", stats, "--trace", trace,
                   program, *args]
        return _run(cmd, os.path.dirname(program), stats, trace, timeout)


def checksum_line(stdout):
    """The last line of a workload's output with the word 'checksum' in it."""
    lines = [ln for ln in stdout.splitlines() if "checksum" in ln.split()]
    return lines[-1] if lines else None


def alternating(items, r):
    """Run order of repeat r: forwards on even repeats, backwards on odd,
    so drift on the machine hits every runtime alike."""
    return list(items) if r % 2 == 0 else list(reversed(items))


def fmt(v, digits=3):
    return "-" if v is None else f"{v:.{digits}f}"


def md_table(headers, rows, right=()):
    """A Markdown table; columns whose index is in `right` align right."""
    out = ["| " + " | ".join(headers) + " |",
           "| " + " | ".join("---:" if i in right else "---" for i in range(len(headers))) + " |"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def machine(gclab_version, python_exe, python_version):
    """One paragraph: CPU, cores, memory, OS, load, versions, commit, date."""
    model, mem = platform.processor() or "unknown CPU", "?"
    try:
        with open("/proc/cpuinfo") as f:
            for ln in f:
                if ln.startswith("model name"):
                    model = ln.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 2**20:.0f} GiB"
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip() or "?"
    except OSError:
        commit = "?"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"Machine: {model}, {os.cpu_count()} CPUs, {mem}, {platform.system()} {platform.release()}; "
            f"load average at start {load}.  {gclab_version} (commit {commit}), "
            f"CPython {python_version} ({python_exe}).  "
            f"Date: {datetime.date.today().isoformat()}.")


def write_section(path, name, text):
    """Put `text` into `path` between the markers of section `name`: replace
    the section if the page has it, append it otherwise, create the page if
    missing.  Written to a temporary file in the same folder, synced, then
    renamed over the page."""
    begin, end = f"<!-- {name}: begin (generated; do not edit) -->", f"<!-- {name}: end -->"
    block = f"{begin}\n{text.rstrip()}\n{end}\n"
    try:
        with open(path) as f:
            old = f.read()
    except FileNotFoundError:
        old = None
    if old is None:
        new = block
    elif begin in old and end in old:
        head, rest = old.split(begin, 1)
        tail = rest.split(end, 1)[1]
        new = head + block + (tail[1:] if tail.startswith("\n") else tail)
    else:
        new = old.rstrip("\n") + "\n\n" + block
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".bench-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(new)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def add_common_options(ap, section):
    """The options every side-by-side script takes."""
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--python", default="python3", help="CPython to compare with (a pyenv shim is resolved)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each runtime (default %(default)s)")
    ap.add_argument("--gclab-flags", default="", help="extra `gclab run` options, e.g. '--arena-size 1M'")
    ap.add_argument("--out", help="Markdown page to put the tables into")
    ap.add_argument("--section", default=section,
                    help="name of the marked section of --out to replace (default %(default)s)")


def start(a):
    """Check the binary and the interpreter (exit 1 with a message if either
    is missing); the heading lines of the tables: command, machine, load."""
    try:
        gclab_version = check_gclab(a.gclab)
        py, py_version = real_python(a.python)
    except BenchError as e:
        die(str(e))
    cmd = f"scripts/{os.path.basename(sys.argv[0])} {shlex.join(sys.argv[1:])}".strip()
    head = [f"`{cmd}`", "", machine(gclab_version, py, py_version), ""]
    load1, ncpu = os.getloadavg()[0], os.cpu_count() or 1
    if load1 >= 0.5 * ncpu:     # half the CPUs busy already: other tenants are in the timings
        head += [f"**Measured under load** (load average {load1:.2f} on {ncpu} CPUs): wall times "
                 "are noisy, CPU times less so; re-run on a quiet machine.", ""]
    return py, py_version, head


def finish(a, text, failures):
    """Print the tables; then either report the failures (exit status 1,
    --out untouched) or write --out.  The script's exit status."""
    print(text)
    if failures:
        for f in failures:
            print(f"FAILED: {f}", file=sys.stderr)
        if a.out:
            print(f"{a.out} not written", file=sys.stderr)
        return 1
    if a.out:
        write_section(a.out, a.section, text)
        print(f"wrote {a.out}", file=sys.stderr)
    return 0
