#!/bin/sh
# check-workload.sh -- run one workload and compare its stdout with the
# recorded CPython output.
#
#   check-workload.sh EXPECTED CMD [ARGS...]
#
# Runs CMD ARGS... in the current directory; passes when it exits 0 and its
# stdout equals the file EXPECTED byte for byte.
set -u
if [ $# -lt 2 ]; then
    echo "usage: check-workload.sh EXPECTED CMD [ARGS...]" >&2
    exit 2
fi
expected=$1
shift
tmpd=$(mktemp -d)
trap 'rm -rf "$tmpd"' EXIT
status=0
"$@" >"$tmpd/out" 2>"$tmpd/err" </dev/null || status=$?
if [ "$status" -ne 0 ]; then
    echo "FAIL: '$*' exited with status $status; stderr ends:"
    tail -n 5 "$tmpd/err"
    exit 1
fi
if ! cmp -s "$tmpd/out" "$expected"; then
    echo "FAIL: '$*': stdout differs from $expected (expected vs got):"
    diff "$expected" "$tmpd/out" | head -n 20
    exit 1
fi
echo "PASS: $*"
