#!/bin/sh
# record-conformance.sh -- (re)record the expected results of the
# conformance programs from CPython 3.11, so they are never hand-written.
#
#   scripts/record-conformance.sh            # every tests/conformance/*.py
#   scripts/record-conformance.sh NAME ...   # only these (NAME or NAME.py)
#
# For each NAME.py, run as `python3 NAME.py` from inside tests/conformance:
#   NAME.out     exact stdout
#   NAME.status  exit status        } only when the status is not 0
#   NAME.err     last line of stderr}
#   NAME.stderr  the whole stderr, only when NAME.stderr already exists
# Helper modules (*_mod.py) are not programs and are skipped.
# PYTHON overrides the interpreter; it must report version 3.11.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dir="$here/tests/conformance"
PYTHON=${PYTHON:-python3}
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "record-conformance: $PYTHON is Python $ver, need 3.11" >&2
    exit 2
fi
cd "$dir"
if [ $# -eq 0 ]; then
    set -- $(ls *.py | grep -v '_mod\.py$')
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for name in "$@"; do
    name=${name%.py}
    if [ ! -f "$name.py" ]; then
        echo "record-conformance: no $dir/$name.py" >&2
        exit 2
    fi
    status=0
    sh "$here/scripts/clean-env.sh" "$PYTHON" "$name.py" >"$name.out" 2>"$tmp" || status=$?
    rm -f "$name.status" "$name.err"
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$name.status"
        # last line of stderr (empty when the program wrote nothing there)
        tail -n 1 "$tmp" >"$name.err"
        [ -s "$name.err" ] || : >"$name.err"
    fi
    # NAME.stderr is opt-in (create it empty once): the whole stderr
    # with file names relative to the directory, so that it holds anywhere
    [ -f "$name.stderr" ] && sed "s|File \"$PWD/|File \"|" "$tmp" >"$name.stderr"
    echo "recorded $name (status $status)"
done
