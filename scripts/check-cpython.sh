#!/bin/sh
# check-cpython.sh -- re-run every conformance program and every error
# program under a CPython 3.11 and check that the recorded expectations
# still hold, so that they stay CPython's (the ctest test "cpython").
#
#   scripts/check-cpython.sh PYTHON
#
# Error programs with a NAME.subset file are skipped: CPython accepts them;
# so are the programs tests/conformance/PATCHLEVEL lists for an older 3.11.
set -u
if [ $# -ne 1 ]; then
    echo "usage: check-cpython.sh PYTHON" >&2
    exit 2
fi
py=$1
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
    out=$(sh "$check" -e -c "$here/tests/errors" "$name" "$py"); rc=$?
    [ $rc -eq 0 ] || [ $rc -eq 77 ] || echo "$out"
    tally $rc
done
echo "cpython: $pass passed, $failed failed, $skipped skipped (outside the subset), $older skipped (3.11.$micro prints them differently: PATCHLEVEL)"
[ "$failed" -eq 0 ]
