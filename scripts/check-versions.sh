#!/bin/sh
# check-versions.sh -- run the whole conformance corpus under other CPython
# versions and list the programs whose output differs from the recorded
# CPython 3.11 expectations (stdout, exit status, last stderr line and,
# where recorded, the whole stderr), so that docs/conformance.md can say
# which version each behaviour follows.  Not a test: the expectations are
# 3.11's by definition.
#
#   scripts/check-versions.sh [-v] [-t FILE] [PYTHON...]
#
# Default interpreters: /root/.pyenv/versions/3.10.*, 3.12.*, 3.13.* (each
# that exists).  Prints one line per differing program and version, then a
# summary per version; -v also prints the first lines of each difference.
# -t FILE writes the same result machine-readably (the skeleton of the
# table in docs/conformance.md, read by scripts/check-versions-doc.sh):
# one tab-separated line per differing program and version,
#
#   VERSION  NAME  KIND  DETAIL
#
# KIND is what differs first (stdout, status, stderr-last, stderr) and
# DETAIL the first differing line as `line N: EXPECTED => GOT` (for stdout
# and stderr; `no line diff: ...` when diff sees a binary file) or
# check-program.sh's message; tabs become spaces.  After
# each interpreter's lines, `#ran VERSION FULL_VERSION PROGRAMS DIFFERING`
# (tab-separated) says that it ran, so a version where nothing differs is
# still known to have been checked.  The file
# is written once every interpreter has run (atomically: a temporary file
# renamed), and only when at least one interpreter was found.
# Exit status: 0 (differences are the expected outcome), 77 when no
# interpreter is found, 2 on bad usage.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
check="$here/scripts/check-program.sh"
verbose=0
tsv=
while [ $# -gt 0 ]; do
    case "$1" in
        -v) verbose=1; shift ;;
        -t) [ $# -ge 2 ] || { echo "check-versions.sh: -t needs a FILE" >&2; exit 2; }
            tsv=$2; shift 2 ;;
        -*) echo "usage: check-versions.sh [-v] [-t FILE] [PYTHON...]" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -eq 0 ]; then
    for v in 3.10 3.12 3.13; do
        for p in /root/.pyenv/versions/"$v".*/bin/python3; do
            [ -x "$p" ] && set -- "$@" "$p"
        done
    done
fi
if [ $# -eq 0 ]; then
    echo "check-versions.sh: no CPython 3.10/3.12/3.13 found under /root/.pyenv/versions (pass interpreters as arguments)" >&2
    exit 77
fi
tmp=
if [ -n "$tsv" ]; then
    tmp=$(mktemp "$tsv.XXXXXX") || exit 2
    trap 'rm -f "$tmp"' EXIT
fi

# first_diff KIND: reads check-program.sh's failure report on stdin and
# prints KIND<TAB>DETAIL (the first hunk's first expected and got lines).
first_diff() {
    awk -v OFS='\t' '
        function clean(s) { gsub(/\t/, " ", s); return s }
        NR == 1 {
            kind = "status"
            if ($0 ~ /: stdout differs/) kind = "stdout"
            else if ($0 ~ /: stderr differs/) kind = "stderr"
            else if ($0 ~ /: last stderr line/) kind = "stderr-last"
            msg = $0; sub(/^FAIL [^:]*: /, "", msg)
            next
        }
        kind != "stdout" && kind != "stderr" { next }
        NR == 2 { second = $0 }
        hunk == "" && /^[0-9]/ { hunk = $0; sub(/[acd].*/, "", hunk); sub(/,.*/, "", hunk); next }
        !nw && /^< / { want = substr($0, 3); nw = 1; next }
        !nh && /^> / { have = substr($0, 3); nh = 1; next }
        /^--- stderr:/ { exit }
        END {
            if ((kind == "stdout" || kind == "stderr") && hunk == "") {
                # no line diff: `diff` found a binary file (a NUL byte...)
                msg = "no line diff: " second
            } else if (kind == "stdout" || kind == "stderr") {
                if (!nw) want = "(nothing)"
                if (!nh) have = "(nothing)"
                msg = "line " hunk ": " want " => " have
            }
            print kind, clean(msg)
        }'
}

for py in "$@"; do
    ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || {
        echo "check-versions.sh: cannot run $py" >&2; exit 2; }
    n=0
    differ=0
    names=
    full=$("$py" -c 'import platform; print(platform.python_version())')
    for f in "$here"/tests/conformance/*.py; do
        name=$(basename "$f" .py)
        case "$name" in *_mod) continue ;; esac
        n=$((n + 1))
        if ! out=$(PYTHONHASHSEED=0 sh "$check" -c "$here/tests/conformance" "$name" "$py" 2>&1); then
            differ=$((differ + 1))
            names="$names $name"
            echo "$ver $name"
            [ $verbose -eq 1 ] && echo "$out" | sed -n '2,8p' | sed 's/^/    /'
            [ -n "$tmp" ] && printf '%s\t%s\t%s\n' "$ver" "$name" "$(echo "$out" | first_diff)" >>"$tmp"
        fi
    done
    echo "== Python $ver: $differ of $n programs differ from 3.11:$names"
    [ -n "$tmp" ] && printf '#ran\t%s\t%s\t%s\t%s\n' "$ver" "$full" "$n" "$differ" >>"$tmp"
done
if [ -n "$tmp" ]; then
    mv "$tmp" "$tsv" || exit 2
    trap - EXIT
fi
exit 0
