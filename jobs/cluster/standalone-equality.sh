#!/usr/bin/env bash
# `spegel evaluate` on a real Spark standalone cluster (one master, two workers, 127.0.0.1) equals
# the same evaluate run locally with local[*]: every metric CSV byte for byte.
#
#   jobs/cluster/standalone-equality.sh        (exit 0 and a PASS line, or non-zero and FAIL)
#
# The cluster run submits the thin jar (jobs/target/spegel-jobs-cluster.jar) through Spark's
# SparkSubmit with every input and --out given as a file:/// URI (the Hadoop file system route
# that hdfs:// and s3a:// take too); the local run is the self-contained jar with plain paths.
# Builds what is missing first. Logs: jobs/target/cluster-run/standalone-equality/.
#
#   FORMAT=parquet jobs/cluster/standalone-equality.sh
# does the same with the participants in Parquet (Exempelstad's × COPIES, default 20, unique
# person ids, several part files): then the executors read the row groups themselves.
#
#   HDFS=1 PRIVATE_DRIVER_TMP=1 jobs/cluster/standalone-equality.sh
# puts every input on a real HDFS (MiniDFSCluster) and the cluster run's --out there too, and runs
# the driver with a /tmp of its own that executors cannot see (cluster.sh); SPARK4=1 runs it all on
# Spark 4 with the Spark 4 thin jar.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"

say "== Spegel evaluate on a Spark standalone cluster vs local[*] =="
build_if_needed
start_cluster standalone-equality
[ "${HDFS:-0}" = 1 ] && start_hdfs
PARTICIPANTS="$EXAMPLE/participants.csv"
if [ "${FORMAT:-csv}" = parquet ]; then
  PARTICIPANTS=$(make_participants "${COPIES:-20}" parquet)
  say "input: $(describe_participants "$PARTICIPANTS")"
  export DRIVER_MEMORY=1500m
fi
PREFIX=$(location_prefix)
if [ "${HDFS:-0}" = 1 ]; then
  mapfile -t INPUTS < <(example_inputs)
  to_hdfs "${INPUTS[@]}" "$PARTICIPANTS"
  say "inputs put on HDFS under $PREFIX/…: $(hdfs_fs ls "$PREFIX$ROOT" | wc -l) files"
fi

say "cluster run: spark-submit --master $MASTER_URL --class se.spegel.jobs.cli.SpegelCli $(basename "$THIN_JAR") evaluate (${PREFIX%%:*}:// URIs)"
mapfile -t ARGS < <(evaluate_args "$PARTICIPANTS" "$WORK/out-cluster" "$PREFIX")
say "  --participants ${ARGS[4]}"
DRIVER_RUN=cluster submit "${ARGS[@]}" 2>&1 | tee "$WORK/driver-cluster.log" | indent
driver_tmp_evidence "$WORK/driver-tmp-cluster.log"
from_hdfs "$WORK/out-cluster"
executor_evidence
EXECUTORS=$(ls -d "$WORK"/worker-*/app-*/* 2>/dev/null | wc -l)
if [ "$EXECUTORS" -lt 2 ]; then
  say "FAIL: expected an executor on each of the two workers, found $EXECUTORS"
  exit 1
fi
say "  run.json names the inputs by URI: $(grep -m1 '"path"' "$WORK/out-cluster/run.json" | tr -s ' ')"

say "local run: java -jar spegel-jobs.jar evaluate --master local[*] (plain paths)"
mapfile -t ARGS < <(evaluate_args "$PARTICIPANTS" "$WORK/out-local")
java $OPENS -Xmx1g -jar "$LOCAL_JAR" "${ARGS[@]}" --master 'local[*]' 2>&1 | tee "$WORK/driver-local.log" | indent

say "compare: cluster vs local[*]"
if compare_metrics "$WORK/out-cluster" "$WORK/out-local"; then
  say "PASS: the standalone cluster's metric CSVs are byte-identical to local[*]'s"
else
  say "FAIL: the standalone cluster's metrics differ from local[*]'s"
  exit 1
fi
