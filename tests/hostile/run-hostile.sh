#!/bin/sh
# run-hostile.sh GCLAB KINDDIR [COLLECTOR] -- the hostile-input suite: every
# case of one kind (tests/hostile/KIND/) must end with its expected exit
# status and clear message, never a crash, a hang or a sanitizer report.
#
# A case NAME in KINDDIR is:
#   NAME.expect   required; lines "key: value" (# comments):
#                   args: ...      the gclab arguments (default: KINDDIR/ARGS)
#                   status: N      the exit status expected
#                   stderr: TEXT   TEXT appears in stderr (fixed string; repeatable)
#                   stdout: TEXT   TEXT appears in stdout (repeatable)
#                   no-stderr: TEXT   TEXT must not appear in stderr (repeatable)
#                   timeout: S     seconds before the case counts as hung (default 60)
#   NAME.*  or NAME/   the input (a program, a spec, a result folder...), copied
#                   into a fresh scratch folder first: {in} in args is the copy
#   NAME.setup    optional sh script run in the scratch folder before gclab
#   NAME.check    optional sh script run after it; a non-zero exit fails the case
# args are shell words (quotes and redirections work).  Placeholders: {in} the input copy, {tmp} the scratch folder, {gc}
# "--gc COLLECTOR" when a collector is given (else nothing).  Scripts see
# GCLAB, TMP, IN, CASEDIR, COLLECTOR and (in .check) STATUS.
# A status above 128 (a signal), a hang, or "AddressSanitizer", "runtime
# error:" or "LeakSanitizer" in stderr fails any case.
set -u
GCLAB=$(realpath "$1"); CASEDIR=$(realpath "$2"); COLLECTOR=${3:-}
export GCLAB CASEDIR COLLECTOR
fails=0; passes=0
work=$(mktemp -d); trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
gcopt=""; [ -n "$COLLECTOR" ] && gcopt="--gc $COLLECTOR"

field() { sed -n "s/^$1: //p" "$2"; }

for expect in "$CASEDIR"/*.expect; do
    [ -e "$expect" ] || continue
    name=$(basename "$expect" .expect)
    TMP="$work/$name"; mkdir -p "$TMP"; export TMP
    IN=""
    for f in "$CASEDIR/$name" "$CASEDIR/$name".*; do
        case "$f" in *.expect|*.setup|*.check) continue ;; esac
        [ -e "$f" ] || continue
        cp -R "$f" "$TMP/"; IN="$TMP/$(basename "$f")"; break
    done
    export IN
    args=$(field args "$expect")
    [ -n "$args" ] || args=$(cat "$CASEDIR/ARGS" 2>/dev/null)
    want=$(field status "$expect")
    limit=$(field timeout "$expect"); [ -n "$limit" ] || limit=60
    if [ -z "$want" ] || [ -z "$args" ]; then
        echo "FAIL: $name: no status or args in $expect"; fails=$((fails + 1)); continue
    fi
    if [ -f "$CASEDIR/$name.setup" ] && ! (cd "$TMP" && sh "$CASEDIR/$name.setup") >"$TMP/.setup.log" 2>&1; then
        echo "FAIL: $name: setup failed"; cat "$TMP/.setup.log"; fails=$((fails + 1)); continue
    fi
    # Substitute the placeholders (paths under the scratch folder have no
    # spaces); args are then shell words: quotes ('') and redirections
    # (> /dev/full) work.
    cmd=$(printf '%s' "$args" | sed -e "s#{in}#$IN#g" -e "s#{tmp}#$TMP#g" -e "s#{gc}#$gcopt#g")
    (cd "$TMP" && eval "exec timeout -k 5 \"\$limit\" \"\$GCLAB\" $cmd") >"$work/$name.out" 2>"$work/$name.err" </dev/null
    got=$?
    why=""
    if [ "$got" = 124 ] && [ "$want" != 124 ]; then why="hung (over ${limit}s)"
    elif [ "$got" != "$want" ]; then why="exit $got, expected $want"
    elif grep -q -e AddressSanitizer -e 'runtime error:' -e LeakSanitizer "$work/$name.err"; then why="sanitizer report"
    fi
    if [ -z "$why" ]; then
        while IFS= read -r frag; do
            [ -z "$frag" ] || grep -qF -- "$frag" "$work/$name.err" || { why="stderr lacks '$frag'"; break; }
        done <<EOT
$(field stderr "$expect")
EOT
    fi
    if [ -z "$why" ]; then
        while IFS= read -r frag; do
            [ -z "$frag" ] || grep -qF -- "$frag" "$work/$name.out" || { why="stdout lacks '$frag'"; break; }
        done <<EOT
$(field stdout "$expect")
EOT
    fi
    if [ -z "$why" ]; then
        while IFS= read -r frag; do
            [ -z "$frag" ] || ! grep -qF -- "$frag" "$work/$name.err" || { why="stderr has '$frag'"; break; }
        done <<EOT
$(field no-stderr "$expect")
EOT
    fi
    if [ -z "$why" ] && [ -f "$CASEDIR/$name.check" ]; then
        STATUS=$got; export STATUS
        (cd "$TMP" && sh "$CASEDIR/$name.check") >"$TMP/.check.log" 2>&1 || why="check failed: $(tail -3 "$TMP/.check.log")"
    fi
    if [ -n "$why" ]; then
        echo "FAIL: $(basename "$CASEDIR")/$name${COLLECTOR:+ ($COLLECTOR)}: gclab $cmd: $why"
        sed 's/^/  stderr: /' "$work/$name.err" | head -20
        fails=$((fails + 1))
    else
        passes=$((passes + 1))
    fi
done
echo "hostile $(basename "$CASEDIR")${COLLECTOR:+/$COLLECTOR}: $passes passed, $fails failed"
[ "$fails" = 0 ] && [ "$passes" -gt 0 ]
