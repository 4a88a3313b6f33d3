#!/usr/bin/env bash
# Startup time and memory of the packaged app on the embedded MariaDB: one cold start on an empty
# data directory, then warm starts on the same one. Builds nothing: run
#   ./mvnw package -DskipTests
# first. Usage: bench/startup.sh [warm-runs, default 3]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$(dirname "$0")/.."
root=$PWD
jar=$root/target/quarkus-app/quarkus-run.jar
warm_runs=${1:-3}
# Not under /tmp: the embedded server refuses data dirs inside java.io.tmpdir.
work=$root/target/bench-startup
data=$work/db

if [[ ! -f $jar ]]; then
    echo "No $jar: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
for tool in curl ss; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done

app_pid=
cleanup() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT




# The mariadbd serving our data directory (a child of the JVM, found by its --datadir).
mariadbd_pid() {
    local pid
    for pid in $(pgrep -x mariadbd || true); do
        if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$data"; then
            echo "$pid"
            return
        fi
    done
}

# run <label>: starts the app, measures, stops it; appends a table row to $rows.
rows=()
run() {
    local label=$1 port log start ready started_in java_rss db_pid db_rss elapsed
    port=$(free_port)
    log=$work/$label.log
    start=$(now_ms)
    java -Dquarkus.http.port="$port" \
        -Dsurgalt.db.embedded.data-dir="$data" \
        -Dsurgalt.samples.dir="$root/content-samples" \
        -jar "$jar" >"$log" 2>&1 &
    app_pid=$!
    until curl -fso /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "$label: the app exited before it was ready; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        if (($(now_ms) - start > 120000)); then
            echo "$label: not ready within 120 s; see $log" >&2
            exit 1
        fi
        sleep 0.05
    done
    ready=$(($(now_ms) - start))
    java_rss=$(rss_kb "$app_pid")
    db_pid=$(mariadbd_pid)
    db_rss=$([[ -n $db_pid ]] && rss_kb "$db_pid" || echo 0)
    started_in=$(grep -oE 'started in [0-9.]+s' "$log" | head -n 1 | grep -oE '[0-9.]+s' || echo '?')

    kill -TERM "$app_pid"
    local deadline=$(($(now_ms) + 30000))
    while kill -0 "$app_pid" 2>/dev/null; do
        if (($(now_ms) > deadline)); then
            echo "$label: the app did not exit within 30 s of SIGTERM" >&2
            exit 1
        fi
        sleep 0.1
    done
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    if [[ -n $db_pid ]] && kill -0 "$db_pid" 2>/dev/null; then
        echo "$label: mariadbd (pid $db_pid) still running after the app exited" >&2
        exit 1
    fi
    local db_stopped=yes
    [[ -n $db_pid ]] || db_stopped='n/a'
    rows+=("$(printf '%-8s %10s %12s %13s %16s %13s' "$label" "$ready" "$started_in" \
        "$((java_rss / 1024))" "$((db_rss / 1024))" "$db_stopped")")
}

rm -rf "$work"
mkdir -p "$work"
run cold
for i in $(seq 1 "$warm_runs"); do
    run "warm-$i"
done

echo
echo "Startup of $jar ($(nproc) CPUs, $(java -version 2>&1 | head -n 1))"
printf '%-8s %10s %12s %13s %16s %13s\n' run 'ready ms' 'started in' 'java RSS MiB' 'mariadbd RSS MiB' 'db stopped'
printf '%s\n' "${rows[@]}"
echo "Logs in $work"
