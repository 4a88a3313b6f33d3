#!/bin/sh
# Issue 24: a school day synced up from a node to the national server over a 256 kbit/s link, and a new
# course version (one lesson changed, the video unchanged) synced down; prints wire bytes, payload, time
# and their ratio, and the national receipts against the records made on the node.
# Usage: bench/node-sync.sh [scale, default 1 = 30 teachers] [submission KB, default 2048] [video MB, default 200]
# (see bench/README.md: the full day takes about 45 minutes, mostly the 60 MB of submissions on the link)
set -eu
cd "$(dirname "$0")/.."
scale=${1:-1}
submission_kb=${2:-2048}
video_mb=${3:-200}
./mvnw -q package -DskipTests
mkdir -p target
log=target/node-sync-bench.log
status=0
./mvnw -q test -Dtest=NodeSyncBench -Dsurefire.failIfNoSpecifiedTests=false -Dexcluded.test.groups=none \
  -Dbench.scale="$scale" -Dbench.submission-kb="$submission_kb" -Dbench.video-mb="$video_mb" >"$log" 2>&1 || status=$?
grep -E '^node-sync' "$log" || true
if [ "$status" -ne 0 ]; then
  grep -E '^\[ERROR\]|FAIL|Expected|expected' "$log" | head -20
  echo "node-sync: the benchmark failed (exit $status); the whole output is in $log, the apps' logs in target/it/node-bench-*.log" >&2
fi
exit "$status"
