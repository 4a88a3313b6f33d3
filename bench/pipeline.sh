#!/bin/sh
# Upload inspection throughput: documents per second through detection + extraction.
# Usage: bench/pipeline.sh [rounds] [threads]   (see bench/README.md)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
threads=${2:-$(nproc)}
exec ./mvnw -q test -Dtest=InspectionPipelineBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none -Dbench.rounds="$rounds" -Dbench.threads="$threads" \
  -DargLine="-Xmx${BENCH_HEAP:-512m}" 2>&1 | grep -vE '^\s*$|WARN|ERROR \[|FATAL|^\s+at '
