#!/bin/sh
# scripts/fuzz.sh -- build and run the libFuzzer harnesses of fuzz/.
#
#   scripts/fuzz.sh [--ci] [SECONDS]        build, then run each harness
#
# Harnesses: fuzz_compile (tokenizer + parser + compiler on arbitrary bytes,
# with a marshal round trip and the verifier on what compiles) and fuzz_pyc
# (the bytecode-file loader and verifier on arbitrary bytes, running what
# loads when it cannot run away), fuzz_spec (the experiment spec parser)
# and fuzz_report (run.json, stats.json and trace.csv as `gclab report`
# reads them back).  Each runs SECONDS (default 600) one
# after the other, under ASan+UBSan, with the seed corpora in
# tests/conformance, tests/errors and workloads (parser) and fuzz/corpus/pyc,
# fuzz/corpus/spec (+ experiments/) and fuzz/corpus/report, all read-only:
# new inputs go to build-fuzz/corpus-*.
# --ci: a reproducible run for CI: a fixed seed (-seed=1) and a fixed number
# of inputs per harness (about a minute each here), so that a CI result does
# not depend on the machine's speed or luck; the open-ended search is the
# timed mode, run by developers.  A crash stops the run, leaves the input in
# build-fuzz/crash-*, and prints the sanitizer's report and the input
# (base64) so a CI log alone reproduces it; turn it into a regression test
# (tests/unit/test_pyc.c or tests/fuzz-regressions/).  Needs clang (14) and libclang-rt-14-dev.
# Environment: CC (default clang), GCLAB_FUZZ_BUILD (default build-fuzz),
# GCLAB_FUZZ_ONLY=compile|pyc|spec|report to run some of them.
set -eu
cd "$(dirname "$0")/.."
secs=600
ci=0
case "${1:-}" in
--ci) ci=1; shift ;;
esac
[ $# -gt 0 ] && secs=$1
cc=${CC:-clang}
b=${GCLAB_FUZZ_BUILD:-build-fuzz}
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=$cc cmake -S . -B "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGCLAB_TESTS=OFF \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $san -DGCLAB_SANITIZE=1" >/dev/null
layers="modules vm compiler frontend collectors runtime"   # top first, for the static link
cmake --build "$b" -j2 --target $layers lab >/dev/null
libs="$(for l in $layers; do printf '%s ' "$b/lib$l.a"; done)-lm"
for h in compile pyc; do
    $cc -g -O1 -fsanitize=fuzzer $san -I. -o "$b/fuzz_$h" fuzz/fuzz_$h.c $libs
done
for h in spec report; do   # the lab readers (the spec checks collector options: collectors)
    $cc -g -O1 -fsanitize=fuzzer $san -I. -o "$b/fuzz_$h" fuzz/fuzz_$h.c "$b/liblab.a" "$b/libcollectors.a" \
        "$b/libruntime.a" -lm
done
# The parser harness is seeded with the project's own programs (read in
# place, not copied): the conformance and error corpora and the workloads.
seeds() {
    case $1 in
    compile) echo tests/conformance tests/errors workloads ;;
    pyc) echo fuzz/corpus/pyc ;;
    spec) echo fuzz/corpus/spec experiments ;;
    report) echo fuzz/corpus/report ;;
    esac
}
# Inputs per harness in --ci mode: 30-60 s each on this 2-core machine when
# idle, under ASan (rates per second: compile ~1,800, pyc ~5,000, spec ~500,
# report ~150); -max_total_time caps a slow machine.
ci_runs() {
    case $1 in
    compile) echo 60000 ;;
    pyc) echo 200000 ;;
    spec) echo 10000 ;;
    report) echo 3000 ;;
    esac
}
status=0
for h in ${GCLAB_FUZZ_ONLY:-compile pyc spec report}; do
    corpus=$b/corpus-$h
    if [ $ci = 1 ]; then
        # a corpus of its own, emptied: earlier runs' finds would make the
        # result depend on them
        corpus=$b/corpus-ci-$h
        rm -rf "$corpus"
        limits="-seed=1 -runs=$(ci_runs $h) -max_total_time=300"
        echo "== fuzz_$h: $(ci_runs $h) inputs, seed 1"
    else
        limits="-max_total_time=$secs"
        echo "== fuzz_$h: $secs s"
    fi
    mkdir -p "$corpus"
    # an earlier run's crash inputs move aside, so only this run's are reported
    if ls "$b"/crash-$h-* >/dev/null 2>&1; then
        mkdir -p "$b/old-crashes" && mv "$b"/crash-$h-* "$b/old-crashes/"
    fi
    log="$b/fuzz_$h.log"
    # leaks are not findings here (immortal interned strings, caches);
    # -timeout: one input never legitimately takes more than a second
    rc=0
    ASAN_OPTIONS=detect_leaks=0 "$b/fuzz_$h" $limits -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$b/crash-$h-" "$corpus" $(seeds $h) >"$log" 2>&1 || rc=$?
    grep -v '^#[0-9].*\(NEW\|REDUCE\|pulse\)' "$log" | grep '^stat::\|^Done\|^INFO: -max_total_time' || true
    crash=$(ls "$b"/crash-$h-* 2>/dev/null | head -1)
    if [ $rc != 0 ] || [ -n "$crash" ]; then
        status=1
        echo "fuzz_$h: FAILED (exit $rc); the report (full log: $log):"
        # the sanitizer's report: from its first line, stack frames included
        sed -n '/^==[0-9]*==ERROR\|runtime error:\|^==[0-9]*== ERROR\|ERROR: libFuzzer/,$p' "$log" \
            | grep -v '^#[0-9]* *\(NEW\|REDUCE\|pulse\)' | head -60
        if [ -n "$crash" ]; then
            echo "fuzz_$h: input $crash, $(wc -c <"$crash") bytes, base64:"
            head -c 4096 "$crash" | base64
        fi
    fi
done
exit $status
