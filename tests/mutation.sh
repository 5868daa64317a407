#!/usr/bin/env bash
# Mutation testing of the firmware with Stryker.NET (pinned in .config/dotnet-tools.json).
#   tests/mutation.sh            whole firmware, in two Stryker runs one after the other (docs/mutation.md):
#                                  A: Functions, Monitoring, Perception, Arbitration, judged by all firmware tests
#                                  B: Calibration, judged by the Calibration test classes (a stated lower bound:
#                                     every test that builds the firmware validates the calibration, so an
#                                     unfiltered run would judge each Calibration mutant with all ~2,600 tests)
#                                then one per-folder + whole-firmware table over both reports (tests/mutation_summary.py)
#                                and each run's wall time, and every survivor listed in $out/survivors.md; exits 1 if the
#                                whole firmware scores below the break (85 %)
#   tests/mutation.sh --quick    one run over a fixed subset: Arbitration, the perception fusion, the driver tracker
#   tests/mutation.sh ARGS...    one run with Stryker's own arguments, e.g. one folder:
#                                  tests/mutation.sh --mutate "**/Monitoring/**/*.cs"
#   tests/mutation-quick.sh      the CI subset: a few firmware files (docs/mutation.md)
# Reports (HTML + JSON): the whole run writes $out/A/reports and $out/B/reports, a single run $out/reports, where
# $out is MUTATION_OUT or artifacts/mutation. A single run fails below 85 % (stryker-config.json) unless given
# --break-at. Timeouts count as kills in Stryker's score, so the additional timeout is generous (10 s,
# stryker-config.json): a mutant slowed by other processes' load must not pass for killed.
# Run it under nice -n 15 on a shared machine; session 10's figures and times are in docs/mutation.md.
set -euo pipefail
caller="$(pwd)"
cd "$(dirname "$0")/.."
root="$(pwd)"
out="${MUTATION_OUT:-$root/artifacts/mutation}"
case "$out" in /*) ;; *) out="$caller/$out" ;; esac  # a relative MUTATION_OUT is relative to where it was given
config=tests/AebController.Firmware.Tests/stryker-config.json
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# One Stryker run into the folder $1 (its reports land in $1/reports) with the remaining arguments.
stryker_run() {
  local into="$1"; shift
  local log rc attempt
  log="$(mktemp)"
  # Stryker's project analysis (Buildalyzer) sometimes fails with "Could not find build environment" while
  # another MSBuild runs on the machine (seen once in three starts under load): that start is retried once.
  for attempt in 1 2; do
    set +e
    (cd tests/AebController.Firmware.Tests && dotnet stryker --output "$into" "$@") 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" -eq 0 ] || ! grep -q "Could not find build environment" "$log"; then break; fi
    echo "mutation.sh: Stryker could not analyse the project (another build running?); retrying once" >&2
  done
  rm -f "$log"
  return "$rc"
}

dotnet tool restore > /dev/null
dotnet build tests/AebController.Firmware.Tests -v q --nologo > /dev/null

if [ $# -gt 0 ]; then
  args=()
  if [ "$1" = "--quick" ]; then
    shift
    args+=(--mutate "**/Arbitration/**/*.cs" --mutate "**/Perception/ObstacleFusion.cs" --mutate "**/Functions/DriverActivityTracker.cs")
  fi
  start=$(date +%s)
  rc=0
  stryker_run "$out" "${args[@]}" "$@" || rc=$?
  [ "$rc" -eq 0 ] || exit "$rc"
  echo "mutation testing took $(( $(date +%s) - start )) s; reports: $out/reports/mutation-report.html and .json"
  exit 0
fi

# The whole firmware. Each run has --break-at 0 so that run A's score cannot stop run B; the break applies to the
# whole-firmware figure below.
breakAt=$(sed -n 's/.*"break": *\([0-9]*\).*/\1/p' "$config")
breakAt="${breakAt:-85}"
start=$(date +%s)
stryker_run "$out/A" --break-at 0 \
  --mutate "**/Functions/**/*.cs" --mutate "**/Monitoring/**/*.cs" \
  --mutate "**/Perception/**/*.cs" --mutate "**/Arbitration/**/*.cs"
wallA=$(( $(date +%s) - start ))
startB=$(date +%s)
stryker_run "$out/B" --break-at 0 \
  --test-case-filter "FullyQualifiedName~AebController.Firmware.Tests.Calibration." \
  --mutate "**/Calibration/**/*.cs"
wallB=$(( $(date +%s) - startB ))

echo
echo "Mutation score of the firmware (A: four folders judged by all firmware tests; B: Calibration judged by the"
echo "Calibration test classes only, a lower bound):"
echo
rc=0
python3 tests/mutation_summary.py --break "$breakAt" --survivors "$out/survivors.md" "$out/A/reports/mutation-report.json" "$out/B/reports/mutation-report.json" || rc=$?
echo
echo "run A took $wallA s, run B $wallB s, the whole $(( $(date +%s) - start )) s; reports: $out/A/reports/ and $out/B/reports/ (mutation-report.html and .json); every survivor: $out/survivors.md"
if [ "$rc" -ne 0 ]; then echo "mutation.sh: the firmware scores below $breakAt % (or a report could not be read)" >&2; fi
exit "$rc"
