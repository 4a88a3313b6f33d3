#!/bin/sh
# Discussions: p50/p95 of a thread page with 200 replies (its first and last page, 25 posts each)
# for a signed-in learner on the embedded database, beside /q/health/live and the forum's page in
# the same run. Target: thread page p95 <= 50 ms.
# Usage: bench/discussion.sh [requests per page, default 300]   (see bench/README.md)
set -eu
cd "$(dirname "$0")/.."
requests=${1:-300}
exec ./mvnw -q test -Dtest=DiscussionBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none -Dbench.requests="$requests" 2>&1 | grep -E '^discussion:'
