#!/bin/sh
# check-versions.sh -- run the whole conformance corpus under other CPython
# versions and list the programs whose output differs from the recorded
# CPython 3.11 expectations (stdout, exit status, last stderr line and,
# where recorded, the whole stderr), so that docs/conformance.md can say
# which version each behaviour follows.  Not a test: the expectations are
# 3.11's by definition.
#
#   scripts/check-versions.sh [PYTHON...]
#
# Default interpreters: /root/.pyenv/versions/3.10.*, 3.12.*, 3.13.* (each
# that exists).  Prints one line per differing program and version, then a
# summary per version; -v (first argument) also prints the first lines of
# each stdout diff.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
check="$here/scripts/check-program.sh"
verbose=0
if [ "${1:-}" = "-v" ]; then
    verbose=1
    shift
fi
if [ $# -eq 0 ]; then
    for v in 3.10 3.12 3.13; do
        for p in /root/.pyenv/versions/$v.*/bin/python3; do
            [ -x "$p" ] && set -- "$@" "$p"
        done
    done
fi
for py in "$@"; do
    ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    n=0
    differ=0
    names=
    for f in "$here"/tests/conformance/*.py; do
        name=$(basename "$f" .py)
        case "$name" in *_mod) continue ;; esac
        n=$((n + 1))
        out=$(PYTHONHASHSEED=0 sh "$check" -c "$here/tests/conformance" "$name" "$py" 2>&1)
        if [ $? -ne 0 ]; then
            differ=$((differ + 1))
            names="$names $name"
            echo "$ver $name"
            [ $verbose -eq 1 ] && echo "$out" | sed -n '2,8p' | sed 's/^/    /'
        fi
    done
    echo "== Python $ver: $differ of $n programs differ from 3.11:$names"
done
