#!/usr/bin/env bash
# Load benchmark (issue 8): the packaged app on the national data, driven over loopback by wrk
# with many signed-in users, for five workloads; prints one table. See bench/README.md.
#
#   bench/load.sh [seconds per workload, default 20] [connections, default 16]
#
# LOAD_WORKLOADS (default "a b c d e"), LOAD_WARMUP (seconds, default 10) of LOAD_WARMUP_WORKLOADS ("a b d"), LOAD_READERS (256),
# LOAD_WRITERS (384), LOAD_SCALE (0.05: used only when the national database is empty),
# APP_JAVA_OPTS (-Xmx1g), LOAD_PROFILE=1 (a JFR recording of the app, summarised at the end by
# bench/load/jfr-top.sh). The national MariaDB of bench/national.sh is started if need be.
set -euo pipefail
. "$(dirname "$0")/load/common.sh"

seconds="${1:-20}"
connections="${2:-16}"
workloads="${LOAD_WORKLOADS:-a b c d e}"
warmup="${LOAD_WARMUP:-10}"

need_tools
need_wrk
need_nginx
ensure_package
ensure_data

port="$(free_port)"
base="http://127.0.0.1:$port"
app_pid=
trap 'stop_app "$app_pid"' EXIT
if [ -n "${LOAD_PROFILE:-}" ]; then
    # JFR's profiling settings (execution samples every 10-20 ms); summarised at the end.
    rm -f "$state/main/profile.jfr"
    mkdir -p "$state/main"
    export APP_JAVA_OPTS="${APP_JAVA_OPTS:--Xmx1g} -XX:StartFlightRecording=filename=$state/main/profile.jfr,settings=profile,dumponexit=true"
fi
echo "Starting the application on $base (log $state/main/app.log)"
start_app main "$port"
main_pid=$app_pid

# Coordinators: each region's coordinator on their own cohort's dashboard (top level).
sql "SELECT u.id, u.email, CONCAT('/reports/cohorts/', c.code) FROM surgalt.role_grant g
    JOIN surgalt.app_user u ON u.id = g.user_id JOIN surgalt.cohort c ON c.id = g.scope_id
    WHERE g.role = 'COORDINATOR' AND g.scope_type = 'COHORT' ORDER BY c.code" >"$state/coordinators.tsv"
t0="$(now_ms)"
sign_in_all "$base" "$state/readers.tsv" "$state/readers.cookies"
sign_in_all "$base" "$state/writers.tsv" "$state/writers.cookies"
sign_in_all "$base" "$state/coordinators.tsv" "$state/coordinators.cookies"
echo "Signed in $(cat "$state"/{readers,writers,coordinators}.cookies | wc -l) users through the form in $(( ($(now_ms) - t0) / 1000 )) s"

writer_min="$(head -n 1 "$state/writers.tsv" | cut -f1)"
writer_max="$(tail -n 1 "$state/writers.tsv" | cut -f1)"
reset_writers() {
    national sql -e "DELETE FROM completion_fact WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max;
        DELETE FROM item_progress WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max;
        DELETE FROM module_progress WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max;
        DELETE FROM course_progress WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max;"
}

# wrk_run NAME USERS SCRIPT DURATION [VAR=value...]: one wrk run, one thread per connection.
wrk_run() {
    local name="$1" users="$2" script="$3" duration="$4"
    shift 4
    env LOAD_DIR="$load_dir" LOAD_USERS="$users" LOAD_THREADS="$connections" "$@" \
        wrk -t "$connections" -c "$connections" -d "${duration}s" --timeout 30s -s "$load_dir/$script" "$base" \
        >"$state/wrk-$name.txt" 2>&1 || { cat "$state/wrk-$name.txt" >&2; die "wrk failed ($name)"; }
    kill -0 "$main_pid" 2>/dev/null || die "the application (pid $main_pid) is gone after ($name): see $state/main/app.log"
    grep '^RESULT ' "$state/wrk-$name.txt" | tail -n 1
}

# field LINE NAME: a name=value of a RESULT line (0 if absent).
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }'; }

args_of() {
    case "$1" in
        a) echo "readers.cookies page.lua LOAD_PATH=/courses/LOAD-064" ;;
        b) echo "readers.cookies page.lua LOAD_PATH=/api/courses/$course_id LOAD_ACCEPT=application/json" ;;
        c) echo "writers.cookies watched.lua LOAD_COURSE=$course_id LOAD_ITEMS=$videos" ;;
        d) echo "coordinators.cookies page.lua" ;;
        e) echo "readers.cookies submit.lua LOAD_COURSE=$course_id LOAD_ITEM=$assignment_id" ;;
    esac
}

# Page sizes: as sent with gzip (what the browser downloads) and uncompressed.
page_size() {
    local cookie="$1" path="$2" accept="$3" gz raw
    gz="$(curl -s --compressed -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" -H "Accept: $accept" "$base$path")"
    raw="$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" -H "Accept: $accept" "$base$path")"
    echo "$gz/$raw"
}

if [ "$warmup" -gt 0 ]; then
    echo "Warming up (JIT): ${warmup} s each of ${LOAD_WARMUP_WORKLOADS:-a b d} (not counted)"
    for w in ${LOAD_WARMUP_WORKLOADS:-a b d}; do
        read -r u s rest <<<"$(args_of "$w")"
        wrk_run "warmup-$w" "$state/$u" "$s" "$warmup" $rest >/dev/null
    done
fi

