#!/bin/bash
# The shard/merge contract on one machine: N shard processes, then a merge, then the same campaign in one
# process, and a comparison of the two JSON summaries (runs/s, paths aside). Usage:
#   deploy/local-shards.sh [space] [budget] [shards]
set -euo pipefail
SPACE=${1:-forward-aeb}; BUDGET=${2:-2000}; SHARDS=${3:-2}
AEB=${AEB:-"dotnet run -c Release --project src/AebController.Cli --"}
OUT=$(mktemp -d)
for ((k = 0; k < SHARDS; k++)); do
  $AEB explore "$SPACE" --budget "$BUDGET" --shard "$k/$SHARDS" --store-only --jobs 1 --out "$OUT/shard-$k" --json > /dev/null &
done
wait
$AEB merge "$OUT"/shard-* --out "$OUT/merged" --json > "$OUT/merged.json" || true
$AEB explore "$SPACE" --budget "$BUDGET" --out "$OUT/one" --json > "$OUT/one.json" || true
strip() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k) for k in ("runsPerSecond","store","report","files")]; [m.pop("file") for m in d["modes"]]; print(json.dumps(d, sort_keys=True))' "$1"; }
if [[ "$(strip "$OUT/merged.json")" == "$(strip "$OUT/one.json")" ]]; then echo "merged $SHARDS shards == one process ($OUT)"; else echo "DIFFERENT ($OUT)"; exit 1; fi
