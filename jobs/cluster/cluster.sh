# Sourced by the cluster scripts (standalone-equality.sh, kill-executor.sh); not run on its own.
#
# A real Spark standalone cluster on this machine, all on 127.0.0.1: one master and two workers
# (1 core, 1 GB each), started from the Spark jars Maven fetched (jobs/target/spark-home/jars,
# built by jobs/cluster/spark-home/pom.xml: no download from outside Maven Central). The workers
# launch their executors through that folder, as through a Spark distribution's SPARK_HOME.
# Ports are chosen by the system (port 0), so the scripts do not collide with other Spark users
# of the machine. Everything started here is stopped when the calling script exits.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SPARK_HOME_DIR="$ROOT/jobs/target/spark-home"
THIN_JAR="$ROOT/jobs/target/spegel-jobs-cluster.jar"
LOCAL_JAR="$ROOT/jobs/target/spegel-jobs.jar"
EXAMPLE="$ROOT/examples/exempelstad"
MVN="${MVN:-mvn -B -q}"
export SPARK_LOCAL_IP=127.0.0.1

# Java 17 flags Spark needs (the list of ./spegel). A Spark distribution's bin/spark-submit adds
# them to the driver itself; here SparkSubmit is started directly, so they are given by hand.
OPENS=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
         java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done

CLUSTER_PIDS=()
WORK=""
MASTER_URL=""

