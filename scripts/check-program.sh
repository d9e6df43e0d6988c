#!/bin/sh
# check-program.sh -- run one conformance or error program under an
# interpreter and compare with its recorded expectations.
#
#   check-program.sh [-e] [-c] [-g COLLECTOR [-s]] DIR NAME CMD [ARGS...]
#
# Runs `CMD ARGS... NAME.py` with DIR as the working directory.
#
# Conformance mode (default), expectations recorded from CPython 3.11:
#   stdout must equal NAME.out byte for byte;
#   the exit status must equal NAME.status (0 when there is no such file);
#   when it is not 0, the last stderr line must equal NAME.err;
#   when NAME.stderr exists, the whole stderr must equal it (tracebacks).
# Error mode (-e), for tests/errors: the program must fail (status != 0);
#   the last stderr line must equal NAME.err1, and the line number reported
#   (the last `File "...", line N` on stderr, as CPython prints it) must
#   equal NAME.line.  When NAME.subset exists (a construct CPython accepts
#   but our subset rejects) only the exception class of NAME.err1 and the
#   line are compared.
# -c (CPython mode): skip NAME.subset programs (with -e), whose expectation
#   is ours and not CPython's, ignore NAME.flags, and run CMD in a clean
#   environment (scripts/clean-env.sh: no PYTHON* variable but
#   PYTHONHASHSEED reaches it).
# -g COLLECTOR: run under `--gc COLLECTOR` instead of the options of
#   NAME.flags (the per-collector runs of the corpus).
# -s (smoke, with -g): the program's output is excused under this
#   collector (tests/conformance/EXCUSED says why); it must still run to
#   its end without crashing: no signal, no sanitizer report, and its
#   recorded exit status.
# NAME.flags (conformance mode): gclab runtime options for this program,
#   one line, inserted before NAME.py (e.g. `--gc gen` for programs whose
#   output depends on the collector: gc.collect() counts, thresholds).
# Exit status: 0 pass, 1 mismatch (a diff is printed), 77 skipped.
set -u
errmode=0
cpython=0
collector=
smoke=0
while [ $# -gt 0 ]; do
    case "$1" in
        -e) errmode=1; shift ;;
        -c) cpython=1; shift ;;
        -g) collector=$2; shift 2 ;;
        -s) smoke=1; shift ;;
        *) break ;;
    esac
done
if [ $# -lt 3 ]; then
    echo "usage: check-program.sh [-e] [-c] [-g COLLECTOR [-s]] DIR NAME CMD [ARGS...]" >&2
    exit 2
fi
dir=$1
name=${2%.py}
shift 2
scripts=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 2
tmpd=$(mktemp -d)
trap 'rm -rf "$tmpd"' EXIT
fail() {
    echo "FAIL $name: $*"
    exit 1
}

if [ "$errmode" -eq 1 ] && [ "$cpython" -eq 1 ] && [ -f "$name.subset" ]; then
    echo "SKIP $name: outside our subset, CPython accepts it"
    exit 77
fi

flags=
if [ -n "$collector" ]; then
    flags="--gc $collector"
elif [ "$errmode" -eq 0 ] && [ "$cpython" -eq 0 ] && [ -f "$name.flags" ]; then
    flags=$(cat "$name.flags")
fi

if [ "$cpython" -eq 1 ]; then
    set -- sh "$scripts/clean-env.sh" "$@"
fi
status=0
# $flags is split into words on purpose (one option per word).
# shellcheck disable=SC2086
"$@" $flags "$name.py" >"$tmpd/out" 2>"$tmpd/err" </dev/null || status=$?
lasterr=$(tail -n 1 "$tmpd/err")

if [ "$smoke" -eq 1 ]; then
    want_status=0
    [ -f "$name.status" ] && want_status=$(cat "$name.status")
    if grep -q -e "Sanitizer" -e "runtime error:" "$tmpd/err"; then
        echo "FAIL $name: sanitizer report under --gc $collector:"; grep -m 5 -e "Sanitizer" -e "runtime error:" "$tmpd/err"
        exit 1
    fi
    # A Python exception (status 1, a traceback) is an outcome of the
    # excused difference (e.g. indexing a list only a cycle collection
    # fills); a signal, an abort or an internal error is a crash.
    [ "$status" -eq "$want_status" ] || { [ "$status" -eq 1 ] && grep -q "^Traceback" "$tmpd/err"; } ||
        fail "exit status $status under --gc $collector (output excused, crash not), expected $want_status; stderr ends: $lasterr"
    echo "PASS $name (smoke under --gc $collector: output excused, see EXCUSED)"
    exit 0
fi

if [ "$errmode" -eq 0 ]; then
    want_status=0
    [ -f "$name.status" ] && want_status=$(cat "$name.status")
    if ! cmp -s "$tmpd/out" "$name.out"; then
        echo "FAIL $name: stdout differs (expected vs got):"
        diff -a "$name.out" "$tmpd/out" | head -n 40   # -a: a program may print control bytes
        echo "--- stderr:"; tail -n 5 "$tmpd/err"
        exit 1
    fi
    [ "$status" -eq "$want_status" ] ||
        fail "exit status $status, expected $want_status; stderr ends: $lasterr"
    if [ "$status" -ne 0 ]; then
        want_err=$(cat "$name.err")
        [ "$lasterr" = "$want_err" ] ||
            fail "last stderr line '$lasterr', expected '$want_err'"
    fi
    # file names relative to DIR, as recorded (CPython prints them absolute)
    sed "s|File \"$PWD/|File \"|" "$tmpd/err" >"$tmpd/err.rel"
    if [ -f "$name.stderr" ] && ! cmp -s "$tmpd/err.rel" "$name.stderr"; then
        echo "FAIL $name: stderr differs (expected vs got):"
        diff -a "$name.stderr" "$tmpd/err.rel" | head -n 40
        exit 1
    fi
    echo "PASS $name"
    exit 0
fi

# error mode
[ "$status" -ne 0 ] || fail "program was accepted (status 0), expected an error"
want_err=$(cat "$name.err1")
want_line=$(cat "$name.line")
got_line=$(grep -o 'File "[^"]*", line [0-9][0-9]*' "$tmpd/err" | tail -n 1 | sed 's/.*line //')
if [ -f "$name.subset" ]; then
    want_class=${want_err%%:*}
    got_class=${lasterr%%:*}
    [ "$got_class" = "$want_class" ] ||
        fail "error class '$got_class' ('$lasterr'), expected '$want_class'"
else
    [ "$lasterr" = "$want_err" ] ||
        fail "last stderr line '$lasterr', expected '$want_err'"
fi
[ "$got_line" = "$want_line" ] ||
    fail "reported line '$got_line', expected '$want_line'"
echo "PASS $name"
exit 0
