#!/bin/sh
# Progress: facts recorded per second (16 threads) with latency percentiles, and the time to
# recompute 10,000 learners with ~60 facts each after a version adds a required item.
# Usage: bench/progress.sh [seconds, default 20] [threads, default 16]   (see bench/README.md)
# BENCH_JDBC_URL=jdbc:mariadb://host/db runs against another database (user/password from
# BENCH_DB_USER/BENCH_DB_PASSWORD) instead of the embedded one. BENCH_TEST=ProgressBench#recordRate
# runs only the recording part.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-20}
threads=${2:-16}
db=""
if [ -n "${BENCH_JDBC_URL:-}" ]; then
  db="-Dquarkus.datasource.jdbc.url=$BENCH_JDBC_URL -Dquarkus.datasource.username=${BENCH_DB_USER:-root} -Dquarkus.datasource.password=${BENCH_DB_PASSWORD:-}"
fi
# shellcheck disable=SC2086
exec ./mvnw -q test -Dtest="${BENCH_TEST:-ProgressBench}" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none -Dbench.seconds="$seconds" -Dbench.threads="$threads" $db \
  -DargLine="-Xmx${BENCH_HEAP:-1g}" 2>&1 | grep -E '^(record|recompute)'
