#!/usr/bin/env bash
# Fault tolerance on a real Spark standalone cluster: an executor killed (kill -9) in the middle of
# the aggregation of `spegel evaluate` costs nothing but time. Spark re-runs the lost tasks (and
# any lost shuffle output), the worker launches a new executor, the job finishes and its metric
# CSVs equal those of an undisturbed run on the same cluster, byte for byte.
#
#   jobs/cluster/kill-executor.sh          (exit 0 and PASS lines, or non-zero and a FAIL line)
#   COPIES=40 jobs/cluster/kill-executor.sh    (a larger input; default 20 copies)
#   FORMAT=parquet jobs/cluster/kill-executor.sh   (the participants in Parquet, read by the executors)
#   HDFS=1 PRIVATE_DRIVER_TMP=1 jobs/cluster/kill-executor.sh   (inputs and outputs on HDFS, the
#       driver's /tmp invisible to executors; SPARK4=1 on Spark 4: cluster.sh)
#
# The input: Exempelstad's participants repeated COPIES times with distinct person ids
# (20 copies: 111 640 participants, a dozen tasks in the aggregation stage). Same cluster as
# standalone-equality.sh. Logs: jobs/target/cluster-run/kill-executor/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"
COPIES="${COPIES:-20}"
# Participants in Parquet are read by Spark's own Parquet scan (SparkParticipantScan), a few
# tasks per file: there the executor running any task of the scan is killed, a second after the
# task started, in the middle of its rows.
if [ "${FORMAT:-csv}" = parquet ]; then
  KILL_AFTER_TASKS="${KILL_AFTER_TASKS:-0}"
  KILL_DELAY="${KILL_DELAY:-1}"
else
  KILL_AFTER_TASKS="${KILL_AFTER_TASKS:-3}"
  KILL_DELAY="${KILL_DELAY:-0}"
fi

say "== Spegel evaluate survives a killed executor =="
build_if_needed
start_cluster kill-executor
trap 'stop_driver; stop_cluster' EXIT

stop_driver() {
  local pid
  for pid in $(pgrep -f "org.apache.spark.deploy.SparkSubmit .*$WORK" || true); do kill "$pid" 2>/dev/null || true; done
}

[ "${HDFS:-0}" = 1 ] && start_hdfs
PARTICIPANTS=$(make_participants "$COPIES" "${FORMAT:-csv}")
say "input: $(describe_participants "$PARTICIPANTS") ($COPIES copies of Exempelstad's)"
export DRIVER_MEMORY=1500m
PREFIX=$(location_prefix)
if [ "${HDFS:-0}" = 1 ]; then
  mapfile -t INPUTS < <(example_inputs)
  to_hdfs "${INPUTS[@]}" "$PARTICIPANTS"
  say "inputs put on HDFS under $PREFIX/…: $(hdfs_fs ls "$PREFIX$ROOT" | wc -l) files"
fi

say "undisturbed run on the cluster"
mapfile -t ARGS < <(evaluate_args "$PARTICIPANTS" "$WORK/out-undisturbed" "$PREFIX")
say "  --participants ${ARGS[4]}"
DRIVER_RUN=undisturbed submit "${ARGS[@]}" 2>&1 | tee "$WORK/driver-undisturbed.log" | indent
driver_tmp_evidence "$WORK/driver-tmp-undisturbed.log"
from_hdfs "$WORK/out-undisturbed"
# keep this run's executor folders apart: what is under worker-*/ from now on is the disturbed run's
mkdir -p "$WORK/undisturbed-executors"
for i in 1 2; do mv "$WORK/worker-$i"/app-* "$WORK/undisturbed-executors/worker-$i" ; done

say "disturbed run on the cluster: one executor is killed during the aggregation"
mapfile -t ARGS < <(evaluate_args "$PARTICIPANTS" "$WORK/out-disturbed" "$PREFIX")
DRIVER_RUN=disturbed submit "${ARGS[@]}" > "$WORK/driver-disturbed.log" 2>&1 &
DRIVER=$!

