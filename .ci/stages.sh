# The stage runner of .ci/run (sourced, bash 4+). A stage is a shell function run in the background in its own
# process group, with its own log ($ciOut/<stage>.log) and output folder ($STAGE_OUT = $ciOut/<stage>/); its log is
# printed whole when it ends, after a line "[ci +N s] <stage>: passed in T s".
#   stage NAME FUNCTION [after=A,B] [group=G]   queues a stage: it starts once the stages A and B have passed and
#                                               no other stage of group G runs (stages of one group share build
#                                               outputs: two MSBuilds writing one obj/ folder collide)
#   stages_run                                  runs the queue, at most CI_SLOTS stages at a time (default 2, the
#                                               cores of the CI machine), in queue order as they become ready
# The first stage that fails stops the others and the run exits 1 with a last line naming it; Ctrl-C or TERM stops
# every stage (exit 130/143). A stage that was stopped leaves no output behind: its folder and log are removed.

ciSlots="${CI_SLOTS:-2}"
case "$ciSlots" in ''|*[!0-9]*|0) echo "CI_SLOTS: expected a whole number of parallel stages (1 or more), got '$ciSlots'" >&2; exit 2 ;; esac
stageQueue=()
declare -A stageFn=() stageNeeds=() stageGroup=() stageState=() stagePid=() stageBegin=()

stage() {
  local name="$1" fn="$2" opt; shift 2
  stageQueue+=("$name"); stageFn[$name]="$fn"; stageNeeds[$name]=""; stageGroup[$name]=""; stageState[$name]=queued
  for opt in "$@"; do
    case "$opt" in
      after=*) stageNeeds[$name]="${opt#after=}" ;;
      group=*) stageGroup[$name]="${opt#group=}" ;;
      *) echo "stage $name: unknown option '$opt' (expected after=STAGES or group=NAME)" >&2; exit 2 ;;
    esac
  done
}

# A stage's file name: "explore seed loop" -> explore-seed-loop.
stage_slug() { local s="${1,,}"; s="${s//[^a-z0-9]/-}"; while [[ "$s" == *--* ]]; do s="${s//--/-}"; done; echo "${s%-}"; }

ci_say() { echo "[ci +$((SECONDS - ciStart)) s] $*"; }

stage_ready() {
  local name="$1" need other
  IFS=, read -r -a need <<< "${stageNeeds[$name]}"
  for other in "${need[@]}"; do
    [ -n "${stageState[$other]:-}" ] || { echo "stage $name: needs '$other', which is no stage" >&2; exit 2; }
    [ "${stageState[$other]}" = passed ] || return 1
  done
  if [ -n "${stageGroup[$name]}" ]; then
    for other in "${stageQueue[@]}"; do
      [ "${stageState[$other]}" = running ] && [ "${stageGroup[$other]}" = "${stageGroup[$name]}" ] && return 1
    done
  fi
  return 0
}

stage_launch() {
  local name="$1" slug; slug="$(stage_slug "$name")"
  rm -rf "${ciOut:?}/$slug" "$ciOut/$slug.log" "$ciOut/$slug.rc"
  mkdir -p "$ciOut/$slug"
  stageBegin[$name]=$SECONDS
  stageState[$name]=running
  ci_say "start: $name"
  # Job control on for this launch only: the stage gets its own process group, so that stopping it stops every
  # process it started (dotnet test hosts, campaign workers, chromium). Its exit code lands in <stage>.rc.
  set -m
  (
    trap - INT TERM EXIT
    set +e
    ( export STAGE_OUT="$ciOut/$slug"; set -euo pipefail; "${stageFn[$name]}" ) > "$ciOut/$slug.log" 2>&1 < /dev/null
    rc=$?
    # CPU seconds of the stage's processes (user + system, from `times`): the work, whatever the machine's load.
    # (`times` itself in this shell: in a pipeline it would run in a fresh subshell that has no children yet.)
    times > "$ciOut/$slug.times"
    awk 'NR == 2 { split($1, u, /[ms]/); split($2, k, /[ms]/); printf "%.0f\n", 60 * (u[1] + k[1]) + u[2] + k[2] }' "$ciOut/$slug.times" > "$ciOut/$slug.cpu"
    rm -f "$ciOut/$slug.times"
    echo "$rc" > "$ciOut/$slug.rc.part" && mv "$ciOut/$slug.rc.part" "$ciOut/$slug.rc"
  ) &
  stagePid[$name]=$!
  set +m
}

