#!/usr/bin/env bash
# Renders the Euro NCAP CCR report and checks it in a real headless browser (Debian's chromium):
# the page must load and every image on it must decode.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium > /dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
    echo "installing chromium for the report check"
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium) > /tmp/aeb-chromium-install.log 2>&1 \
      || { echo "chromium could not be installed; see /tmp/aeb-chromium-install.log" >&2; exit 1; }
  else
    echo "chromium is not installed and cannot be installed here (needs root and apt-get)" >&2
    exit 1
  fi
fi

# Scratch in the CI stage's own folder when .ci/run calls (STAGE_OUT), so that a stopped run leaves nothing behind.
out="$(mktemp -d -p "${STAGE_OUT:-${TMPDIR:-/tmp}}")"
# AEB_CLI_DLL: a built aeb.dll to run (.ci/run passes its Release build); without it, `dotnet run` builds the CLI.
if [ -n "${AEB_CLI_DLL:-}" ]; then aeb=(dotnet "$AEB_CLI_DLL"); else aeb=(dotnet run --project src/AebController.Cli --); fi
"${aeb[@]}" suite euro-ncap-ccr --report "$out/report" > "$out/suite.log" || true
test -f "$out/report/index.html" || { echo "report check failed: no index.html written" >&2; exit 1; }
profile="$(mktemp -d -p "${STAGE_OUT:-${TMPDIR:-/tmp}}")"
browser() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --virtual-time-budget=10000 "$@" 2>/dev/null
}
dom="$(browser --dump-dom "file://$out/report/index.html" || true)"
title=$(grep -o '<title>[^<]*</title>' <<< "$dom" || true)
images=$(grep -o 'data-images="[^"]*"' <<< "$dom" | head -1 || true)
shown=$(grep -o 'id="shown"[^>]*>[^<]*' <<< "$dom" | head -1 || true)
echo "report page: $title $images ${shown#*>}"
if [[ ! "$title" =~ aeb\ report:\ euro-ncap-ccr ]]; then
  echo "report check failed: the page title does not name the suite: $title" >&2
  exit 1
fi
if [[ "$images" =~ ok\ ([0-9]+)/([0-9]+) ]] && [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ] && [ "${BASH_REMATCH[2]}" -gt 0 ]; then
  echo "report check: the page loaded and all ${BASH_REMATCH[2]} images rendered"
else
  echo "report check failed: images $images" >&2
  exit 1
fi
if [[ ! "$shown" =~ [0-9]+\ of\ [0-9]+\ cases\ shown ]]; then
  echo "report check failed: the case table script did not run ($shown)" >&2
  exit 1
fi

# Screenshot test: the page as a person sees it must not be blank. A white 1280x2000 page compresses to a
# few KB; the rendered report (chart, tables, plots) is far larger.
browser --window-size=1280,2000 --screenshot="$out/report.png" "file://$out/report/index.html" || true
size=$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)
echo "report screenshot: $out/report.png, $size bytes"
if [ "$size" -lt 40000 ]; then
  echo "report check failed: the screenshot is missing or blank ($size bytes)" >&2
  exit 1
fi
