#!/usr/bin/env bash
# SCORM runtime: CMI commits per second from 16 learners' players at once, with latency
# percentiles and CPU per commit, on the embedded database; then the weight of the player shell.
# See bench/README.md.
#
#   bench/scorm.sh [seconds, default 20] [connections, default 16]
#
# SCORM_WARMUP (seconds of commits before the measured run, default 10), SCORM_LEARNERS (default:
# one per connection), APP_JAVA_OPTS (default -Xmx1g), SCORM_PROFILE=1 (a JFR recording of the
# measured run, summarised by bench/load/jfr-top.sh; the recording's start and stop fall outside the
# CPU columns, its sampling does not). Builds the app if target/quarkus-app is missing (not when it is
# stale: rebuild after changes). Needs curl, jq, wrk and nginx (Debian packages; installed with apt-get
# when run as root). SCORM_FLUSH_LOG=2 (diagnostic): innodb_flush_log_at_trx_commit for the run.
# Everything it writes is under target/bench-scorm (wiped at the start).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. bench/lib.sh
load_dir=$root/bench/load

seconds=${1:-20}
connections=${2:-16}
warmup=${SCORM_WARMUP:-10}
learners=${SCORM_LEARNERS:-$connections}
((learners >= connections)) || { echo "SCORM_LEARNERS must be at least the connections ($connections)" >&2; exit 1; }
jar=$root/target/quarkus-app/quarkus-run.jar
work=$root/target/bench-scorm
password=surgalt-demo-2026
course=scorm-bench
package=$root/src/test/resources/packages/scorm/golf-examples/RuntimeBasicCalls_SCORM12.zip
clk_tck=$(getconf CLK_TCK)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

if [[ ! -f $jar ]]; then
    echo "Building the application (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
fi
for tool in curl jq ss awk gzip wrk; do
    if ! command -v "$tool" >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing $tool (apt-get install -y $tool)"
        apt-get install -y "$tool" >/dev/null 2>&1 || true
    fi
    command -v "$tool" >/dev/null || die "$tool is needed (apt-get install $tool)"
done
for tool in jstat jcmd; do
    command -v "$tool" >/dev/null || die "$tool (from the JDK) is needed"
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [[ ! -x $nginx ]] && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing nginx (apt-get install -y nginx-light)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light >/dev/null 2>&1 || true
fi
[[ -x $nginx ]] || die "nginx is needed for the reference run (apt-get install nginx-light)"

app_pid=
cleanup() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [[ -f $work/nginx/nginx.pid ]]; then
        kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# The data: a samples folder of our own, imported by the app at its first start like
# content-samples/. It makes the course (published with one link item), its author and the
# learners (with passwords, enrolled); the package item is added through the API below.
rm -rf "$work"
mkdir -p "$work/samples/$course"
cat >"$work/samples/$course/course.yaml" <<YAML
code: $course
language: en
title: {en: SCORM commit benchmark}
modules:
  - title: {en: Golf}
    items:
      - kind: link
        title: {en: About the package}
        url: https://scorm.com/scorm-explained/
YAML
{
    echo "institutions:"
    echo "  - {code: bench-school, name: Bench school, kind: school, aimag: Ховд, soum: Буянт}"
    echo "people:"
    echo "  - {email: author@scorm.bench, name: Author, locale: en, institution: bench-school, password: $password,"
    echo "     roles: [author], course-roles: {$course: [author]}}"
    # One more learner than load: the first launch's page weight is measured on one who never committed.
    for i in $(seq 0 "$learners"); do
        echo "  - {email: learner$i@scorm.bench, name: Learner $i, locale: en, institution: bench-school,"
        echo "     password: $password, enrol: [$course]}"
    done
} >"$work/samples/demo.yaml"

port=$(free_port)
db_port=$(free_port)
base=http://localhost:$port
content_host=content.localhost:$port
# approvals-required=0: the author publishes the package item without a reviewer (review is not
# what is measured). The job poller runs often so that the upload's inspection is quick.
echo "Starting the application on $base (content origin $content_host; log $work/app.log)"
# shellcheck disable=SC2086
java ${APP_JAVA_OPTS:--Xmx1g} \
    -Dquarkus.http.port="$port" \
    -Dsurgalt.db.embedded.data-dir="$work/db" \
    -Dsurgalt.db.embedded.port="$db_port" \
    -Dsurgalt.assets.root="$work/assets" \
    -Dsurgalt.samples.dir="$work/samples" \
    -Dsurgalt.authoring.approvals-required=0 \
    -Dsurgalt.jobs.poll-interval=0.5s \
    -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
