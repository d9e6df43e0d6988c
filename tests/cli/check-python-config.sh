#!/bin/sh
# check-python-config.sh GCLAB SRC -- a `runtime = python` configuration
# end to end: an experiment with gclab's gen and the python3 found in PATH
# (bookworm's CPython 3.11, installed by scripts/setup.sh) side by side;
# every run ok, the CPython rows carry the figures derived from its trace
# (percentiles, MMU), start-up apart, and the report's table and charts
# hold both.  Exit 77 (ctest: skipped) when no python3 is in PATH.
set -u
gclab=$1; src=$2
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3 in PATH"; exit 77; }
tmpd=$(mktemp -d); trap 'rm -rf "$tmpd"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cat > "$tmpd/py.ini" <<INI
[experiment]
name = py
repeats = 2
timeout = 60
workloads_dir = $src/workloads

[workload churn]
file = cycle_churn.py
args = 4000 1000 3 {seed}

[config gen]
collector = gen

[config cpython]
runtime = python
python = python3
thresholds = 500,10,10
INI
"$gclab" experiment "$tmpd/py.ini" -o "$tmpd/res" --progress none -j 2 2>"$tmpd/err"
rc=$?
[ $rc = 0 ] || { fail "experiment exit $rc"; cat "$tmpd/err"; }
d=$(ls -d "$tmpd"/res/py/*/ | head -1)
cmd=$(cat "$d/runs/churn+cpython+0/cmd")
case $cmd in
    *cpython_gcstats.py\ --threshold\ 500,10,10\ --stats*) ;;
    *) fail "the CPython run's command: $cmd" ;;
esac
# the interpreter itself, never a version manager's shim
exe=$(python3 -c 'import sys; print(sys.executable)')
case $cmd in "$exe "*) ;; *) fail "the run does not start $exe: $cmd" ;; esac
grep -q '"startup_s": [0-9]' "$d/runs/churn+cpython+0/stats.json" || fail "no startup_s in the CPython stats"
grep -q '"threshold": \[' "$d/runs/churn+cpython+0/stats.json" || fail "no thresholds recorded"
python3 - "$d/runs/churn+cpython+0/stats.json" <<'PY' || fail "thresholds not applied"
import json, sys
assert json.load(open(sys.argv[1]))["config"]["threshold"] == [500, 10, 10]
PY
# summary: both configurations, the CPython one with derived percentiles and MMU
python3 - "$d/summary.csv" <<'PY' || fail "summary.csv lacks the CPython figures"
import csv, sys
rows = {r["config"]: r for r in csv.DictReader(open(sys.argv[1]))}
assert set(rows) == {"gen", "cpython"}, rows.keys()
c = rows["cpython"]
for k in ("wall_s", "gc_s", "gc_share", "pause_p50_ms", "pause_p99_ms", "mmu_10ms", "peak_rss_bytes", "startup_s"):
    assert c[k + "_median"] != "", k
assert rows["gen"]["startup_s_median"] == ""
assert float(c["startup_s_median"]) > 0
PY
grep -q '| churn | cpython |' "$d/report.md" || fail "report.md has no cpython row"
for chart in churn-pause-cdf churn-mmu churn-pause-timeline gc-time max-pause peak-memory; do
    grep -q "title 'cpython" "$d/charts/$chart.gp" || fail "chart $chart lacks cpython"
done
# the headline table: ratios to the spec's first configuration (gen), or to --baseline
grep -q '^| churn | cpython | [0-9.e-]* ([0-9.]*x) |' "$d/report.md" || { fail "headline row of cpython"; grep churn "$d/report.md"; }
"$gclab" report "$d" --no-charts --baseline cpython --ci 2>"$tmpd/err" || fail "report --baseline cpython --ci"
grep -q '^| churn | gen | [0-9.e-]* \[[0-9.e-]*, [0-9.e-]*\] ([0-9.]*x \[' "$d/report.md" || { fail "headline with --ci"; grep churn "$d/report.md"; }
"$gclab" report "$d" --no-charts --baseline nosuch 2>"$tmpd/err"; rc=$?
[ $rc = 2 ] && grep -q "baseline nosuch: no such configuration" "$tmpd/err" || fail "report --baseline nosuch: exit $rc"
"$gclab" compare "$d" --baseline gen --metric wall_s,pause_p99_ms >"$tmpd/cmp" 2>&1 || fail "compare"
grep -q "cpython" "$tmpd/cmp" || fail "compare lacks cpython"
if [ $fails = 0 ]; then echo "python-config: all checks passed"; exit 0; fi
exit 1
