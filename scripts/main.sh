#!/usr/bin/env bash
# main.sh -- set up, build and run gclab's main job: the default experiment
# (experiments/default.ini: every collector and the interesting collector
# configurations on the standard workloads), which writes raw data, a
# summary table, gnuplot charts and a report page under
# results/default/<UTC timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh release
build/gclab info
echo
build/gclab experiment experiments/default.ini "$@"
latest=$(ls -1d results/default/*/ | tail -1)
echo
echo "report: ${latest}report.md (and report.html, charts/)"
