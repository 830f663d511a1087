#!/usr/bin/env bash
# National-scale benchmark: for each size, generate the inputs (cached), time `spegel evaluate`
# as a user runs it, run the same core aggregation in DuckDB on the same files, check that the
# two agree row by row, and print one table. See bench/README.md for what each figure means.
#
# Usage: bench/run.sh [SIZE...]          sizes like 1M 10M 30M 500k (default: 1M 10M 30M)
# Environment (all optional):
#   SEED=42 PROCESSES=2000 KOMMUNER=290   what to generate (KOMMUNER=8 PROCESSES=30: a smoke set)
#   TIMEOUT=900                           seconds one `spegel evaluate` may take; then "timeout"
#   SKIP_SPEGEL=1                         only generate and run DuckDB (reference times, data for later)
#   PROTECTION=off                        off: Spegel runs with spegel.disclosure.enabled=false, so its
#                                         counts can be checked against DuckDB's exactly; on: as a user
#                                         runs it (cell key perturbation), timed but not row-checked
#   SPEGEL_JAVA_OPTS                      JVM options for Spegel, as for ./spegel (default: none)
#   SPEGEL_BENCH_DATA=bench/data          where generated inputs are cached (by seed, size, ...)
#   SPEGEL_BENCH_OUT=out/bench            Spegel's outputs, logs and results.md
#   SCB_DIR                               the SCB tables (default: ../shared/data/scb-kommun-2019)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SEED="${SEED:-42}"
PROCESSES="${PROCESSES:-2000}"
KOMMUNER="${KOMMUNER:-290}"
TIMEOUT="${TIMEOUT:-900}"
PROTECTION="${PROTECTION:-off}"
case "$PROTECTION" in
  off) PROTECTION_OPTS=(-Dspegel.disclosure.enabled=false) ;;
  on) PROTECTION_OPTS=() ;;
  *) echo "bench/run.sh: PROTECTION must be on or off, was $PROTECTION" >&2; exit 2 ;;
esac
DATA_ROOT="${SPEGEL_BENCH_DATA:-bench/data}"
OUT_ROOT="${SPEGEL_BENCH_OUT:-out/bench}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1M 10M 30M)
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

scb_dir() {
  for d in "${SCB_DIR:-}" ../shared/data/scb-kommun-2019 ../../shared/data/scb-kommun-2019; do
    if [ -n "$d" ] && [ -f "$d/SCB_alderkon.csv" ]; then echo "$d"; return; fi
  done
  echo "bench/run.sh: SCB tables not found; set SCB_DIR to the folder holding SCB_alderkon.csv" >&2
  exit 2
}

# The jar under test and the bench jar, rebuilt when any source is newer (never `mvn install`).
build() {
  local jar=bench/target/spegel-bench.jar
  if [ -f "$jar" ] && [ -f bench/target/classpath.txt ] && [ -f jobs/target/spegel-jobs.jar ] && [ -z "$(find pom.xml ./*/pom.xml \
      ./*/src/main conf -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    return
  fi
  echo "building jobs and bench (mvn -Pbench -pl bench -am package)..." >&2
  local mvn=(mvn -B -q -Denforcer.skip -Pbench -pl bench -am -DskipTests package)
  "${mvn[@]}" -o >&2 || "${mvn[@]}" >&2
}

to_number() {
  awk -v s="$1" 'BEGIN { u = toupper(substr(s, length(s))); f = u == "M" ? 1e6 : u == "K" ? 1e3 : 1;
    n = f == 1 ? s : substr(s, 1, length(s) - 1); if (n !~ /^[0-9.]+$/) exit 1; printf "%d", n * f }' \
    || { echo "bench/run.sh: not a size: $1 (e.g. 1M, 500k)" >&2; exit 2; }
}

# value of a line "Label: value" in GNU time's -v output
time_field() { [ -f "$1" ] || return 0; sed -n "s/^[[:space:]]*$2: //p" "$1" | head -n 1; }
prop() { sed -n "s/^$2=//p" "$1" 2>/dev/null | head -n 1 || true; }  # empty when DuckDB left no result

build
SCB="$(scb_dir)"
CP="bench/target/spegel-bench.jar:$(cat bench/target/classpath.txt)"
GEN_VERSION="$(sed -n 's/.*int VERSION = \([0-9]*\);.*/\1/p' bench/src/main/java/se/spegel/bench/generate/GenerateMain.java)"
mkdir -p "$OUT_ROOT" "$DATA_ROOT"
RESULTS="$OUT_ROOT/results.md"
HEADER="| size | Spegel wall s | Spegel CPU s | rows/s | peak RSS MB | read / aggregate / metrics / write s | DuckDB query s | DuckDB JVM s | Spegel/DuckDB | read+aggregate/DuckDB | agreement | load |"
ROWS=()

