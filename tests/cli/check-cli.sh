#!/bin/sh
# check-cli.sh GCLAB -- the command line's contract: usage errors name the
# flag and what is allowed and exit 2; --help exits 0; the demo runs under
# every collector and backend and reports the leaked cycles; `run --trace`
# records a refcount cascade with its exact size and the reason of every
# collection; `run --gc-check` runs
# under every collector.
set -u
gclab=$1
fails=0; passes=0
out=$(mktemp); err=$(mktemp); tmpd=$(mktemp -d)
trap 'rm -f "$out" "$err"; rm -rf "$tmpd"' EXIT

# expect STATUS PATTERN-IN-OUTPUT -- ARGS...
expect() {
    want=$1; pattern=$2; shift 3
    "$gclab" "$@" >"$out" 2>"$err"
    got=$?
    if [ "$got" != "$want" ]; then
        echo "FAIL: gclab $*: exit $got, expected $want"; cat "$err"; fails=$((fails + 1)); return
    fi
    if ! grep -q -- "$pattern" "$out" "$err"; then
        echo "FAIL: gclab $*: output lacks '$pattern'"; cat "$out" "$err"; fails=$((fails + 1)); return
    fi
    passes=$((passes + 1))
}

expect 0 'Commands:' -- --help
expect 2 'usage:' --
expect 2 "unknown command 'frobnicate'" -- frobnicate
expect 2 "unknown option '--bogus'" -- --bogus
expect 0 'Collectors (--gc NAME)' -- info
expect 2 "unknown option '--nope'" -- info --nope
expect 0 'usage: gclab demo' -- demo --help
expect 2 "\-\-gc: invalid value 'nosuch' (one of: " -- demo --gc nosuch
expect 2 "\-\-alloc: invalid value 'tcmalloc' (one of: pymalloc, malloc, boehm)" -- demo --alloc tcmalloc
expect 2 "\-\-arena-size: invalid value 'big'" -- demo --arena-size big
expect 2 'not a power of two' -- demo --pool-size 3000
expect 2 'fewer than 4 pools' -- demo --arena-size 16K --pool-size 16K
expect 2 "\-\-threshold: invalid value '1,x'" -- demo --threshold 1,x
expect 2 "\-\-gc-trigger: invalid value 'later' (alloc or safepoint)" -- demo --gc-trigger later
expect 2 "\-\-gc-trigger: collector 'rc' has no option 'trigger' (it takes no options)" -- demo --gc rc --gc-trigger safepoint
expect 2 "\-\-gc-opt: collector 'gen' has no option 'heap' (valid keys: trigger, cpython, startup)" -- demo --gc-opt heap=grow:2
expect 2 "\-\-gc-opt: invalid value 'grow:1' (grow:FACTOR needs 1 < FACTOR <= 100) for option 'heap' of collector 'marksweep'" -- demo --gc marksweep --gc-opt heap=grow:1
expect 2 "\-\-gc-opt: invalid value 'heap' (KEY=VALUE expected" -- demo --gc-opt heap
expect 2 "\-\-boehm-divisor: collector 'marksweep' has no option 'divisor' (valid keys: heap, heap-min)" -- demo --gc marksweep --boehm-divisor 4
expect 2 "\-\-depth: invalid value '0'" -- demo --depth 0
expect 2 "needs a value" -- demo --depth
expect 2 "unexpected argument 'extra'" -- demo extra
for alloc in pymalloc malloc boehm; do
    for gc in $("$gclab" info | awk '/^Collectors/ {on=1; next} on && /^$/ {exit} on && /^  [^ ]/ {print $1}'); do
        caps=$("$gclab" info | awk -v gc="$gc" '$1 == gc {on=1; next} on && $1 == "supports:" {print; exit}')
        # collector boehm allocates with allocator boehm and only it
        if [ "$gc" = boehm ] && [ "$alloc" != boehm ]; then
            expect 2 'collector boehm allocates with allocator boehm' -- demo --gc boehm --alloc "$alloc"
            continue
        fi
        if [ "$gc" != boehm ] && [ "$alloc" = boehm ]; then continue; fi
        # 30 iterations leak 30 two-list cycles under a collector that
        # never collects (rc).  A conservative one (boehm): stale stack
        # words may retain a few objects.
        case "$caps" in
            *conservative*) want='leaked at exit' ;;
            *collects*) want='leaked at exit   0 objects' ;;
            *) want='leaked at exit   60 objects' ;;
        esac
        expect 0 "$want" -- demo --gc "$gc" --alloc "$alloc" --iterations 30 --depth 8
    done
done
expect 0 'arena 1024K, pool 16K' -- demo --arena-size 1M --pool-size 16K --iterations 5
expect 0 'Small block threshold = 512' -- demo --malloc-stats --iterations 5

# A list of n fresh floats freed by one `del` is a chain of n + 1 objects:
# with --cascade-min 500, n = 500 is a cascade and n = 499 is not, under
# both refcounting collectors.
printf 'def chain(n):\n    x = [float(i) + 0.5 for i in range(n)]\n    del x\n\nchain(499)\nchain(500)\nprint("freed")\n' > "$tmpd/chain.py"
for gc in rc gen; do
    expect 0 'freed' -- run --gc "$gc" --cascade-min 500 --stats "$tmpd/s.json" --trace "$tmpd/t.csv" "$tmpd/chain.py"
    got=$(awk -F, '$1 == "rc-cascade" { printf "%s/%s ", $7, ($2 <= $3) }' "$tmpd/t.csv")
    if [ "$got" = "501/1 " ]; then passes=$((passes + 1))
    else echo "FAIL: --gc $gc: rc-cascade rows (collected/start<=end): '$got', expected '501/1 '"; fails=$((fails + 1)); fi
