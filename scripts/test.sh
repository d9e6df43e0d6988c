#!/usr/bin/env bash
# test.sh -- set up, build and run the whole test suite.
#
# Usage: scripts/test.sh [--sanitize]
#   (default)   release build with -Werror, every ctest test
#   --sanitize  the same suite in the AddressSanitizer + UBSan build
# GCLAB_TEST_REPEAT=N runs every test up to N times, stopping at the first
# failure (ctest --repeat until-fail:N): a flaky test fails the suite.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=release
dir=build
if [ "${1:-}" = "--sanitize" ]; then
    preset=asan
    dir=build-asan
    # detect_leaks: the object layer frees everything at rt_fini, so a leak is a bug.
    # allocator_may_return_null: a refused huge request is a MemoryError the
    # program handles, as without ASan, not an abort.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi
scripts/setup.sh "$preset"
cd "$dir"
ctest --output-on-failure -j"$(nproc)" --repeat until-fail:"${GCLAB_TEST_REPEAT:-1}"
