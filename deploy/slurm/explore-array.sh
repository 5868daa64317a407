#!/bin/bash
# A campaign across nodes as a Slurm job array: task k runs shard k of N into its own folder; a dependent
# job merges them (aeb merge) and writes the report. Runs are pure functions of (space, seed, calibration,
# world, index), so the merged store equals one process's. A requeued task resumes its shard's store.
#
#   sbatch deploy/slurm/explore-array.sh                 # submits the array and the merge after it
#   SPACE=faults BUDGET=4000000 SHARDS=8 sbatch deploy/slurm/explore-array.sh
#
#SBATCH --job-name=aeb-explore
#SBATCH --array=0-15
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=24:00:00
#SBATCH --requeue
#SBATCH --output=aeb-explore-%A_%a.log
set -euo pipefail
AEB=${AEB:-aeb}                       # the published aeb on every node's PATH (or set AEB=/path/to/aeb)
SPACE=${SPACE:-forward-aeb}
BUDGET=${BUDGET:-16000000}
SEED=${SEED:-1}
SHARDS=${SHARDS:-16}                  # must match --array=0-(SHARDS-1)
CAMPAIGN=${CAMPAIGN:-$PWD/campaign-$SPACE-$SEED}   # on a filesystem every node sees

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  echo "submit with sbatch" >&2
  exit 2
fi

# The first task submits the merge, to start once every task of the array succeeded.
if [[ "$SLURM_ARRAY_TASK_ID" == "0" ]]; then
  sbatch --dependency=afterok:"$SLURM_ARRAY_JOB_ID" --job-name=aeb-merge --cpus-per-task=2 --mem=4G \
    --output=aeb-merge-%j.log \
    --wrap "rm -rf '$CAMPAIGN/merged' && $AEB merge $CAMPAIGN/shard-* --out '$CAMPAIGN/merged' --json > '$CAMPAIGN/merged.json'"
fi

mkdir -p "$CAMPAIGN"
exec "$AEB" explore "$SPACE" --budget "$BUDGET" --seed "$SEED" \
  --shard "$SLURM_ARRAY_TASK_ID/$SHARDS" --jobs "$SLURM_CPUS_PER_TASK" --store-only --json \
  --out "$CAMPAIGN/shard-$SLURM_ARRAY_TASK_ID"
