#!/bin/sh
# check-gc-independence.sh -- prove that the workloads' recorded outputs do
# not depend on when garbage is reclaimed: re-run every workload at its
# SMALL size under CPython with the cycle collector disabled and with
# thresholds 1 and 5 (collections at almost every allocation), and compare
# with workloads/expected/NAME.small.out.  (A CPython-only harness: it uses
# runpy, which is outside the workload subset.)
#
#   scripts/check-gc-independence.sh [PYTHON]
set -u
py=${1:-${PYTHON:-python3}}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/workloads"
runner=$(mktemp)
trap 'rm -f "$runner"' EXIT
cat >"$runner" <<'PYEOF'
import gc, sys, runpy
mode = sys.argv[1]
if mode == "off":
    gc.disable()
else:
    gc.set_threshold(int(mode), 2, 2)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
PYEOF
failed=0
grep -v '^#' small.txt | grep -v '^[[:space:]]*$' > "$runner.list"
while read -r name args; do
    for mode in off 1 5; do
        # $args is split into words on purpose: it is the argv list
        if ! sh "$here/scripts/clean-env.sh" "$py" "$runner" "$mode" "$name.py" $args | cmp -s - "expected/$name.small.out"; then
            echo "FAIL $name with gc $mode"
            failed=1
        fi
    done
done < "$runner.list"
rm -f "$runner.list"
[ "$failed" -eq 0 ] && echo "all workload outputs are independent of collection timing"
exit "$failed"