done

# The reason of every collection (docs/telemetry.md): the one gc.collect()
# is "explicit" under every collector that collects; gen's automatic
# collections are "threshold" (trigger alloc) or "safepoint" (trigger
# safepoint); marksweep's last collection at exit is "shutdown".
printf 'import gc\nfor i in range(5000):\n    a = [i]\n    a.append(a)\ngc.collect()\nprint("done")\n' > "$tmpd/why.py"
reasons() {   # the reasons of the collection rows, counted: "explicit:1 threshold:7 ..."
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "reason") c = i; next }
             $1 == "collection" { n[$c]++ } END { for (r in n) printf "%s:%d\n", r, n[r] }' "$tmpd/t.csv" | sort | tr '\n' ' '
}
check_reasons() {   # check_reasons WHAT PATTERN...: every pattern is in the reasons
    got=$(reasons); what=$1; shift
    for p in "$@"; do
        case " $got" in
            *" $p"*) passes=$((passes + 1)) ;;
            *) echo "FAIL: $what: reasons '$got' lack '$p'"; fails=$((fails + 1)) ;;
        esac
    done
}
for gc in $("$gclab" info | awk '/^Collectors/ {on=1; next} on && /^$/ {exit} on && /^  [^ ]/ {print $1}'); do
    [ "$gc" = rc ] && continue
    expect 0 'done' -- run --gc "$gc" --stats "$tmpd/s.json" --trace "$tmpd/t.csv" "$tmpd/why.py"
    check_reasons "--gc $gc" 'explicit:1 '
done
expect 0 'done' -- run --gc gen --stats "$tmpd/s.json" --trace "$tmpd/t.csv" "$tmpd/why.py"
check_reasons 'gen, trigger alloc' 'threshold:'
expect 0 'done' -- run --gc gen --gc-trigger safepoint --stats "$tmpd/s.json" --trace "$tmpd/t.csv" "$tmpd/why.py"
check_reasons 'gen, trigger safepoint' 'safepoint:'
expect 0 'done' -- run --gc marksweep --stats "$tmpd/s.json" --trace "$tmpd/t.csv" "$tmpd/why.py"
check_reasons 'marksweep' 'shutdown:1 '

# --heap-census: two CSV files beside the trace; refused without a CSV
# trace and under boehm (libgc frees objects unseen).
printf 'class Node:\n    pass\nkeep = [Node() for i in range(300)]\nprint("census")\n' > "$tmpd/census.py"
expect 0 'census' -- run --gc gen --heap-census=5 --trace "$tmpd/c.csv" "$tmpd/census.py"
if grep -q '^[0-9]*,[0-9]*,end,Node,300,' "$tmpd/c-census.csv" && grep -q '^alive,' "$tmpd/c-lifetimes.csv"; then
    passes=$((passes + 1))
else
    echo "FAIL: --heap-census: no 300 live Node objects at the end"; cat "$tmpd/c-census.csv"; fails=$((fails + 1))
fi
expect 2 'needs --trace FILE.csv' -- run --heap-census "$tmpd/census.py"
expect 2 "invalid value '0'" -- run --heap-census=0 --trace "$tmpd/c.csv" "$tmpd/census.py"
if "$gclab" info | grep -q '^  boehm'; then
    expect 2 'no census' -- run --gc boehm --heap-census --trace "$tmpd/c.csv" "$tmpd/census.py"
fi

# Options after the positionals, as the docs and scripts/main.sh use them.
printf 'print("w")\n' > "$tmpd/w.py"
printf '[experiment]\nname = t\nrepeats = 1\nworkloads_dir = .\n[workload w]\nfile = w.py\n[config rc]\ncollector = rc\n' > "$tmpd/t.ini"
expect 0 "$tmpd/o/t/" -- experiment "$tmpd/t.ini" --print-commands -o "$tmpd/o"
expect 0 "$tmpd/o/t/" -- experiment "$tmpd/t.ini" -o "$tmpd/o" --print-commands
expect 3 "$tmpd/missing: not a result folder" -- report "$tmpd/missing" -o "$tmpd/r"
expect 2 "unknown option '--bogus'" -- report "$tmpd/missing" --bogus

# --gc-check: the whole-heap check after every collection, under every
# collector (a violation would abort: exit status 134).
printf 'import gc\nfor i in range(300):\n    a = [i]\n    a.append(a)\ngc.collect()\nprint("checked")\n' > "$tmpd/cycles.py"
for gc in $("$gclab" info | awk '/^Collectors/ {on=1; next} on && /^$/ {exit} on && /^  [^ ]/ {print $1}'); do
    expect 0 'checked' -- run --gc "$gc" --gc-check "$tmpd/cycles.py"
done

# dis --quickened: the program runs (its output discarded), then the
# specialised forms show; plain dis shows the generic ones only.
printf 'def f(a, b):\n    return a + b\nfor i in range(3):\n    f(i, 1)\nprint("ran")\n' > "$tmpd/q.py"
expect 0 'BINARY_OP_ADD_INT' -- dis --quickened "$tmpd/q.py"
"$gclab" dis --quickened "$tmpd/q.py" | grep -qx 'ran' && { echo "FAIL: dis --quickened printed the program's output"; fails=$((fails + 1)); }
printf 'def f(a):\n    return a == "x"\nfor i in range(3):\n    f("y")\n' > "$tmpd/qs.py"
expect 0 'COMPARE_OP_STR' -- dis --quickened "$tmpd/qs.py"
"$gclab" dis "$tmpd/q.py" | grep -q '_INT' && { echo "FAIL: plain dis showed a quickened form"; fails=$((fails + 1)); }

echo "cli: $passes passed, $fails failed"
[ "$fails" = 0 ]
