#!/usr/bin/env bash
# setup.sh -- make this machine able to build and test gclab, then build it.
#
# Idempotent: installs only the Debian packages that are missing (apt-get,
# as root, or through sudo), then configures and builds the given preset
# (default: release).  Usage: scripts/setup.sh [release|debug|asan]  (release and asan build with -Werror)
#
# Packages and why:
#   build-essential, cmake, pkg-config  compiler and build
#   libgc-dev                           the Boehm collector baseline (bdw-gc)
#   libcriterion-dev                    the C unit tests
#   gnuplot-nox                         experiment charts
#   python3                             CPython 3.11 (bookworm's python3): the
#                                       reference every workload is checked against
#   git                                 provenance (commit) in experiment results
#   clang libclang-rt-dev (only with GCLAB_SETUP_FUZZ=1)  libFuzzer harnesses
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-release}
packages=(build-essential cmake pkg-config libgc-dev libcriterion-dev gnuplot-nox python3 git)
# GCLAB_SETUP_FUZZ=1 (CI, scripts/fuzz.sh): clang and its libFuzzer runtime.
if [ "${GCLAB_SETUP_FUZZ:-0}" = 1 ]; then
    packages+=(clang libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing missing packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
