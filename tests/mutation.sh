#!/usr/bin/env bash
# Mutation testing of the firmware with Stryker.NET (pinned in .config/dotnet-tools.json).
#   tests/mutation.sh            whole firmware: Functions, Monitoring, Perception, Arbitration, Calibration
#   tests/mutation.sh --quick    a fixed subset: Arbitration, the perception fusion, the driver tracker
#   tests/mutation-quick.sh      the CI subset: firmware files changed since a ref (docs/mutation.md)
#   tests/mutation.sh --mutate "**/Monitoring/**/*.cs"    one folder (what a 2-core machine can finish in a sitting)
# Measured 2026-11-25 under load 30-50 on the 2-core VM (nice -n 15, three runs side by side): Monitoring
# 277 mutants 35 min (89.2 %), Functions 709 mutants 61 min (73.6 %); Arbitration 31 mutants 15 min (93.5 %).
# Each mutant starts a test host (~10 s under that load): run per folder, or the whole firmware overnight.
# Timeouts count as kills in Stryker's score, so the additional timeout is generous (10 s, stryker-config.json):
# a mutant slowed by other processes' load must not pass for killed.
# Killers: the firmware unit tests (tests/AebController.Firmware.Tests), which run in seconds.
# Reports (HTML + JSON) go to artifacts/mutation/reports/; the run fails below 85 % (stryker-config.json).
# Per-folder and whole-firmware table from one or more reports: python3 tests/mutation_summary.py <report.json>...
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="${MUTATION_OUT:-$root/artifacts/mutation}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

args=()
if [ "${1:-}" = "--quick" ]; then
  shift
  args+=(--mutate "**/Arbitration/**/*.cs" --mutate "**/Perception/ObstacleFusion.cs" --mutate "**/Functions/DriverActivityTracker.cs")
fi

dotnet tool restore > /dev/null
dotnet build tests/AebController.Firmware.Tests -v q --nologo > /dev/null
start=$(date +%s)
cd tests/AebController.Firmware.Tests
log="$(mktemp)"
# Stryker's project analysis (Buildalyzer) sometimes fails with "Could not find build environment" while
# another MSBuild runs on the machine (seen once in three starts under load): that start is retried once.
for attempt in 1 2; do
  set +e
  dotnet stryker --output "$out" "${args[@]}" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" -eq 0 ] || ! grep -q "Could not find build environment" "$log"; then break; fi
  echo "mutation.sh: Stryker could not analyse the project (another build running?); retrying once" >&2
done
rm -f "$log"
[ "$rc" -eq 0 ] || exit "$rc"
echo "mutation testing took $(( $(date +%s) - start )) s; reports: $out/reports/mutation-report.html and .json"
