#!/bin/sh
# check-report-html.sh -- render a result folder's report.html in a real
# browser (Debian's headless Chromium) and save a screenshot to look at:
# the headline tables must fit and the charts must render.
#
#   scripts/check-report-html.sh RESULT_DIR [OUT.png] [WIDTHxHEIGHT]
#
# Exits 2 when chromium is missing (apt-get install chromium), 1 when the
# page could not be rendered or the screenshot is empty or blank.
set -eu
dir=${1:?usage: check-report-html.sh RESULT_DIR [OUT.png] [WIDTHxHEIGHT]}
out=${2:-$dir/report-screenshot.png}
size=${3:-1400x4000}
page="$dir/report.html"
[ -f "$page" ] || { echo "check-report-html: no $page (run gclab report first)" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check-report-html: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs=$(cd "$(dirname "$page")" && pwd)/report.html
# The flags keep a root, offline, headless Chromium quiet: no sandbox (root),
# no background networking (the machine has no network), a fresh profile.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="${size%x*},${size#*x}" \
    --screenshot="$out" "file://$abs" >/dev/null 2>&1 || true
if [ ! -s "$out" ]; then
    echo "check-report-html: chromium wrote no screenshot of $page" >&2
    exit 1
fi
# A blank page compresses to almost nothing: a rendered report with charts
# is tens of kilobytes at least.
bytes=$(wc -c < "$out")
if [ "$bytes" -lt 20000 ]; then
    echo "check-report-html: $out is $bytes bytes: the page looks blank" >&2
    exit 1
fi
echo "$out ($bytes bytes)"
