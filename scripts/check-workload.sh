#!/bin/sh
# check-workload.sh -- run one workload and compare its stdout with the
# recorded CPython output.
#
#   check-workload.sh [-1] EXPECTED CMD [ARGS...]
#
# Runs CMD ARGS... in the current directory; passes when it exits 0 and its
# stdout equals the file EXPECTED byte for byte (with -1: its first line
# equals EXPECTED's first line -- workloads/EXCUSED).
set -u
first=0
if [ "${1:-}" = "-1" ]; then
    first=1
    shift
fi
if [ $# -lt 2 ]; then
    echo "usage: check-workload.sh [-1] EXPECTED CMD [ARGS...]" >&2
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
if [ "$first" = 1 ]; then
    head -n 1 "$expected" >"$tmpd/want"
    head -n 1 "$tmpd/out" >"$tmpd/got"
    if ! cmp -s "$tmpd/got" "$tmpd/want"; then
        echo "FAIL: '$*': first line differs from $expected's (expected vs got):"
        diff -a "$tmpd/want" "$tmpd/got"
        exit 1
    fi
    echo "PASS: $* (first line: workloads/EXCUSED)"
    exit 0
fi
if ! cmp -s "$tmpd/out" "$expected"; then
    echo "FAIL: '$*': stdout differs from $expected (expected vs got):"
    diff -a "$expected" "$tmpd/out" | head -n 20
    exit 1
fi
echo "PASS: $*"