# Stops every running stage (TERM to its process group, KILL after 10 s) and removes what it had written.
stages_stop() {
  local name slug pid waited stopped=()
  for name in "${stageQueue[@]}"; do
    [ "${stageState[$name]}" = running ] || continue
    kill -TERM -- "-${stagePid[$name]}" 2> /dev/null || true
    stopped+=("$name")
  done
  for name in "${stopped[@]}"; do
    pid="${stagePid[$name]}"
    for waited in $(seq 1 10); do kill -0 -- "-$pid" 2> /dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    slug="$(stage_slug "$name")"
    rm -rf "${ciOut:?}/$slug" "$ciOut/$slug.log" "$ciOut/$slug.rc" "$ciOut/$slug.rc.part" "$ciOut/$slug.cpu" "$ciOut/$slug.times"
    stageState[$name]=stopped
  done
  if [ ${#stopped[@]} -gt 0 ]; then ci_say "stopped (outputs removed): ${stopped[*]}"; fi
}

stage_end() {
  local name="$1" slug rc took cpu; slug="$(stage_slug "$name")"
  rc="$(cat "$ciOut/$slug.rc" 2> /dev/null || echo "none: the stage's shell ended without writing its exit code")"
  wait "${stagePid[$name]}" 2> /dev/null || true
  cpu="$(cat "$ciOut/$slug.cpu" 2> /dev/null || echo "?")"
  rm -f "$ciOut/$slug.rc" "$ciOut/$slug.cpu"
  took=$((SECONDS - stageBegin[$name]))
  if [ "$rc" = 0 ]; then
    stageState[$name]=passed
    ci_say "$name: passed in $took s, $cpu s of CPU ($ciOut/$slug.log)"
    cat "$ciOut/$slug.log"
    return 0
  fi
  stageState[$name]=failed
  ci_say "$name: FAILED (exit $rc) after $took s, $cpu s of CPU ($ciOut/$slug.log)"
  cat "$ciOut/$slug.log"
  stages_stop
  ci_say "CI failed: stage \"$name\" exited $rc"
  exit 1
}

stages_run() {
  trap 'ci_say "interrupted"; stages_stop; exit 130' INT
  trap 'ci_say "terminated"; stages_stop; exit 143' TERM
  trap 'stages_stop' EXIT
  local name running queued
  while :; do
    for name in "${stageQueue[@]}"; do
      [ "${stageState[$name]}" = running ] || continue
      # Ended: its exit code is written, or its shell is gone (killed from outside, say) without writing one.
      if [ -f "$ciOut/$(stage_slug "$name").rc" ] || ! kill -0 "${stagePid[$name]}" 2> /dev/null; then stage_end "$name"; fi
    done
    running=0; queued=0
    for name in "${stageQueue[@]}"; do
      case "${stageState[$name]}" in running) running=$((running + 1)) ;; queued) queued=$((queued + 1)) ;; esac
    done
    for name in "${stageQueue[@]}"; do
      [ "$running" -lt "$ciSlots" ] || break
      if [ "${stageState[$name]}" = queued ] && stage_ready "$name"; then
        stage_launch "$name"; running=$((running + 1)); queued=$((queued - 1))
      fi
    done
    if [ "$running" -eq 0 ]; then
      [ "$queued" -eq 0 ] && break
      echo "stages queued but none can start (a cycle in after=): ${stageQueue[*]}" >&2; exit 2
    fi
    sleep 1
  done
  trap - INT TERM EXIT
}
