#!/bin/sh
# check-cpython.sh -- re-run every conformance program and every error
# program under a CPython 3.11 and check that the recorded expectations
# still hold, so that they stay CPython's (the ctest tests "cpython/N").
#
#   scripts/check-cpython.sh PYTHON [SHARD COUNT]
#
# With SHARD and COUNT, only every COUNT-th program from the SHARD-th on
# (0-based, over the conformance then the error programs) is checked, so
# that ctest can run the shards in parallel and each stays far from its
# time limit on a loaded machine.
#
# Error programs with a NAME.subset file are skipped: CPython accepts them;
# so are the programs tests/conformance/PATCHLEVEL lists for an older 3.11.
set -u
if [ $# -ne 1 ] && [ $# -ne 3 ]; then
    echo "usage: check-cpython.sh PYTHON [SHARD COUNT]" >&2
    exit 2
fi
py=$1
shard=${2:-0}
count=${3:-1}
case "$shard$count" in
    *[!0-9]*) echo "check-cpython.sh: SHARD and COUNT must be numbers" >&2; exit 2 ;;
esac
if [ "$count" -lt 1 ] || [ "$shard" -ge "$count" ]; then
    echo "check-cpython.sh: need 0 <= SHARD < COUNT" >&2
    exit 2
fi
index=-1
mine() {
    index=$((index + 1))
    [ $((index % count)) -eq "$shard" ]
}
here=$(cd "$(dirname "$0")/.." && pwd)
# tests/conformance/PATCHLEVEL: programs an older 3.11 release prints
# differently from the recorded 3.11.7 output, with the first micro version
# that prints it
micro=$("$py" -c 'import sys; print(sys.version_info[2])')
patchlevel="$here/tests/conformance/PATCHLEVEL"
too_old() {
    need=$(awk -v n="$1" '$1 == n { print $2 }' "$patchlevel")
    [ -n "$need" ] && [ "$micro" -lt "$need" ]
}
check="$here/scripts/check-program.sh"
pass=0
failed=0
skipped=0
older=0
tally() {
    case "$1" in
        0) pass=$((pass + 1)) ;;
        77) skipped=$((skipped + 1)) ;;
        *) failed=$((failed + 1)) ;;
    esac
}
for f in "$here"/tests/conformance/*.py; do
    name=$(basename "$f" .py)
    case "$name" in *_mod) continue ;; esac
    mine || continue
    if too_old "$name"; then
        older=$((older + 1))
        continue
    fi
    out=$(sh "$check" -c "$here/tests/conformance" "$name" "$py"); rc=$?
    [ $rc -eq 0 ] || echo "$out"
    tally $rc
done
for f in "$here"/tests/errors/*.py; do
    name=$(basename "$f" .py)
    mine || continue
    out=$(sh "$check" -e -c "$here/tests/errors" "$name" "$py"); rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 77 ] || echo "$out"
    tally $rc
done
echo "cpython (shard $shard of $count): $pass passed, $failed failed, $skipped skipped (outside the subset), $older skipped (3.11.$micro prints them differently: PATCHLEVEL)"
[ "$failed" -eq 0 ]
