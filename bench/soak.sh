#!/usr/bin/env bash
# Soak (issue 8): the packaged app on the national data at a fixed request rate for a while —
# learners' course pages and the course JSON API, alternately, from LOAD_READERS signed-in users
# over 16 connections — printing the heap after a full collection and the resident memory at the
# start, every minute and at the end, and the errors. See bench/README.md.
#
#   bench/soak.sh [minutes, default 10] [requests/s, default: half the capacity measured first]
#
# Without a rate it first runs the same mix flat out for 20 s (after a 20 s warm-up) and soaks
# at half of what that reached.
set -euo pipefail
. "$(dirname "$0")/load/common.sh"

minutes="${1:-10}"
rate="${2:-}"
connections="${LOAD_CONNECTIONS:-16}"

need_tools
need_wrk
ensure_package
ensure_data

port="$(free_port)"
base="http://127.0.0.1:$port"
app_pid=
trap 'stop_app "$app_pid"' EXIT
start_app soak "$port"
pid=$app_pid
sign_in_all "$base" "$state/readers.tsv" "$state/readers.cookies"

paced() { # paced RATE SECONDS NAME
    env LOAD_DIR="$load_dir" LOAD_USERS="$state/readers.cookies" LOAD_THREADS="$connections" LOAD_RATE="$1" \
        LOAD_COURSE="$course_id" wrk -t "$connections" -c "$connections" -d "${2}s" --timeout 30s \
        -s "$load_dir/paced.lua" "$base" >"$state/wrk-soak-$3.txt" 2>&1
    grep '^RESULT ' "$state/wrk-soak-$3.txt"
}
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }'; }

echo "Warming up: 20 s flat out"
paced 1000000 20 warmup >/dev/null
if [ -z "$rate" ]; then
    r="$(paced 1000000 20 capacity)"
    capacity="$(awk -v n="$(field "$r" requests)" -v s="$(field "$r" seconds)" 'BEGIN { printf "%d", n / s }')"
    rate=$(( capacity / 2 ))
    echo "Capacity of the mix: $capacity req/s; soaking at $rate req/s"
fi

# Live heap: after a full collection (jcmd GC.run), used/committed MiB; RSS of the JVM.
sample() {
    jcmd "$pid" GC.run >/dev/null 2>&1 || true
    printf '%-8s heap %10s MiB   RSS %5d MiB\n' "$1" "$(heap_mb "$pid")" $(( $(rss_kb "$pid") / 1024 ))
}
echo "Soak: $minutes min at $rate req/s, $connections connections, $(wc -l <"$state/readers.cookies") users"
sample start
(for m in $(seq 1 $((minutes - 1))); do sleep 60; printf '%-8s heap %10s MiB   RSS %5d MiB\n' "${m} min" \
    "$(heap_mb "$pid")" $(( $(rss_kb "$pid") / 1024 )); done) &
sampler=$!
r="$(paced "$rate" $((minutes * 60)) soak)"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sample end
requests="$(field "$r" requests)"
secs="$(field "$r" seconds)"
echo "(per-minute figures without a collection: used includes garbage not yet collected)"
echo "requests $requests in $secs s: $(awk -v n="$requests" -v s="$secs" 'BEGIN { printf "%.1f", n / s }') req/s (asked $rate);" \
    "latency p50 $(( $(field "$r" p50) / 1000 )) ms, p95 $(( $(field "$r" p95) / 1000 )) ms, p99 $(( $(field "$r" p99) / 1000 )) ms, max $(( $(field "$r" max) / 1000 )) ms"
echo "errors: $(field "$r" status_errors) HTTP (4xx/5xx), $(field "$r" socket_errors) socket; log $state/soak/app.log"
