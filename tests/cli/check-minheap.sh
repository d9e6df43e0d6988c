#!/bin/sh
# check-minheap.sh GCLAB -- `gclab minheap` against a program whose live
# size is known: K strings of 1,000+ characters kept alive while garbage
# is made.  The minimum heaps with K = 2048 and K = 4096 differ by the
# 2048 extra strings (at least their 2 MB of characters; at most 25% more
# under marksweep for headers and the list, twice as much under boehm,
# whose size classes round a 1 KiB block up); the JSON result is written
# and brackets the answer to its resolution; bad collectors are refused.
set -u
gclab=$1
fails=0
tmpd=$(mktemp -d)
trap 'rm -rf "$tmpd"' EXIT
cat > "$tmpd/live.py" <<'PY'
import sys
k = int(sys.argv[1])
keep = [str(i) + "x" * 1000 for i in range(k)]
t = 0
for i in range(30000):
    g = [i, str(i)]
    t += len(g)
print(len(keep), t)
PY
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
num() { sed -n "s/.*\"$1\": \([0-9][0-9]*\).*/\1/p" "$2"; }

extra=$((2048 * 1000))
gcs=marksweep   # boehm is not in the sanitizer build
"$gclab" info 2>/dev/null | grep -q "^  boehm  " && gcs="marksweep boehm"
for gc in $gcs; do
    for k in 2048 4096; do
        "$gclab" minheap -q --gc $gc -o "$tmpd/$gc-$k.json" "$tmpd/live.py" $k > "$tmpd/out" 2>&1 \
            || { fail "minheap --gc $gc live.py $k"; cat "$tmpd/out"; continue; }
        grep -q "minimum heap under $gc: " "$tmpd/out" || fail "$gc $k: no answer printed: $(cat "$tmpd/out")"
        min=$(num min_heap_bytes "$tmpd/$gc-$k.json"); lo=$(num fails_at_bytes "$tmpd/$gc-$k.json")
        res=$(num resolution_bytes "$tmpd/$gc-$k.json")
        [ -n "$min" ] && [ -n "$lo" ] && [ "$lo" -lt "$min" ] && [ $((min - lo)) -le "$res" ] \
            || fail "$gc $k: not bracketed to the resolution: $(cat "$tmpd/$gc-$k.json")"
        # the answer is right: below it the program fails, at it the program completes.
        # marksweep is precise: exactly at both ends; boehm's retention depends on
        # the stack and the address layout of each run: 10% off either way.
        hi=$min; below=$lo
        [ $gc = boehm ] && hi=$((min + min / 10)) && below=$((min - min / 10))
        "$gclab" run --gc $gc --heap-policy "fixed:$hi" "$tmpd/live.py" $k > /dev/null 2>&1 \
            || fail "$gc $k: does not complete in $hi (minimum heap $min)"
        "$gclab" run --gc $gc --heap-policy "fixed:$below" "$tmpd/live.py" $k > /dev/null 2> "$tmpd/err" \
            && fail "$gc $k: completes in $below, below the minimum heap $min"
        grep -q MemoryError "$tmpd/err" || fail "$gc $k: no MemoryError below the minimum heap: $(cat "$tmpd/err")"
    done
    a=$(num min_heap_bytes "$tmpd/$gc-2048.json"); b=$(num min_heap_bytes "$tmpd/$gc-4096.json")
    [ -n "$a" ] && [ -n "$b" ] || continue
    most=$((extra * 5 / 4 + 131072)); [ $gc = boehm ] && most=$((extra * 2 + 131072))
    d=$((b - a))
    [ "$d" -ge $((extra - 131072)) ] && [ "$d" -le "$most" ] \
        || fail "$gc: 2048 more strings of 1000+ characters raise the minimum heap by $d bytes (expected $extra to $most)"
done

"$gclab" minheap --gc gen "$tmpd/live.py" 1 > /dev/null 2> "$tmpd/err"
[ $? = 2 ] && grep -q "marksweep or boehm" "$tmpd/err" || fail "minheap --gc gen is not refused: $(cat "$tmpd/err")"
"$gclab" minheap > /dev/null 2> "$tmpd/err"
[ $? = 2 ] && grep -q "no program" "$tmpd/err" || fail "minheap without a program is not refused"
printf 'raise SystemExit(3)\n' > "$tmpd/bad.py"
"$gclab" minheap -q "$tmpd/bad.py" > /dev/null 2> "$tmpd/err"
[ $? = 1 ] && grep -q "does not complete" "$tmpd/err" || fail "a failing program: $(cat "$tmpd/err")"

[ $fails = 0 ] && echo "check-minheap: all passed"
exit $((fails != 0))