say() { printf '%s\n' "$*"; }
indent() { sed -u 's/^/    /'; }
# Maven's output without its terminal colour codes (-q still prints some) and empty lines
plain() { sed -u -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'; }

# ---- build ---------------------------------------------------------------------------------

stale() {
  [ ! -f "$1" ] && return 0
  [ -n "$(find "$ROOT/pom.xml" "$ROOT"/*/pom.xml "$ROOT/jobs/cluster/pom.xml" "$ROOT"/*/src/main "$ROOT/conf" \
          -newer "$1" -type f -print -quit 2>/dev/null)" ]
}

build_if_needed() {
  if stale "$THIN_JAR" || stale "$LOCAL_JAR"; then
    say "build: mvn -Pcluster package (the thin jar and the self-contained one; a minute or two)"
    (cd "$ROOT" && $MVN -DskipTests -Pcluster package 2>&1) | plain
  fi
  if [ ! -d "$SPARK_HOME_DIR/jars" ] || [ "$ROOT/jobs/cluster/spark-home/pom.xml" -nt "$SPARK_HOME_DIR/jars" ]; then
    say "build: Spark's jars from Maven into $SPARK_HOME_DIR/jars"
    rm -rf "$SPARK_HOME_DIR/jars"
    (cd "$ROOT" && $MVN -f jobs/cluster/spark-home/pom.xml package 2>&1) | plain
  fi
  # a distribution's layout: jars/ and conf/ (no log4j2.properties in it: the daemons and
  # executors log at Spark's INFO default into their log files, which the scripts read)
  mkdir -p "$SPARK_HOME_DIR/conf"
  say "build: $(basename "$THIN_JAR") ($(du -m "$THIN_JAR" | cut -f1) MB, Spark provided); Spark jars: $(ls "$SPARK_HOME_DIR/jars" | grep -c '\.jar$') in jobs/target/spark-home/jars"
}

# ---- cluster -------------------------------------------------------------------------------

# the Scala version of the Spark jars (spark-core_2.12-3.5.9.jar: 2.12)
scala_version() {
  ls "$SPARK_HOME_DIR/jars" | grep -m1 -o '^spark-core_[0-9.]*[0-9]' | cut -d_ -f2
}

# the java command of a Spark daemon (an array, so that `&` gives the JVM's own pid)
SPARK_JAVA=(java $OPENS -cp "$SPARK_HOME_DIR/conf:$SPARK_HOME_DIR/jars/*")

# wait_for_line FILE PATTERN SECONDS: the first line of FILE matching PATTERN (fails after SECONDS)
wait_for_line() {
  local file="$1" pattern="$2" seconds="$3" i
  for ((i = 0; i < seconds * 2; i++)); do
    if [ -f "$file" ] && grep -m1 -E "$pattern" "$file"; then
      return 0
    fi
    sleep 0.5
  done
  say "FAIL: no line /$pattern/ in $file after $seconds s; its end:" >&2
  tail -20 "$file" >&2 || true
  return 1
}

# start_cluster NAME: master and two workers; logs and work folders in jobs/target/cluster-run/NAME
start_cluster() {
  WORK="$ROOT/jobs/target/cluster-run/$1"
  rm -rf "$WORK"
  mkdir -p "$WORK"
  trap stop_cluster EXIT
  trap 'exit 130' INT TERM

  "${SPARK_JAVA[@]}" -Xmx256m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
    > "$WORK/master.log" 2>&1 &
  CLUSTER_PIDS+=($!)
  MASTER_URL=$(wait_for_line "$WORK/master.log" "Starting Spark master at spark://" 120 | grep -o 'spark://[0-9.:]*')
  say "master  $MASTER_URL (pid ${CLUSTER_PIDS[0]}, log jobs/target/cluster-run/$1/master.log)"

  local i
  for i in 1 2; do
    mkdir -p "$WORK/worker-$i/local"
    # SPARK_SCALA_VERSION: what Spark's sbin scripts (load-spark-env.sh) export for the worker;
    # its executor launcher asks for it
    SPARK_HOME="$SPARK_HOME_DIR" SPARK_SCALA_VERSION="$(scala_version)" SPARK_LOCAL_DIRS="$WORK/worker-$i/local" \
      "${SPARK_JAVA[@]}" -Xmx256m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
        --cores 1 --memory 1g --work-dir "$WORK/worker-$i" "$MASTER_URL" > "$WORK/worker-$i.log" 2>&1 &
    CLUSTER_PIDS+=($!)
  done
  for i in 1 2; do
    wait_for_line "$WORK/worker-$i.log" "Successfully registered with master" 120 > /dev/null
    say "worker $i registered: 1 core, 1 GB (pid ${CLUSTER_PIDS[$i]}, work dir jobs/target/cluster-run/$1/worker-$i)"
  done
}

# executor_pids: the executor JVMs of this cluster (found by their working folder, so that other
# people's Spark processes on the machine are never touched); "PID WORKER-FOLDER/APP/EXECUTOR-ID"
executor_pids() {
  local pid cwd
  for pid in $(pgrep -f org.apache.spark.executor.CoarseGrainedExecutorBackend || true); do
    cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null || true)
    case "$cwd" in "$WORK"/*) echo "$pid ${cwd#"$WORK"/}" ;; esac
  done
}

stop_cluster() {
  local pid
  # workers kill their executors when they stop; executors still running after that are ours too
  for pid in "${CLUSTER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${CLUSTER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$WORK" ]; then
    for pid in $(executor_pids | cut -d' ' -f1); do kill -9 "$pid" 2>/dev/null || true; done
  fi
  CLUSTER_PIDS=()
}

# ---- runs ----------------------------------------------------------------------------------

# submit ARGS...: spark-submit of the thin jar to the cluster (client mode: the driver is this JVM,
# as `spark-submit --deploy-mode client` starts it), then `spegel ARGS`
submit() {
  timeout --kill-after=10 "${SUBMIT_TIMEOUT:-900}" \
    "${SPARK_JAVA[@]}" -Xmx${DRIVER_MEMORY:-1g} ${DRIVER_JAVA_OPTS:-} org.apache.spark.deploy.SparkSubmit \
      --master "$MASTER_URL" --deploy-mode client --name spegel \
      --conf spark.driver.host=127.0.0.1 \
      --conf spark.executor.cores=1 --conf spark.executor.memory=768m --conf spark.cores.max=2 \
      --class se.spegel.jobs.cli.SpegelCli "$THIN_JAR" "$@"
}

# make_participants COPIES FORMAT: Exempelstad's participants COPIES times, person ids made unique
# per copy (p037569 -> p037569-7), as $WORK/input/participants.csv or, with FORMAT parquet, as a
# Parquet folder of several part files (jobs/cluster/ParticipantsToParquet.java); prints its path
make_participants() {
  local copies="$1" format="$2"
  mkdir -p "$WORK/input"
  awk -F, -v OFS=, -v copies="$copies" 'NR == 1 { print; next } { id = $2; for (i = 0; i < copies; i++) { $2 = id "-" i; print } }' \
    "$EXAMPLE/participants.csv" > "$WORK/input/participants.csv"
  if [ "$format" = parquet ]; then
    java $OPENS -cp "$SPARK_HOME_DIR/jars/*" "$ROOT/jobs/cluster/ParticipantsToParquet.java" \
      "$WORK/input/participants.csv" "$WORK/input/participants.parquet" > "$WORK/input/convert.log" 2>&1
    echo "$WORK/input/participants.parquet"
  else
    echo "$WORK/input/participants.csv"
  fi
}

# describe_participants PATH: "111640 participants in 37 Parquet part files" (or "... in a CSV file")
describe_participants() {
  local rows=$(($(wc -l < "$WORK/input/participants.csv") - 1))
  if [ -d "$1" ]; then
    echo "$rows participants in $(ls "$1"/*.parquet | wc -l) Parquet part files"
  else
    echo "$rows participants in a CSV file"
  fi
}

# evaluate_args PARTICIPANTS OUT [file://]: evaluate's options for the Exempelstad inputs,
# every path as a file:/// URI when the third argument says so
evaluate_args() {
  local participants="$1" out="$2" prefix="${3:-}"
  printf '%s\n' evaluate --processes "$prefix$EXAMPLE/processes.csv" --participants "$prefix$participants" \
    --population "$prefix$EXAMPLE/population_age_gender.csv" "$prefix$EXAMPLE/population_education.csv" \
    "$prefix$EXAMPLE/population_origin.csv" --areas "$prefix$EXAMPLE/areas.csv" --out "$prefix$out"
}

# compare_metrics A B: PASS when every metric CSV of A/metrics is byte-identical to B's (and both
# have the same set); prints one line per file
compare_metrics() {
  local a="$1/metrics" b="$2/metrics" f same=0 different=0
  if [ "$(cd "$a" && ls ./*.csv)" != "$(cd "$b" && ls ./*.csv)" ]; then
    say "FAIL: different metric files: $(cd "$a" && ls ./*.csv | tr '\n' ' ') vs $(cd "$b" && ls ./*.csv | tr '\n' ' ')"
    return 1
  fi
  for f in "$a"/*.csv; do
    if cmp -s "$f" "$b/$(basename "$f")"; then
      say "  identical  metrics/$(basename "$f") ($(wc -l < "$f") lines, sha256 $(sha256sum "$f" | cut -c1-16)…)"
      same=$((same + 1))
    else
      say "  DIFFERENT  metrics/$(basename "$f"):"
      diff "$f" "$b/$(basename "$f")" | head -10 | indent
      different=$((different + 1))
    fi
  done
  [ "$different" -eq 0 ] && [ "$same" -gt 0 ]
}

# executor_evidence: per executor of the last application, where it ran and how many tasks it
# finished, and whether Spark started it with the Java 17 --add-opens flags
executor_evidence() {
  local log
  for log in "$WORK"/worker-*/app-*/*/stderr; do
    [ -f "$log" ] || continue
    local dir="${log%/stderr}" opens="no"
    head -1 "$log" | grep -q -- '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED' && opens="yes"
    say "  executor ${dir#"$WORK"/}: $(grep -c 'Finished task' "$log" || true) tasks finished; launched with --add-opens: $opens"
  done
}
