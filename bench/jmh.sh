#!/usr/bin/env bash
# JMH benchmarks of the metric kernels and the report renderer (bench/src/main/java/se/spegel/bench/jmh).
# Usage: bench/jmh.sh [JMH OPTIONS] [BENCHMARK REGEX]
#   bench/jmh.sh                                  everything (about 15 minutes)
#   bench/jmh.sh ReportRender                     report rendering only
#   bench/jmh.sh MetricKernels -p participants=500 -p categories=9
#   bench/jmh.sh -h                               JMH's own options
# The render benchmark reads Exempelstad's metrics from out/bench/exempelstad/metrics, made here when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

jar=bench/target/spegel-bench.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main conf -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "building jobs and bench (mvn -Pbench -pl bench -am package)..." >&2
  mvn=(mvn -B -q -Denforcer.skip -Pbench -pl bench -am -DskipTests package)
  "${mvn[@]}" -o >&2 || "${mvn[@]}" >&2
fi

metrics=out/bench/exempelstad/metrics
if [ ! -f "$metrics/category_gaps.csv" ]; then
  ex=examples/exempelstad
  java -XX:+UseParallelGC -jar jobs/target/spegel-jobs.jar evaluate --processes "$ex/processes.csv" \
    --participants "$ex/participants.csv" --population "$ex/population_age_gender.csv" \
    "$ex/population_education.csv" "$ex/population_origin.csv" --areas "$ex/areas.csv" \
    --out out/bench/exempelstad >/dev/null 2>&1
fi

exec java -cp "$jar:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
