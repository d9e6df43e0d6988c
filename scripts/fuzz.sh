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
# --ci: 60 s each.  A crash stops the run and leaves the input in
# build-fuzz/crash-*; turn it into a regression test (tests/unit/test_pyc.c
# or tests/fuzz-regressions/).  Needs clang (14) and libclang-rt-14-dev.
# Environment: CC (default clang), GCLAB_FUZZ_BUILD (default build-fuzz),
# GCLAB_FUZZ_ONLY=compile|pyc|spec|report to run some of them.
set -eu
cd "$(dirname "$0")/.."
secs=600
case "${1:-}" in
--ci) secs=60; shift ;;
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
status=0
for h in ${GCLAB_FUZZ_ONLY:-compile pyc spec report}; do
    mkdir -p "$b/corpus-$h"
    echo "== fuzz_$h: $secs s"
    # leaks are not findings here (immortal interned strings, caches);
    # -timeout: one input never legitimately takes more than a second
    if ! ASAN_OPTIONS=detect_leaks=0 "$b/fuzz_$h" -max_total_time="$secs" -timeout=10 \
            -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
            -artifact_prefix="$b/crash-$h-" "$b/corpus-$h" $(seeds $h) 2>&1 \
            | grep -v '^#[0-9].*\(NEW\|REDUCE\|pulse\)' | tail -25; then
        status=1
    fi
    ls "$b"/crash-$h-* >/dev/null 2>&1 && { echo "fuzz_$h: crash found, see $b/crash-$h-*"; status=1; }
done
exit $status