declare -A row
db_pid="$(mariadb_pid)"
for w in $workloads; do
    read -r u s rest <<<"$(args_of "$w")"
    [ "$w" = c ] && reset_writers
    echo "Workload ($w): $seconds s, $connections connections"
    app0="$(cpu_ms "$main_pid")"; db0="$(cpu_ms "$db_pid")"
    result="$(wrk_run "$w" "$state/$u" "$s" "$seconds" $rest)"
    app1="$(cpu_ms "$main_pid")"; db1="$(cpu_ms "$db_pid")"
    requests="$(field "$result" requests)"
    secs="$(field "$result" seconds)"
    errors=$(( $(field "$result" status_errors) + $(field "$result" socket_errors) ))
    note=""
    case "$w" in
        a) size="$(page_size "$(head -n 1 "$state/readers.cookies" | cut -f2)" /courses/LOAD-064 text/html)" ;;
        b) size="$(page_size "$(head -n 1 "$state/readers.cookies" | cut -f2)" "/api/courses/$course_id" application/json)" ;;
        d) size="$(page_size "$(head -n 1 "$state/coordinators.cookies" | cut -f2)" "$(head -n 1 "$state/coordinators.cookies" | cut -f4)" text/html)" ;;
        c) size="-"
           facts="$(sql "SELECT COUNT(*) FROM surgalt.completion_fact WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max")"
           derived="$(sql "SELECT COALESCE(SUM(items_done), 0) FROM surgalt.course_progress WHERE course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max")"
           note="facts written $facts, items done in course_progress $derived, recorded $(field "$result" recorded)"
           [ "$(field "$result" exhausted_threads)" != 0 ] && note="$note; $(field "$result" exhausted_threads) connections ran out of fresh (user, item) pairs (LOAD_WRITERS)" ;;
        e) size="-"
           note="submitted $(field "$result" submitted), uploaded $(field "$result" uploaded), attached $(field "$result" attached), 409 still being checked $(field "$result" submit_409_still_checked)"
           sub="$(field "$result" submitted)"
           note="$note; $(awk -v n="$sub" -v s="$secs" 'BEGIN { printf "%.1f", n / s }') submissions/s" ;;
    esac
    # 409s of (e) are the API saying "the file is still being checked", not failures.
    [ "$w" = e ] && errors=$(( errors - $(field "$result" submit_409_still_checked) ))
    row[$w]="$(awk -v r="$requests" -v s="$secs" -v a=$((app1 - app0)) -v d=$((db1 - db0)) \
        -v p50="$(field "$result" p50)" -v p95="$(field "$result" p95)" -v p99="$(field "$result" p99)" -v e="$errors" -v z="$size" \
        'BEGIN { printf "%9.0f %8.1f %8.1f %8.1f %7d %8.2f %8.2f %13s", r / s, p50 / 1000, p95 / 1000, p99 / 1000, e,
                 r ? a / r : 0, r ? d / r : 0, z }')"
    [ -n "$note" ] && row[$w]="${row[$w]}  ($note)"
done

# The physical reference, right after the workloads on the same machine: nginx serving the course
# page (a) as a static file of the same bytes, gzip on.
static_page="$state/static-page.html"
curl -s -o "$static_page" -H "Cookie: $(head -n 1 "$state/readers.cookies" | cut -f2)" -H 'Accept: text/html' "$base/courses/LOAD-064"
echo "Static reference: nginx serving the course page as a file ($(wc -c <"$static_page") bytes), $seconds s, $connections connections"
read -r static_rps static_p50 static_p99 <<<"$(static_reference "$static_page" "$seconds" "$connections")"
static_size="$(gzip -c "$static_page" | wc -c)/$(wc -c <"$static_page")"

echo
echo "Load benchmark: $connections connections, $seconds s per workload, $(nproc) CPUs (load average $(cut -d' ' -f1-3 /proc/loadavg)),"
echo "$(sql 'SELECT COUNT(*) FROM surgalt.app_user') users and $(sql 'SELECT COUNT(*) FROM surgalt.completion_fact') facts in the database; app ${APP_JAVA_OPTS:--Xmx1g}"
printf '%-26s %9s %8s %8s %8s %7s %8s %8s %13s %9s\n' workload 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors 'app ms' 'db ms' 'bytes gz/raw' 'of static'
declare -A names=([a]="(a) course page" [b]="(b) course JSON API" [c]="(c) mark item complete" [d]="(d) coordinator dashboard" [e]="(e) submit with a file")
for w in $workloads; do
    rps="$(awk '{ print $1 }' <<<"${row[$w]}")"
    ratio="$(awk -v a="$rps" -v s="$static_rps" 'BEGIN { printf "%8.1f%%", s ? 100 * a / s : 0 }')"
    # The ratio goes after the size column, before any note in parentheses.
    main="${row[$w]%%  (*}"
    note="${row[$w]#"$main"}"
    printf '%-26s %s %9s%s\n' "${names[$w]}" "$main" "$ratio" "$note"
done
printf '%-26s %9s %8s %8s %8s %7s %8s %8s %13s %9s\n' "static page (nginx)" "$static_rps" "$static_p50" - "$static_p99" - - - "$static_size" "100.0%"
echo "app ms, db ms: CPU time of the Java process and of mariadbd per request (utime + stime from /proc)."
echo "of static: requests per second as a share of nginx serving the same page as a file (wrk-static.txt)."
echo "Targets (issue 18): (a) >= 2,000 req/s, p99 <= 20 ms; (b) >= 3,000 req/s; (c) >= 2,000 req/s;"
echo "(d) p95 <= 300 ms at national scale. wrk output in $state/wrk-*.txt"
if [ -n "${LOAD_PROFILE:-}" ]; then
    stop_app "$main_pid"
    echo
    echo "Profile of the whole run (warm-up included), $state/main/profile.jfr:"
    "$load_dir/jfr-top.sh" "$state/main/profile.jfr" 20
fi
