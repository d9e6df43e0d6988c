#!/bin/sh
# record-errors.sh -- (re)record the expectations of tests/errors from
# CPython 3.11: for each NAME.py, run `python3 NAME.py` in tests/errors and
# write NAME.err1 (the last stderr line, error class and message) and
# NAME.line (the line number CPython reports: the last `File "...", line N` on stderr).
#
#   scripts/record-errors.sh [NAME ...]
#
# Programs with a NAME.subset file are valid Python that our subset rejects:
# their .err1/.line are hand-written (the .subset file says why) and are
# never overwritten here.  PYTHON overrides the interpreter (must be 3.11).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/tests/errors"
PYTHON=${PYTHON:-python3}
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "record-errors: $PYTHON is Python $ver, need 3.11" >&2
    exit 2
fi
[ $# -gt 0 ] || set -- *.py
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for name in "$@"; do
    name=${name%.py}
    if [ -f "$name.subset" ]; then
        echo "kept $name (hand-written, see $name.subset)"
        continue
    fi
    status=0
    sh "$here/scripts/clean-env.sh" "$PYTHON" "$name.py" >/dev/null 2>"$tmp" || status=$?
    if [ "$status" -eq 0 ]; then
        echo "record-errors: $name.py was accepted by $PYTHON" >&2
        exit 1
    fi
    tail -n 1 "$tmp" >"$name.err1"
    grep -o 'File "[^"]*", line [0-9][0-9]*' "$tmp" | tail -n 1 | sed 's/.*line //' >"$name.line"
    echo "recorded $name: line $(cat "$name.line"): $(cat "$name.err1")"
done
