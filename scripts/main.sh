#!/usr/bin/env bash
# main.sh -- set up, build and run gclab's main job.
#
# Until the experiment runner lands, the main job is the demonstration of
# the foundation: the built-in C workload (`gclab demo`) under every
# collector and allocator backend this build has, each in its own process,
# printing their statistics side by side.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh release
gclab=build/gclab

collectors=$("$gclab" info | awk '/^Collectors/ {on=1; next} on && /^$/ {exit} on {print $1}')
for gc in $collectors; do
    for alloc in pymalloc malloc; do
        echo "== gclab demo --gc $gc --alloc $alloc"
        "$gclab" demo --gc "$gc" --alloc "$alloc"
        echo
    done
done