for size in "${SIZES[@]}"; do
  n="$(to_number "$size")"
  data="$DATA_ROOT/n$n-seed$SEED-p$PROCESSES-k$KOMMUNER-v$GEN_VERSION"
  out="$OUT_ROOT/$size-p$PROCESSES-k$KOMMUNER"
  if [ ! -f "$data/generated.properties" ]; then
    echo "== $size: generating $n participants into $data" >&2
    java -cp "$CP" se.spegel.bench.generate.GenerateMain --size "$n" --seed "$SEED" --processes "$PROCESSES" \
      --kommuner "$KOMMUNER" --scb "$SCB" --out "$data" 2>&1 | grep -v '^SLF4J' >&2
  fi
  rm -rf "$out"
  mkdir -p "$out"

  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s.%N)
  if [ "${SKIP_SPEGEL:-0}" = 1 ]; then
    rc=-1
  else
    echo "== $size: spegel evaluate (timeout ${TIMEOUT} s, load average $load)" >&2
    # What a user runs: the jar (its manifest carries Spark's --add-opens flags) with ./spegel's JVM options.
    set +e
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out/spegel.time" timeout -k 10 "$TIMEOUT" \
      java -XX:+UseParallelGC -XX:MetaspaceSize=256m -XX:InitialRAMPercentage=12.5 ${SPEGEL_JAVA_OPTS:-} \
        "${PROTECTION_OPTS[@]}" \
        -jar jobs/target/spegel-jobs.jar evaluate \
        --processes "$data/processes.csv" --participants "$data/participants" \
        --population "$data/population_age_gender.parquet" "$data/population_education.parquet" "$data/population_origin.parquet" \
        --areas "$data/areas.csv" --out "$out/spegel" >"$out/spegel.log" 2>&1
    rc=$?
    set -e
  fi
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  cpu=$(awk -v u="$(time_field "$out/spegel.time" 'User time (seconds)')" -v s="$(time_field "$out/spegel.time" 'System time (seconds)')" \
    'BEGIN { printf "%.1f", u + s }')
  rss_kb="$(time_field "$out/spegel.time" 'Maximum resident set size (kbytes)')"
  rss=$([ -n "$rss_kb" ] && echo $(( rss_kb / 1024 )) || echo -)
  compare=()
  steps="-"
  core_ms=""
  if [ "$rc" -eq 0 ]; then
    # Spegel's own timings (run.json): reading + validating, the Spark aggregation, metrics, writing
    steps=$(sed -n '/"timings_ms"/,/}/p' "$out/spegel/run.json" | awk -F'[":, ]+' \
      '/read_inputs|aggregate_participants|compute_metrics|write_outputs/ { printf "%s%.0f", sep, $3 / 1000; sep = " / " }')
    # Spegel's own share of what DuckDB does: reading the inputs and aggregating the participants
    core_ms=$(sed -n '/"timings_ms"/,/}/p' "$out/spegel/run.json" | awk -F'[":, ]+' \
      '/read_inputs|aggregate_participants/ { s += $3 } END { print s }')
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
    # protected counts differ from the true ones by design: only unprotected runs are row-checked
    [ "$PROTECTION" = off ] && compare=(--spegel-metrics "$out/spegel/metrics")
    grep -E '^  (read|aggregated|wrote)|^Done' "$out/spegel.log" >&2 || true
  elif [ "$rc" -eq -1 ]; then
    rate="not run"; wall="-"; cpu="-"
  elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    rate="timeout"; wall=">$TIMEOUT"
  else
    rate="failed (exit $rc)"
    tail -n 5 "$out/spegel.log" >&2
  fi

  echo "== $size: DuckDB" >&2
  set +e
  /usr/bin/time -v -o "$out/duckdb.time" java -cp "$CP" se.spegel.bench.duckdb.CompareMain --data "$data" \
    "${compare[@]}" --result "$out/duckdb.properties" 2>&1 | grep -v '^SLF4J' | tee "$out/duckdb.log" >&2
  set -e
  duck=$(prop "$out/duckdb.properties" duckdb_query_s)
  duck_jvm=$(awk -v t="$(time_field "$out/duckdb.time" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')" \
    'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }')
  agreement=$(prop "$out/duckdb.properties" agreement)
  ratio="-"
  core_ratio="-"
  if [ "$rc" -eq 0 ] && [ -n "$duck" ]; then
    ratio=$(awk -v a="$wall" -v b="$duck" 'BEGIN { printf "%.1f", a / b }')
    core_ratio=$(awk -v a="$core_ms" -v b="$duck" 'BEGIN { printf "%.1f", a / 1000 / b }')
  fi
  ROWS+=("| $size | $wall | $cpu | $rate | $rss | $steps | ${duck:--} | $duck_jvm | $ratio | $core_ratio | ${agreement:-not checked} | $load |")
done

{
  echo
  echo "### $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), seed $SEED, $PROCESSES processes, $KOMMUNER municipalities, protection $PROTECTION"
  echo
  echo "$HEADER"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee -a "$RESULTS"
echo "(appended to $RESULTS; Spegel's outputs and logs in $OUT_ROOT/<size>-p<processes>-k<municipalities>/)" >&2
