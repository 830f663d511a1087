#!/usr/bin/env bash
# Report rendering benchmark: renders the demo's reports repeatedly in one JVM and prints
# the time per report after warm-up (the goal is under 0.5 s per report after JVM start).
# Usage: bench/render-reports.sh [METRICS_DIR] [WARMUP_ROUNDS] [MEASURED_ROUNDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
METRICS="${1:-out/demo/metrics}"
if [ ! -d "$METRICS" ]; then
  ./spegel demo >/dev/null
fi
[ -f jobs/target/spegel-jobs.jar ] || ./spegel --version >/dev/null
CP="jobs/target/spegel-jobs.jar:$(find jobs/target/lib -name '*.jar' | sort | tr '\n' ':')"
exec java -Xmx2g -cp "$CP" bench/RenderBenchmark.java "$METRICS" "${2:-3}" "${3:-10}"
