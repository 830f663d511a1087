# Sourced by the cluster scripts (standalone-equality.sh, kill-executor.sh); not run on its own.
#
# A real Spark standalone cluster on this machine, all on 127.0.0.1: one master and two workers
# (1 core, 1 GB each), started from the Spark jars Maven fetched (jobs/target/spark-home/jars,
# built by jobs/cluster/spark-home/pom.xml: no download from outside Maven Central). The workers
# launch their executors through that folder, as through a Spark distribution's SPARK_HOME.
# Ports are chosen by the system (port 0), so the scripts do not collide with other Spark users
# of the machine. Everything started here is stopped when the calling script exits.
#
# Variables (unset: Spark 3.5, file:/// URIs, the driver sees the machine's /tmp):
#   SPARK4=1              Spark 4 (Scala 2.13): mvn -Pspark4, the thin jar spegel-jobs-cluster-spark4.jar,
#                         Spark 4's jars in jobs/target/spark-home-spark4/jars
#   HDFS=1                a real HDFS (Hadoop's MiniDFSCluster, jobs/cluster/MiniHdfs.java) holds every
#                         input and the cluster run's --out, all given as hdfs://localhost:PORT/… URIs
#   PRIVATE_DRIVER_TMP=1  the driver (spark-submit, client mode) runs in its own mount namespace with
#                         an empty tmpfs on /tmp (unshare -m, as root): nothing it writes there can be
#                         seen by the executors; the scripts watch its /tmp and say what was in it

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ "${SPARK4:-0}" = 1 ]; then
  FLAVOUR="-spark4"
  PROFILES="-Pcluster,spark4"
else
  FLAVOUR=""
  PROFILES="-Pcluster"
fi
SPARK_HOME_DIR="$ROOT/jobs/target/spark-home$FLAVOUR"
THIN_JAR="$ROOT/jobs/target/spegel-jobs-cluster$FLAVOUR.jar"
LOCAL_JAR="$ROOT/jobs/target/spegel-jobs.jar"
SCALA_WANTED=$([ -n "$FLAVOUR" ] && echo 2.13 || echo 2.12)
HDFS_HOME_DIR="$ROOT/jobs/target/hdfs"
HDFS_JAVA=(java -cp "$HDFS_HOME_DIR/jars/*" "$ROOT/jobs/cluster/MiniHdfs.java")
HDFS_URI=""
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

# the Scala version of the Spark the self-contained jar was last built for (its manifest's Class-Path)
local_jar_scala() {
  unzip -p "$LOCAL_JAR" META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r\n ' | grep -m1 -o 'spark-core_2\.1[0-9]' | cut -d_ -f2
}

