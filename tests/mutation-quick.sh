#!/usr/bin/env bash
# A quick mutation run for CI: mutate only some firmware files so that a weakened test shows in minutes.
#   tests/mutation-quick.sh                          firmware files changed since MUTATION_SINCE (default: the
#                                                    previous commit, HEAD~1); if none changed, the default set
#   tests/mutation-quick.sh Functions/Saturating.cs  files or folders under src/AebController.Firmware
#   tests/mutation-quick.sh --since main             firmware files changed since a ref (a tag, a branch)
#   tests/mutation-quick.sh --break 85 ...           fail below this score (default 85, the issue's floor)
#   tests/mutation-quick.sh --tests EXPR ...         only these tests judge the mutants (dotnet test --filter
#                                                    syntax, Stryker's --test-case-filter): a mutant then waits
#                                                    for its file's own tests, not for every test that covers it
# The default set is the pure rules the state machines are built from (ForwardAebRules, OverridePredicates,
# Saturating): small, fast, and killed by sweeps against hand-worked oracles. Only the five firmware folders
# that the full run mutates (Functions, Monitoring, Perception, Arbitration, Calibration) are taken.
# More than MUTATION_QUICK_MAX_FILES (default 4) changed files: the run takes the first ones and says so.
# Reports: artifacts/mutation-quick/reports/; whole-firmware run: tests/mutation.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
fw=src/AebController.Firmware
since="${MUTATION_SINCE:-HEAD~1}"
breakAt=85
testFilter=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since) since="$2"; shift 2 ;;
    --break) breakAt="$2"; shift 2 ;;
    --tests) [ -n "${2:-}" ] || { echo "mutation-quick.sh: --tests expects a test filter (dotnet test --filter syntax), got nothing" >&2; exit 2; }
             testFilter="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
case "$breakAt" in ''|*[!0-9]*) echo "mutation-quick.sh: --break expects a whole percentage 0-100, got '$breakAt'" >&2; exit 2 ;; esac
# Stryker accepts a break score only up to the "low" threshold of stryker-config.json (85).
low=$(sed -n 's/.*"low": *\([0-9]*\).*/\1/p' tests/AebController.Firmware.Tests/stryker-config.json)
[ "$breakAt" -le "${low:-85}" ] || { echo "mutation-quick.sh: --break expects a percentage from 0 to ${low:-85} (thresholds.low in stryker-config.json), got '$breakAt'" >&2; exit 2; }

folders='^(Functions|Monitoring|Perception|Arbitration|Calibration)/'
if [ ${#targets[@]} -eq 0 ]; then
  if git rev-parse --verify -q "$since^{commit}" > /dev/null; then
    while IFS= read -r f; do
      rel="${f#"$fw"/}"
      [[ "$rel" =~ $folders ]] && [[ "$rel" == *.cs ]] && [ -f "$f" ] && targets+=("$rel")
    done < <(git diff --name-only "$since" -- "$fw")
    echo "mutation-quick.sh: ${#targets[@]} firmware file(s) changed since $since"
  else
    echo "mutation-quick.sh: no commit '$since' here (shallow clone?): using the default set"
  fi
  if [ ${#targets[@]} -eq 0 ]; then
    targets=(Functions/ForwardAebRules.cs Functions/OverridePredicates.cs Functions/Saturating.cs)
  fi
fi

max="${MUTATION_QUICK_MAX_FILES:-4}"
if [ ${#targets[@]} -gt "$max" ]; then
  echo "mutation-quick.sh: ${#targets[@]} files; mutating the first $max (${targets[*]:0:$max}); the rest need tests/mutation.sh" >&2
  targets=("${targets[@]:0:$max}")
fi

args=()
for t in "${targets[@]}"; do
  t="${t#"$fw"/}"
  if [ -d "$fw/$t" ]; then args+=(--mutate "**/${t%/}/**/*.cs")
  elif [ -f "$fw/$t" ]; then args+=(--mutate "**/$t")
  else echo "mutation-quick.sh: $fw/$t: expected a firmware file or folder, found nothing there" >&2; exit 2
  fi
done

if [ -n "$testFilter" ]; then args+=(--test-case-filter "$testFilter"); fi

echo "mutation-quick.sh: mutating ${targets[*]}; break below $breakAt %${testFilter:+; judged by the tests $testFilter}"
MUTATION_OUT="${MUTATION_OUT:-$(pwd)/artifacts/mutation-quick}" exec tests/mutation.sh "${args[@]}" --break-at "$breakAt"