# The aggregation runs between the driver's lines "inputs validated" and "aggregated …": its big
# stage is the participants, sliced into many tasks, exploded per dimension and partially summed
# (the other stages, broadcasts of the small process and area tables, have a task or two). Once a
# task with index KILL_AFTER_TASKS or higher of a stage runs, both executors have finished tasks
# of it (their shuffle output lives in them): kill -9 the executor JVM running that task.
wait_for_line "$WORK/driver-disturbed.log" "inputs validated" 600 > /dev/null
KILLED=""
for ((i = 0; i < 3000; i++)); do
  kill -0 "$DRIVER" 2>/dev/null || break
  grep -q "aggregated" "$WORK/driver-disturbed.log" && break
  while read -r pid dir; do
    log="$WORK/$dir/stderr"
    running=$(grep -o 'Running task [0-9]*\.[0-9]* in stage [0-9]*\.[0-9]* (TID [0-9]*)' "$log" 2>/dev/null | tail -1 || true)
    [ -n "$running" ] || continue
    read -r _ _ task _ _ stage _ tid <<< "$running"
    if [ "${task%%.*}" -ge "$KILL_AFTER_TASKS" ] && ! grep -q "Finished task .*(TID ${tid%)})" "$log"; then
      sleep "$KILL_DELAY"
      grep -q "Finished task .*(TID ${tid%)})" "$log" && continue
      kill -9 "$pid"
      done_tasks=$(cat "$WORK"/worker-*/app-*/*/stderr | grep -c "Finished task [0-9.]* in stage $stage " || true)
      KILLED="executor $dir (pid $pid) while it ran task $task of stage $stage; $done_tasks tasks of the stage had finished"
      break
    fi
  done < <(executor_pids)
  [ -n "$KILLED" ] && break
  sleep 0.2
done
if [ -z "$KILLED" ]; then
  wait "$DRIVER" || true
  say "FAIL: the aggregation ended before an executor ran its task $KILL_AFTER_TASKS (too few tasks? try COPIES=40)"
  exit 1
fi
say "  killed $KILLED"

set +e
wait "$DRIVER"
RC=$?
set -e
indent < "$WORK/driver-disturbed.log" | grep -v '^    \s*at ' | head -40
if [ "$RC" -ne 0 ]; then
  say "FAIL: the disturbed run ended with exit code $RC (log: $WORK/driver-disturbed.log)"
  exit 1
fi
say "PASS: the job finished (exit code 0) although an executor was killed"
driver_tmp_evidence "$WORK/driver-tmp-disturbed.log"
from_hdfs "$WORK/out-disturbed"

say "what Spark did about it:"
grep -h -m3 -E 'Lost executor|Lost task|ExecutorLostFailure|Resubmitt' "$WORK/driver-disturbed.log" | cut -c1-200 | indent || true
APP=$(basename "$(ls -d "$WORK"/worker-*/app-* | head -1)")
grep -h -E "(Removing|Launching) executor $APP" "$WORK/master.log" | sed 's/^.*INFO Master: //' | indent
executor_evidence
EXECUTORS=$(ls -d "$WORK"/worker-*/"$APP"/* | wc -l)
if [ "$EXECUTORS" -lt 3 ]; then
  say "FAIL: $EXECUTORS executors ran the disturbed run; expected the two first ones and a replacement"
  exit 1
fi
say "PASS: the worker launched a replacement executor ($EXECUTORS executors in all for $APP)"

say "compare: disturbed vs undisturbed"
if compare_metrics "$WORK/out-disturbed" "$WORK/out-undisturbed"; then
  say "PASS: the metrics of the run with a killed executor are byte-identical to the undisturbed run's"
else
  say "FAIL: the metrics of the run with a killed executor differ from the undisturbed run's"
  exit 1
fi