build_if_needed() {
  if stale "$THIN_JAR" || stale "$LOCAL_JAR" || [ "$(local_jar_scala)" != "$SCALA_WANTED" ]; then
    say "build: mvn $PROFILES package (the thin jar and the self-contained one; a minute or two)"
    (cd "$ROOT" && $MVN -DskipTests $PROFILES package 2>&1) | plain
  fi
  if [ ! -d "$SPARK_HOME_DIR/jars" ] || [ "$ROOT/jobs/cluster/spark-home/pom.xml" -nt "$SPARK_HOME_DIR/jars" ]; then
    say "build: Spark's jars from Maven into $SPARK_HOME_DIR/jars"
    rm -rf "$SPARK_HOME_DIR/jars"
    (cd "$ROOT" && $MVN -f jobs/cluster/spark-home/pom.xml ${FLAVOUR:+-Pspark4} package 2>&1) | plain
  fi
  # a distribution's layout: jars/ and conf/ (no log4j2.properties in it: the daemons and
  # executors log at Spark's INFO default into their log files, which the scripts read)
  mkdir -p "$SPARK_HOME_DIR/conf"
  say "build: $(basename "$THIN_JAR") ($(du -m "$THIN_JAR" | cut -f1) MB, Spark provided); Spark jars: $(ls "$SPARK_HOME_DIR/jars" | grep -c '\.jar$') in jobs/target/$(basename "$SPARK_HOME_DIR")/jars ($(ls "$SPARK_HOME_DIR/jars" | grep -m1 -o '^spark-core_.*[0-9]'))"
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

# ---- HDFS (HDFS=1) ------------------------------------------------------------------------

# start_hdfs: one NameNode and one DataNode (Hadoop's MiniDFSCluster, from Maven's jars) on
# 127.0.0.1, data in $WORK/hdfs; sets HDFS_URI (hdfs://localhost:PORT). Stopped with the cluster.
start_hdfs() {
  if [ ! -d "$HDFS_HOME_DIR/jars" ] || [ "$ROOT/jobs/cluster/hdfs/pom.xml" -nt "$HDFS_HOME_DIR/jars" ]; then
    say "build: Hadoop's MiniDFSCluster jars from Maven into $HDFS_HOME_DIR/jars"
    rm -rf "$HDFS_HOME_DIR/jars"
    (cd "$ROOT" && $MVN -f jobs/cluster/hdfs/pom.xml package 2>&1) | plain
  fi
  "${HDFS_JAVA[@]}" start "$WORK/hdfs" > "$WORK/hdfs.log" 2>&1 &
  CLUSTER_PIDS+=($!)
  local line
  line=$(wait_for_line "$WORK/hdfs.log" "HDFS at hdfs://" 180)
  HDFS_URI=$(grep -o 'hdfs://[^ ]*' <<< "$line")
  say "hdfs    $line (pid $!, log jobs/target/cluster-run/$(basename "$WORK")/hdfs.log)"
}

# hdfs_fs put|get|ls ARGS...: `hadoop fs` through Hadoop's Java API (jobs/cluster/MiniHdfs.java)
hdfs_fs() {
  "${HDFS_JAVA[@]}" "$@" 2>> "$WORK/hdfs-fs.log" | grep -v '^SLF4J' || true
}

# location_prefix: what goes before an absolute local path to name the same file for the cluster
# run: file:// (the local disk), or the folder /spegel of the HDFS, which mirrors the local paths
location_prefix() {
  if [ "${HDFS:-0}" = 1 ]; then echo "$HDFS_URI/spegel"; else echo "file://"; fi
}

# to_hdfs PATH...: copies local files or folders to the same paths under $HDFS_URI/spegel (HDFS=1)
to_hdfs() {
  [ "${HDFS:-0}" = 1 ] || return 0
  local args=() p
  for p in "$@"; do args+=("$p" "$HDFS_URI/spegel$p"); done
  hdfs_fs put "${args[@]}" > /dev/null
}

# from_hdfs OUT: the cluster run's output folder, written to HDFS, copied back to OUT to be
# compared (HDFS=1); prints what HDFS holds
from_hdfs() {
  [ "${HDFS:-0}" = 1 ] || return 0
  say "  --out on HDFS: $HDFS_URI/spegel$1 holds:"
  hdfs_fs ls "$HDFS_URI/spegel$1" | grep -v '/metrics/[a-z_]*/part' | indent
  rm -rf "$1"
  hdfs_fs get "$HDFS_URI/spegel$1" "$1" > /dev/null
}

# the Exempelstad inputs other than participants (uploaded to HDFS with to_hdfs)
example_inputs() {
  printf '%s\n' "$EXAMPLE/processes.csv" "$EXAMPLE/population_age_gender.csv" "$EXAMPLE/population_education.csv" \
    "$EXAMPLE/population_origin.csv" "$EXAMPLE/areas.csv"
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
# as `spark-submit --deploy-mode client` starts it), then `spegel ARGS`. With PRIVATE_DRIVER_TMP=1
# the driver runs in its own mount namespace whose /tmp is an empty tmpfs (a marker file written
# there first), watched while it runs (DRIVER_RUN names the run's watch log).
submit() {
  local wrap=() watcher="" rc=0
  if [ "${PRIVATE_DRIVER_TMP:-0}" = 1 ]; then
    DRIVER_MARKER="spegel-driver-only-$$-$RANDOM"
    wrap=(unshare --mount --propagation private sh -c \
      'mount -t tmpfs -o size=4g spegel-driver-tmp /tmp && echo "$1" > "/tmp/$1" && shift && exec "$@"' sh "$DRIVER_MARKER")
    watch_driver_tmp "$DRIVER_MARKER" "$WORK/driver-tmp-${DRIVER_RUN:-run}.log" &
    watcher=$!
  fi
  timeout --kill-after=10 "${SUBMIT_TIMEOUT:-900}" "${wrap[@]}" \
    "${SPARK_JAVA[@]}" -Xmx${DRIVER_MEMORY:-1g} ${DRIVER_JAVA_OPTS:-} org.apache.spark.deploy.SparkSubmit \
      --master "$MASTER_URL" --deploy-mode client --name spegel \
      --conf spark.driver.host=127.0.0.1 \
      --conf spark.executor.cores=1 --conf spark.executor.memory=768m --conf spark.cores.max=2 \
      --class se.spegel.jobs.cli.SpegelCli "$THIN_JAR" "$@" || rc=$?
  if [ -n "$watcher" ]; then
    kill "$watcher" 2>/dev/null || true
    wait "$watcher" 2>/dev/null || true
  fi
  return $rc
}

# watch_driver_tmp MARKER LOG: while the driver runs, notes every half second its pid and mount
# namespace, the entries of its /tmp (as /proc/PID/root/tmp shows them from outside), and for each
# executor of the cluster whether the marker file can be seen in the executor's /tmp
watch_driver_tmp() {
  local marker="$1" log="$2" self_ns pid ns e
  self_ns=$(readlink /proc/self/ns/mnt)
  : > "$log"
  while true; do
    for pid in $(pgrep -f "org.apache.spark.deploy.SparkSubmit .*$WORK" || true); do
      ns=$(readlink "/proc/$pid/ns/mnt" 2>/dev/null) || continue
      # the driver once its private /tmp is mounted and the marker written (not timeout, not the shell before)
      [ "$ns" != "$self_ns" ] && [ -e "/proc/$pid/root/tmp/$marker" ] || continue
      echo "driver $pid $ns $self_ns $(stat -f -c %T "/proc/$pid/root/tmp") $(stat -f -c %T /tmp)"
      ls -A "/proc/$pid/root/tmp" 2>/dev/null | sed 's/^/tmp /'
      for e in $(executor_pids | cut -d' ' -f1); do
        if [ -e "/proc/$e/root/tmp/$marker" ]; then echo "executor-sees $e"; else echo "executor-blind $e"; fi
      done
    done >> "$log"
    sleep 0.5
  done
}

# driver_tmp_evidence LOG: what the watch saw (PRIVATE_DRIVER_TMP=1); fails unless the driver ran in
# its own namespace, executors never saw its marker, nothing of its /tmp is in the machine's /tmp,
# and no input was copied there (no spegel-input-* folder)
driver_tmp_evidence() {
  [ "${PRIVATE_DRIVER_TMP:-0}" = 1 ] || return 0
  local log="$1" driver entries leaked=0 name sees blind
  driver=$(grep -m1 '^driver ' "$log" || true)
  if [ -z "$driver" ]; then
    say "FAIL: the driver was never seen in its own mount namespace with the marker in its /tmp ($log)"
    return 1
  fi
  read -r _ pid ns self_ns fs self_fs <<< "$driver"
  say "  driver pid $pid in its own mount namespace $ns (this shell, the workers and executors: $self_ns); its /tmp: $fs, the machine's /tmp: $self_fs"
  entries=$(grep '^tmp ' "$log" | cut -d' ' -f2- | sort -u)
  say "  the driver's /tmp during the run: $(sed -E 's/([0-9a-f]{8})-[0-9a-f-]{27}/\1…/' <<< "$entries" | tr '\n' ' ')"
  while read -r name; do
    # hsperfdata_USER: each JVM's performance-data folder, by name in every /tmp
    [ -n "$name" ] && [ "${name#hsperfdata_}" = "$name" ] || continue
    if [ -e "/tmp/$name" ]; then say "  LEAK: /tmp/$name exists in the machine's /tmp too"; leaked=1; fi
  done <<< "$entries"
  sees=$(grep -c '^executor-sees ' "$log" || true)
  blind=$(grep -c '^executor-blind ' "$log" || true)
  say "  marker /tmp/$(grep -m1 -o 'spegel-driver-only-[0-9-]*' <<< "$entries"): in the driver's /tmp; in the machine's /tmp: $([ -e "/tmp/$(grep -m1 -o 'spegel-driver-only-[0-9-]*' <<< "$entries")" ] && echo yes || echo no); seen by an executor $sees times, not seen $blind times ($(grep '^executor-' "$log" | cut -d' ' -f2 | sort -u | wc -l) executor JVMs checked)"
  if grep -q '^spegel-input-' <<< "$entries"; then
    say "FAIL: an input was copied to the driver's /tmp: $(grep '^spegel-input-' <<< "$entries" | tr '\n' ' ')"
    return 1
  fi
  say "  no input copied to the driver's disk: no spegel-input-* in its /tmp"
  if [ "$leaked" -ne 0 ] || [ "$sees" -ne 0 ] || [ "$blind" -eq 0 ]; then
    say "FAIL: the driver's /tmp was not private (leaked: $leaked, executors that saw the marker: $sees, checks: $blind)"
    return 1
  fi
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

# evaluate_args PARTICIPANTS OUT [PREFIX]: evaluate's options for the Exempelstad inputs, every
# path prefixed with PREFIX (file:// for file:/// URIs, $HDFS_URI/spegel for HDFS, location_prefix)
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
