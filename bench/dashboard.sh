#!/bin/sh
# The cohort dashboard's latency: top level and one drill-down (see bench/README.md).
# Usage:
#   bench/dashboard.sh BASE_URL COHORT_CODE [requests] [clients]   against a running app (HTTP)
#   bench/dashboard.sh --queries [members] [rounds]                 the page's queries, no HTTP
# Sign-in: DASHBOARD_EMAIL / DASHBOARD_PASSWORD (default: the demo admin).
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--queries" ]; then
  ./mvnw -q test -Dtest=DashboardQueriesBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dexcluded.test.groups=none -Dbench.members="${2:-35000}" -Dbench.rounds="${3:-30}" 2>&1 \
    | grep -E 'Seeded|EXPLAIN|^  |p50|page size|requests,|DashboardLoad|Tests run|FAIL|ERROR\]'
  exit 0
fi
if [ $# -lt 2 ]; then
  sed -n '2,7p' "$0"; exit 2
fi
exec java bench/DashboardLoad.java "$1" "$2" "${DASHBOARD_EMAIL:-admin@demo.surgalt.mn}" \
  "${DASHBOARD_PASSWORD:-surgalt-demo-2026}" "${3:-200}" "${4:-4}"
