#!/usr/bin/env bash
# Line and branch coverage of the firmware by its unit tests (coverlet), summarised per folder, with
# the lines of the rules (Functions, Perception, Monitoring, Arbitration) that have an untaken branch.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${COVERAGE_OUT:-artifacts/coverage}"
rm -rf "$out"
dotnet test tests/AebController.Firmware.Tests --nologo -v q --collect "XPlat Code Coverage" --results-directory "$out" \
  -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[AebController.Firmware]*" > /dev/null
xml="$(find "$out" -name coverage.cobertura.xml | head -1)"
python3 tests/coverage_summary.py "$xml"
