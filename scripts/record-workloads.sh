#!/bin/sh
# record-workloads.sh -- (re)record workloads/expected/NAME.small.out, the
# stdout of each workload at its SMALL size (workloads/small.txt) under
# CPython 3.11.  The workload tests compare gclab's output with these.
# With --set SET: the set in the folder workloads/SET/ (heldout, unseen:
# its small.txt, its expected/).
#
#   scripts/record-workloads.sh [--set standard|SET] [NAME ...]
#
# PYTHON overrides the interpreter (must be 3.11).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here/workloads"
if [ "${1:-}" = "--set" ]; then
    case "${2:-}" in
        standard) ;;
        */*|.*|'') echo "record-workloads: unknown set '${2:-}'" >&2; exit 2 ;;
        *) if [ -f "${2}/small.txt" ]; then cd "$2"
           else echo "record-workloads: unknown set '${2}'" >&2; exit 2; fi ;;
    esac
    shift 2
fi
PYTHON=${PYTHON:-python3}
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "record-workloads: $PYTHON is Python $ver, need 3.11" >&2
    exit 2
fi
mkdir -p expected
grep -v '^#' small.txt | grep -v '^[[:space:]]*$' | while read -r name args; do
    if [ $# -gt 0 ]; then
        case " $* " in *" $name "*|*" $name.py "*) ;; *) continue ;; esac
    fi
    # $args is split into words on purpose: it is the argv list
    sh "$here/scripts/clean-env.sh" "$PYTHON" "$name.py" $args >"expected/$name.small.out"
    echo "recorded $name ($args): $(tail -n 1 "expected/$name.small.out")"
done
