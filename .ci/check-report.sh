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

out="$(mktemp -d)"
dotnet run --project src/AebController.Cli -- suite euro-ncap-ccr --report "$out/report" > "$out/suite.log"
profile="$(mktemp -d)"
title=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --virtual-time-budget=10000 --dump-dom "file://$out/report/index.html" 2>/dev/null | grep -o '<title>[^<]*</title>' || true)
echo "report page: $title"
if [[ "$title" =~ images\ ok\ ([0-9]+)/([0-9]+) ]] && [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ] && [ "${BASH_REMATCH[2]}" -gt 0 ]; then
  echo "report check: the page loaded and all ${BASH_REMATCH[2]} images rendered"
else
  echo "report check failed: $title" >&2
  exit 1
fi