start=$(now_ms)
until curl -fso /dev/null "$base/q/health/ready"; do
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; die "the app exited; see $work/app.log"; }
    (($(now_ms) - start < 180000)) || die "not ready within 180 s; see $work/app.log"
    sleep 0.2
done
echo "Ready in $(( ($(now_ms) - start) / 1000 )) s"
db_pid=
for pid in $(pgrep -x mariadbd || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$work/db" && db_pid=$pid
done
[[ -n $db_pid ]] || die "no mariadbd serving $work/db"
sql() { "$work/mariadb-11.4.5/bin/mariadb" --skip-ssl -h 127.0.0.1 -P "$db_port" -u root -N -B surgalt -e "$1"; }

# sign_in EMAIL: "Cookie-header<TAB>csrf", signed in through the form as a browser does.
sign_in() {
    local jar csrf session
    jar=$(mktemp -p "$work" jar.XXXXXX)
    curl -fsS -c "$jar" -o /dev/null "$base/login"
    csrf=$(awk '$6 == "surgalt-csrf" { print $7 }' "$jar")
    curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$1" --data-urlencode "password=$password" \
        "$base/j_security_check?_csrf=$csrf"
    session=$(awk '$6 == "surgalt-session" { print $7 }' "$jar")
    rm -f "$jar"
    [[ -n $session ]] || { echo "signing in as $1 failed" >&2; return 1; }
    printf 'surgalt-csrf=%s; surgalt-session=%s\t%s\n' "$csrf" "$session" "$csrf"
}

# The package item: tus upload as the author, inspection in the background, item, rule, publish.
IFS=$'\t' read -r author_cookie author_csrf <<<"$(sign_in author@scorm.bench)"
api=(-fsS -H "Cookie: $author_cookie" -H "X-CSRF-Token: $author_csrf")
course_id=$(curl "${api[@]}" "$base/api/courses" | jq -r --arg c "$course" '.[] | select(.code == $c) | .id')
[[ -n $course_id ]] || die "course $course was not imported; see $work/app.log"
module_id=$(curl "${api[@]}" "$base/api/courses/$course_id/modules?version=draft" | jq -r '.[0].id')
b64() { printf '%s' "$1" | base64 -w0; }
location=$(curl "${api[@]}" -X POST -H "Tus-Resumable: 1.0.0" -H "Upload-Length: $(stat -c %s "$package")" \
    -H "Upload-Metadata: filename $(b64 "$(basename "$package")"),filetype $(b64 application/zip),kind $(b64 package)" \
    -D - -o /dev/null "$base/api/uploads" | tr -d '\r' | awk -F': ' 'tolower($1) == "location" { print $2 }')
[[ -n $location ]] || die "creating the upload failed"
upload=${location##*/}
curl "${api[@]}" -X PATCH -H "Tus-Resumable: 1.0.0" -H "Content-Type: application/offset+octet-stream" \
    -H "Upload-Offset: 0" --data-binary @"$package" -o /dev/null "$base/api/uploads/$upload"
for _ in $(seq 1 240); do
    processing=$(curl "${api[@]}" "$base/api/uploads/$upload" | jq -r '.processing // empty')
    [[ $processing == READY || $processing == REJECTED ]] && break
    sleep 0.5
done
[[ $processing == READY ]] || die "the package's inspection ended as '${processing:-nothing}' (see $work/app.log)"
item_id=$(curl "${api[@]}" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"package\",\"title\":{\"en\":\"Golf\"},\"upload\":\"$upload\"}" \
    "$base/api/courses/$course_id/modules/$module_id/items" | jq -r .id)
curl "${api[@]}" -X PUT -H 'Content-Type: application/json' -o /dev/null \
    -d '{"version":0,"title":{"en":"Golf"},"completion":"completed"}' \
    "$base/api/courses/$course_id/modules/$module_id/items/$item_id"
version=$(curl "${api[@]}" -X POST -H 'Content-Type: application/json' "$base/api/courses/$course_id/versions" | jq -r .number)
echo "Published $course version $version: package item $item_id ($(basename "$package"), completion rule 'completed')"

# launch COOKIE: the player page's launch JSON, as the learner's browser gets it: the application's
# 303 to the content origin, then the player page there (its HTML kept in $work/player-*.html).
launch() {
    local location status
    read -r status location < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' -H "Cookie: $1" \
        "$base/courses/$course/packages/$item_id/launch")
    [[ $status == 303 && $location == "http://$content_host/scorm/launch/"* ]] \
        || { echo "launch answered $status $location" >&2; return 1; }
    launch_path=${location#http://"$content_host"}
    curl -fsS -H "Host: $content_host" -o "$work/player-$2.html" "http://127.0.0.1:$port$launch_path"
    sed -n 's:.*<script type="application/json" id="launch">\(.*\)</script>.*:\1:p' "$work/player-$2.html"
}

# The learners: each signed in through the form (an Argon2id check each, four at a time), each
# launches the item (its own attempt) and keeps the player's session token and the SCO.
t0=$(now_ms)
export -f sign_in
export base work password
seq 0 "$learners" | xargs -P 4 -I{} bash -c 'printf "%s\t%s\n" {} "$(sign_in learner{}@scorm.bench)"' \
    >"$work/sessions.tsv"
[[ $(grep -c surgalt-session "$work/sessions.tsv") == $((learners + 1)) ]] || die "signing the learners in failed"
: >"$work/learners.tsv"
while IFS=$'\t' read -r i cookie _; do
    [[ $i == 0 ]] && { fresh_cookie=$cookie; continue; }
    launch "$cookie" "$i" | jq -r '[.learner.id, .token, .scos[0].id] | @tsv' >>"$work/learners.tsv"
done < <(sort -n "$work/sessions.tsv")
[[ $(wc -l <"$work/learners.tsv") == "$learners" ]] || die "not every learner could launch the package"
echo "Signed in and launched $learners learners in $(( ($(now_ms) - t0) / 1000 )) s (SCO $(head -n 1 "$work/learners.tsv" | cut -f3))"

cpu_ms() { awk -v hz="$clk_tck" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"; }
status_of() { sql "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Innodb_data_fsyncs', 'Bytes_received')" \
    | awk '{ printf "%s=%s ", $1, $2 }'; }
stat_of() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
# field LINE NAME: a name=value of wrk's RESULT line (0 if absent).
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }'; }

# commits NAME DURATION SEQ_BASE URL: one wrk run of bench/load/scorm.lua, one thread per connection.
commits() {
    env LOAD_DIR="$load_dir" LOAD_THREADS="$connections" SCORM_LEARNERS="$work/learners.tsv" \
        SCORM_HOST="$content_host" SCORM_SEQ_BASE="$3" \
        wrk -t "$connections" -c "$connections" -d "$2s" --timeout 30s -s "$load_dir/scorm.lua" "$4" \
        >"$work/wrk-$1.txt" 2>&1 || { cat "$work/wrk-$1.txt" >&2; die "wrk failed ($1)"; }
    grep '^RESULT ' "$work/wrk-$1.txt" | tail -n 1
}

# A diagnostic, not production: SCORM_FLUSH_LOG=2 lets the database write its redo log at each
# commit but fsync it once a second, to tell the disk's share of the latency from the rest.
if [[ -n ${SCORM_FLUSH_LOG:-} ]]; then
    sql "SET GLOBAL innodb_flush_log_at_trx_commit = ${SCORM_FLUSH_LOG}"
fi

if ((warmup > 0)); then
    echo "Warming up (JIT): $warmup s of commits (not counted)"
    commits warmup "$warmup" 1 "http://127.0.0.1:$port" >/dev/null
fi

echo "Commits: $seconds s, $connections connections, $learners learners"
# The profile covers the measured run only (not the sign-ins' Argon2 hashes or the warm-up).
[[ -n ${SCORM_PROFILE:-} ]] && jcmd "$app_pid" JFR.start name=scorm settings=profile filename="$work/profile.jfr" >/dev/null
# Collections during the run, from jstat (a JVM start each, so outside the CPU columns' window).
gc_of() { jstat -gc "$app_pid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } NR == 2 { print $c["YGC"] + $c["FGC"], $c["GCT"] }'; }
read -r gcs0 gct0 <<<"$(gc_of)"
status0=$(status_of); app0=$(cpu_ms "$app_pid"); db0=$(cpu_ms "$db_pid")
result=$(commits measured "$seconds" 1000000000 "http://127.0.0.1:$port")
app1=$(cpu_ms "$app_pid"); db1=$(cpu_ms "$db_pid"); status1=$(status_of)
read -r gcs1 gct1 <<<"$(gc_of)"
[[ -n ${SCORM_PROFILE:-} ]] && jcmd "$app_pid" JFR.stop name=scorm >/dev/null
kill -0 "$app_pid" 2>/dev/null || die "the application is gone; see $work/app.log"
requests=$(field "$result" requests)
# Every stored commit moved its SCO's sequence on by one from 1,000,000,000 (the run's first).
read -r rows_in_db commits_in_db < <(sql "SELECT COUNT(*), COALESCE(SUM(seq - 999999999), 0) FROM scorm_sco_state WHERE seq >= 1000000000")
flush=$(sql "SELECT @@innodb_flush_log_at_trx_commit")
delta() { awk -v a="$(stat_of "$status0" "$1")" -v b="$(stat_of "$status1" "$1")" -v r="$requests" 'BEGIN { printf "%.2f", r ? (b - a) / r : 0 }'; }
questions=$(delta Questions); data_fsyncs=$(delta Innodb_data_fsyncs)
bytes_in=$(delta Bytes_received)
commit_row=$(awk -v r="$requests" -v s="$(field "$result" seconds)" -v a=$((app1 - app0)) -v d=$((db1 - db0)) \
    -v p50="$(field "$result" p50)" -v p95="$(field "$result" p95)" -v p99="$(field "$result" p99)" \
    -v e=$(( $(field "$result" not_200) + $(field "$result" result_false) + $(field "$result" socket_errors) )) \
    'BEGIN { printf "%9.0f %8.1f %8.1f %8.1f %7d %8.2f %8.2f", r / s, p50 / 1000, p95 / 1000, p99 / 1000, e,
             r ? a / r : 0, r ? d / r : 0 }')

# The reference in the same run: nginx taking the same requests (same script, same bodies, same
# connections) and answering a fixed commit answer: the price of HTTP and of wrk on this machine.
mkdir -p "$work/nginx/tmp"
ref_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $(nproc);
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon on;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp;
    uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
    client_body_buffer_size 64k;
    server {
        listen 127.0.0.1:$ref_port;
        location = /scorm/commit { default_type application/json; return 200 '{"result":true,"errorCode":0}'; }
    }
}
CONF
"$nginx" -c "$work/nginx/nginx.conf" -p "$work/nginx" || die "nginx did not start (see $work/nginx/error.log)"
echo "Reference: nginx answering the same commits with a fixed answer, $seconds s, $connections connections"
ref=$(commits nginx "$seconds" 1 "http://127.0.0.1:$ref_port")
"$nginx" -c "$work/nginx/nginx.conf" -p "$work/nginx" -s stop 2>/dev/null || true
ref_row=$(awk -v r="$(field "$ref" requests)" -v s="$(field "$ref" seconds)" \
    -v p50="$(field "$ref" p50)" -v p95="$(field "$ref" p95)" -v p99="$(field "$ref" p99)" \
    -v e=$(( $(field "$ref" not_200) + $(field "$ref" socket_errors) )) \
    'BEGIN { printf "%9.0f %8.1f %8.1f %8.1f %7d %8s %8s", r / s, p50 / 1000, p95 / 1000, p99 / 1000, e, "-", "-" }')
ratio=$(awk -v a="$(awk '{ print $1 }' <<<"$commit_row")" -v b="$(awk '{ print $1 }' <<<"$ref_row")" \
    'BEGIN { printf "%.1f%%", b ? 100 * a / b : 0 }')

# The player shell: what a browser downloads before the package's own files, as served with gzip.
# weight PATH LABEL: one row (raw bytes, bytes transferred with Accept-Encoding: gzip, gzip -9 of
# the raw bytes) into weights.txt; sets served to the transferred bytes (0 when missing).
: >"$work/weights.txt"
weight() {
    local url="http://127.0.0.1:$port$1" status raw best
    served=0
    status=$(curl -s -o "$work/weight.raw" -w '%{http_code}' -H "Host: $content_host" "$url")
    if [[ $status != 200 ]]; then
        printf '%-46s %10s\n' "$2" "missing ($status)" >>"$work/weights.txt"
        return
    fi
    raw=$(stat -c %s "$work/weight.raw")
    served=$(curl -s -o /dev/null -w '%{size_download}' -H "Host: $content_host" -H 'Accept-Encoding: gzip' "$url")
    best=$(gzip -9 -c "$work/weight.raw" | wc -c)
    printf '%-46s %10d %10d %10d\n' "$2" "$raw" "$served" "$best" >>"$work/weights.txt"
}
# One learner who never committed (the first launch) and one resuming after the run (the page then
# carries their saved cmi). A launch path opens the page more than once within its few minutes.
launch "$fresh_cookie" first >/dev/null
weight "$launch_path" "player page, first launch"; shell=$served
launch "$(awk -F'\t' '$1 == 1 { print $2 }' "$work/sessions.tsv")" resume >/dev/null
weight "$launch_path" "player page, resuming (cmi saved by the run)"
weight /scorm/lib/player.js /scorm/lib/player.js; shell=$((shell + served))
weight /scorm/lib/player.css /scorm/lib/player.css; shell=$((shell + served))
weight /scorm/lib/scorm-again-3.4.3/scorm12.min.js /scorm/lib/scorm-again-3.4.3/scorm12.min.js; shell12=$((shell + served))
weight /scorm/lib/scorm-again-3.4.3/scorm2004.min.js /scorm/lib/scorm-again-3.4.3/scorm2004.min.js; shell2004=$((shell + served))

echo
echo "SCORM commits: $connections connections, $seconds s after ${warmup} s of warm-up, $learners learners (one attempt each),"
echo "$(nproc) CPUs (load average $(cut -d' ' -f1-3 /proc/loadavg)), embedded MariaDB, app ${APP_JAVA_OPTS:--Xmx1g}"
printf '%-30s %9s %8s %8s %8s %7s %8s %8s %9s\n' '' 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors 'app ms' 'db ms' 'of nginx'
printf '%-30s %s %9s\n' "POST /scorm/commit (app)" "$commit_row" "$ratio"
printf '%-30s %s %9s\n' "same requests, nginx, fixed" "$ref_row" "100.0%"
echo "errors: non-200 or \"result\": false (or a socket error); stale answers: $(field "$result" stale)."
echo "app ms, db ms: CPU time of the Java process and of mariadbd per commit (utime + stime from /proc)."
echo "Per commit the database received $questions statements ($bytes_in bytes) and made $data_fsyncs fsyncs (Innodb_data_fsyncs;"
echo "innodb_flush_log_at_trx_commit=$flush). Stored: $(field "$result" stored) acknowledged, $commits_in_db in the database ($rows_in_db of $learners"
echo "learners' SCO rows; wrk stops with up to one commit per connection unanswered); request body $(awk -v b="$(field "$result" body_bytes)" -v r="$(field "$result" sent)" 'BEGIN { printf "%.0f", r ? b / r : 0 }') bytes on average."
echo "Garbage collections during the run: $((gcs1 - gcs0)), $(awk -v a="$gct0" -v b="$gct1" 'BEGIN { printf "%.0f", 1000 * (b - a) }') ms of pauses in all (jstat)."
echo "Target: >= 1,000 commits/s with p99 <= 50 ms on 2 cores."
echo
echo "Player shell (package files excluded), bytes:"
printf '%-46s %10s %10s %10s\n' '' raw 'served gz' 'gzip -9'
cat "$work/weights.txt"
echo "Served with gzip, first launch: page + player.js + player.css + scorm12.min.js = $shell12 B (SCORM 1.2),"
echo "with scorm2004.min.js instead = $shell2004 B (SCORM 2004), against the 50 KB budget (51,200 B); a missing file counts 0."
echo "Logs, wrk output and data in $work"
if [[ -n ${SCORM_PROFILE:-} ]]; then
    echo
    echo "Profile of the measured run, $work/profile.jfr:"
    "$load_dir/jfr-top.sh" "$work/profile.jfr" 20
fi
