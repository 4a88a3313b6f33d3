#!/usr/bin/env bash
# The LRS (issue 20): GET /xapi/statements with every kind of filter on national-scale data, and
# POST /xapi/statements throughput on the embedded database. See bench/README.md.
#
#   bench/xapi.sh generate [--scale S] [--seed N] [--now YYYY-MM-DD]
#                                   drop and re-create database surgalt on the LRS benchmark's own
#                                   MariaDB (127.0.0.1:$XAPI_DB_PORT, default 3409; data under
#                                   target/bench-xapi/server), apply the app's schema with the demo
#                                   samples, load statements (bench/xapi/XapiData.java; scale 1.0 =
#                                   20 million statements)
#   bench/xapi.sh get [seconds, default 15] [connections, default 16]
#                                   GET by agent, activity, verb, since, registration and their
#                                   combinations, against the generated data (generated first at
#                                   XAPI_SCALE, default 0.01, if there is none), after a baseline
#   bench/xapi.sh post [seconds, default 20] [connections, default 16]
#                                   statements per second, single and in batches of XAPI_BATCH
#                                   (default 10), on a fresh embedded database, after a baseline
#   bench/xapi.sh explain           the store's queries on the generated data: plan, rows read, time
#   bench/xapi.sh since-check [n]   activity + since now, and with key rows carrying stored_ms (n activities)
#   bench/xapi.sh start | stop | status | sql [mariadb args]    the benchmark's MariaDB
#
# XAPI_PROFILE=1 (post: a JFR recording of the single-statement run, summarised by bench/load/jfr-top.sh),
# XAPI_LIMIT (statements per GET, default 25), XAPI_WARMUP (seconds of warm-up: get, per kind of
# query, default 3; post, default 10), XAPI_QUERIES (the kinds of GET, default all), APP_JAVA_OPTS
# (default -Xmx1g). Builds the app if target/quarkus-app is missing (not when it is stale: rebuild
# after changes). Needs curl, jq, wrk (Debian packages; installed with apt-get when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. bench/lib.sh

work=$root/target/bench-xapi
export NATIONAL_STATE=$work/server
export NATIONAL_PORT=${XAPI_DB_PORT:-3409}
jar=$root/target/quarkus-app/quarkus-run.jar
home_page=https://surgalt.national.mn
admin=admin@demo.surgalt.mn
password=surgalt-demo-2026
load_dir=$root/bench/load
clk_tck=$(getconf CLK_TCK)
QUERIES=${XAPI_QUERIES:-agent activity verb since registration agent_verb activity_since related_activities related_agents school school_verb}

die() { echo "$(basename "$0"): $*" >&2; exit 1; }
national() { "$root/bench/national.sh" "$@"; }
sql() { national sql -N -B -e "$1"; }

need_tools() {
    local tool
    for tool in curl jq ss awk wrk; do
        if ! command -v "$tool" >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
            echo "Installing $tool (apt-get install -y $tool)"
            apt-get install -y "$tool" >/dev/null 2>&1 || true
        fi
        command -v "$tool" >/dev/null || die "$tool is needed (apt-get install $tool)"
    done
}

ensure_package() {
    if [[ ! -f $jar ]]; then
        echo "Building the application (./mvnw -q -DskipTests package)"
        ./mvnw -q -DskipTests package
    fi
}

app_pid=
stop_app() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=
}
trap stop_app EXIT

# start_app DIR PORT [java args]: the packaged app in the background, its log in DIR/app.log; waits
# for readiness. Sets app_pid.
start_app() {
    local dir=$1 port=$2 start
    shift 2
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    (cd "$dir" && exec java ${APP_JAVA_OPTS:--Xmx1g} -Dquarkus.http.port="$port" \
        -Dsurgalt.xapi.home-page="$home_page" "$@" -jar "$jar" >"$dir/app.log" 2>&1) &
    app_pid=$!
    start=$(now_ms)
    until curl -fso /dev/null "http://127.0.0.1:$port/q/health/ready"; do
        kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$dir/app.log" >&2; die "the app exited; see $dir/app.log"; }
        (($(now_ms) - start < 300000)) || die "not ready within 300 s; see $dir/app.log"
        sleep 0.5
    done
}

# The app against the benchmark's MariaDB (not its embedded one).
server_app_args() {
    echo "-Dquarkus.datasource.jdbc.url=jdbc:mariadb://127.0.0.1:$NATIONAL_PORT/surgalt -Dquarkus.datasource.username=root"
}

# client BASE READ WRITE [INSTITUTION]: signs in as the demo admin through the form and makes an LRS
# client through the admin API (site-wide, or scoped to the institution of that code); prints the
# Authorization header's value.
make_client() {
    local base=$1 institution=${4:-} jar csrf session answer key secret
    local scope=null
    [[ -n $institution ]] && scope="\"$institution\""
    jar=$(mktemp -p "$work" jar.XXXXXX)
    curl -fsS -c "$jar" -o /dev/null "$base/login"
    csrf=$(awk '$6 == "surgalt-csrf" { print $7 }' "$jar")
    curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$admin" --data-urlencode "password=$password" \
        "$base/j_security_check?_csrf=$csrf"
    session=$(awk '$6 == "surgalt-session" { print $7 }' "$jar")
    rm -f "$jar"
    [[ -n $session ]] || die "signing in as $admin failed"
    answer=$(curl -fsS -H "Cookie: surgalt-csrf=$csrf; surgalt-session=$session" -H "X-CSRF-Token: $csrf" \
        -H 'Content-Type: application/json' \
        -d "{\"name\":\"bench $(date -u +%H:%M:%S)\",\"institution\":$scope,\"read\":$2,\"write\":$3}" \
        "$base/api/admin/xapi-clients") || die "the admin API did not make an LRS client"
    key=$(jq -r .client.key <<<"$answer")
    secret=$(jq -r .secret <<<"$answer")
    [[ -n $key && $key != null && -n $secret && $secret != null ]] || die "no key and secret in $answer"
    printf 'Basic %s' "$(printf '%s:%s' "$key" "$secret" | base64 -w0)"
}

cpu_ms() { awk -v hz="$clk_tck" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"; }
# field LINE NAME: a name=value of wrk's RESULT line (0 if absent).
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2; f = 1 } END { if (!f) print 0 }'; }

# wrk_run NAME SCRIPT SECONDS URL [VAR=value...]: one wrk run, one thread per connection.
wrk_run() {
    local name=$1 script=$2 seconds=$3 url=$4
    shift 4
    env LOAD_DIR="$load_dir" "$@" wrk -t "$connections" -c "$connections" -d "${seconds}s" --timeout 30s \
        -s "$root/bench/xapi/$script" "$url" >"$out/wrk-$name.txt" 2>&1 || { cat "$out/wrk-$name.txt" >&2; die "wrk failed ($name)"; }
    kill -0 "$app_pid" 2>/dev/null || die "the application is gone after $name; see $out/app.log"
    grep '^RESULT ' "$out/wrk-$name.txt" | tail -n 1
}

# row LABEL RESULT APP_MS DB_MS UNIT: a table row; UNIT is what the CPU is divided by (requests or statements).
row() {
    local r=$2
    awk -v label="$1" -v req="$(field "$r" requests)" -v s="$(field "$r" seconds)" -v p50="$(field "$r" p50)" \
        -v p95="$(field "$r" p95)" -v p99="$(field "$r" p99)" -v a="$3" -v d="$4" -v units="$5" \
        -v e=$(($(field "$r" not_200) + $(field "$r" socket_errors))) -v extra="$6" \
        'BEGIN { printf "%-34s %8.0f %8.1f %8.1f %8.1f %6d %7.2f %7.2f  %s\n", label, req / s, p50 / 1000, p95 / 1000,
                 p99 / 1000, e, units ? a / units : 0, units ? d / units : 0, extra }'
}

header() {
    printf '%-34s %8s %8s %8s %8s %6s %7s %7s  %s\n' '' "$1" 'p50 ms' 'p95 ms' 'p99 ms' errors 'app ms' 'db ms' "$2"
}

generate() {
    ensure_package
    national start
    local started driver cp
    started=$(now_ms)
    echo "Dropping and re-creating database surgalt on 127.0.0.1:$NATIONAL_PORT"
    national sql -e "DROP DATABASE IF EXISTS surgalt; CREATE DATABASE surgalt CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci"
    echo "Applying the schema and the demo samples: starting the packaged app against it"
    # shellcheck disable=SC2046
    start_app "$work/schema" "$(free_port)" $(server_app_args) -Dsurgalt.samples.dir="$root/content-samples" \
        -Dsurgalt.jobs.poll-interval=off
    stop_app
    echo "Schema applied: Flyway version $(sql 'SELECT MAX(version) FROM flyway_schema_history')"
    driver=$(find "$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client" -name 'mariadb-java-client-*.jar' | sort -V | tail -1)
    [[ -n $driver ]] || die "no mariadb-java-client jar in ~/.m2 (./mvnw dependency:resolve)"
    # The LRS's classes and Jackson: the generator checks its keys against org.surgalt.xapi.StatementKeys.
    cp=$driver:$root/target/classes
    for artifact in jackson-databind jackson-core jackson-annotations; do
        cp=$cp:$(ls "$root"/target/quarkus-app/lib/main/com.fasterxml.jackson.core.$artifact-*.jar | head -1)
    done
    mkdir -p "$work/tsv"
    java -Xmx${XAPI_GENERATOR_HEAP:-4g} -cp "$cp" "$root/bench/xapi/XapiData.java" \
        --url "jdbc:mariadb://127.0.0.1:$NATIONAL_PORT/surgalt?allowLocalInfile=true" --tsv "$work/tsv" \
        --home-page "$home_page" "$@"
    rm -rf "$work/tsv"
    echo "Whole generation (schema + data): $(( ($(now_ms) - started) / 1000 )) s; data directory $(du -sh "$NATIONAL_STATE/db" | cut -f1)"
    sql "SELECT table_name, table_rows, ROUND(data_length / 1048576), ROUND(index_length / 1048576)
        FROM information_schema.tables WHERE table_schema = 'surgalt' AND table_name LIKE 'xapi%' ORDER BY table_name" \
        | awk 'BEGIN { printf "%-20s %14s %10s %10s\n", "table", "rows (est.)", "data MiB", "index MiB" }
               { printf "%-20s %14s %10s %10s\n", $1, $2, $3, $4 }'
}

ensure_data() {
    national start >/dev/null
    local n
    n=$(sql "SELECT COALESCE(MAX(seq), 0) FROM xapi_statement" 2>/dev/null || echo none)
    if [[ $n == none || $n == 0 ]]; then
        echo "No statements on 127.0.0.1:$NATIONAL_PORT: generating at scale ${XAPI_SCALE:-0.01}"
        generate --scale "${XAPI_SCALE:-0.01}"
    fi
    [[ -f $work/samples.tsv ]] || die "$work/samples.tsv is missing: bench/xapi.sh generate again"
}

get() {
    local seconds=${1:-15}
    connections=${2:-16}
    local warmup=${XAPI_WARMUP:-3} limit=${XAPI_LIMIT:-25} port base auth auth_school now_epoch db_pid statements
    need_tools
    ensure_package
    ensure_data
    out=$work/get
    rm -rf "$out"
    mkdir -p "$out"
    port=$(free_port)
    base=http://127.0.0.1:$port
    echo "Starting the application on $base against 127.0.0.1:$NATIONAL_PORT (log $out/app.log)"
    # shellcheck disable=SC2046
    start_app "$out" "$port" $(server_app_args) -Dsurgalt.samples.import=false -Dsurgalt.jobs.poll-interval=off
    auth=$(make_client "$base" true false)
    # The first generated school (a capital school: 1 statement in 265 at scale 0.5, 1 in 530 at 1.0).
    auth_school=$(make_client "$base" true false XAPI-0001)
    db_pid=$(cat "$NATIONAL_STATE/run/mariadbd.pid")
    now_epoch=$(date -u -d "$(awk -F'\t' '$1 == "now" { print $2 }' "$work/samples.tsv")" +%s)
    statements=$(sql "SELECT MAX(seq) FROM xapi_statement")
    local vars=(XAPI_SAMPLES="$work/samples.tsv" XAPI_AUTH="$auth" XAPI_AUTH_SCHOOL="$auth_school" XAPI_LIMIT="$limit"
        XAPI_NOW="$now_epoch")
    if ((warmup > 0)); then
        echo "Warming up: $warmup s of each kind of query (not counted)"
        for q in about $QUERIES; do
            wrk_run "warmup-$q" get.lua "$warmup" "$base" "${vars[@]}" XAPI_QUERY="$q" XAPI_SEED=1 >/dev/null
        done
    fi
    local rows=() q r a0 d0 a1 d1 reqs n extra
    for q in about $QUERIES; do
        a0=$(cpu_ms "$app_pid"); d0=$(cpu_ms "$db_pid")
        r=$(wrk_run "$q" get.lua "$seconds" "$base" "${vars[@]}" XAPI_QUERY="$q" XAPI_SEED=2)
        a1=$(cpu_ms "$app_pid"); d1=$(cpu_ms "$db_pid")
        reqs=$(field "$r" requests)
        if [[ $q == about ]]; then
            extra="(baseline: GET /xapi/about)"
        else
            n=$(field "$r" statements)
            extra=$(awk -v n="$n" -v r="$reqs" -v e="$(field "$r" empty)" -v m="$(field "$r" more)" -v b="$(field "$r" body_bytes)" \
                'BEGIN { printf "%5.1f %6.1f%% %6.1f%% %7.0f", r ? n / r : 0, r ? 100 * e / r : 0, r ? 100 * m / r : 0, r ? b / r : 0 }')
        fi
        rows+=("$(row "$q" "$r" $((a1 - a0)) $((d1 - d0)) "$reqs" "$extra")")
    done
    echo
    echo "GET /xapi/statements on $(printf "%'d" "$statements") statements, limit=$limit, $connections connections, $seconds s each"
    echo "after $warmup s of warm-up each; $(nproc) CPUs (load average $(cut -d' ' -f1-3 /proc/loadavg)); app ${APP_JAVA_OPTS:--Xmx1g}"
    header 'req/s' ' stmts  empty   more   bytes'
    printf '%s\n' "${rows[@]}"
    echo "stmts: statements per answer; empty: answers without any; more: answers with a more link; bytes: per answer."
    echo "app ms, db ms: CPU of the Java process and of mariadbd per request (utime + stime from /proc)."
    echo "Target (issue 20): p95 <= 100 ms at 20 million statements. Output and logs in $out"
}

post() {
    local seconds=${1:-20}
    connections=${2:-16}
    local warmup=${XAPI_WARMUP:-10} batch=${XAPI_BATCH:-10} port db_port base auth db_pid
    need_tools
    ensure_package
    out=$work/post
    rm -rf "$out"
    mkdir -p "$out"
    port=$(free_port)
    db_port=$(free_port)
    base=http://127.0.0.1:$port
    echo "Starting the application on $base on a fresh embedded database (log $out/app.log)"
    start_app "$out" "$port" -Dsurgalt.db.embedded.data-dir="$out/db" -Dsurgalt.db.embedded.port="$db_port" \
        -Dsurgalt.assets.root="$out/assets" -Dsurgalt.samples.dir="$root/content-samples" -Dsurgalt.jobs.poll-interval=off
    db_pid=
    for pid in $(pgrep -x mariadbd || true); do
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$out/db" && db_pid=$pid
    done
    [[ -n $db_pid ]] || die "no mariadbd serving $out/db"
    esql() { "$out/mariadb-11.4.5/bin/mariadb" --skip-ssl -h 127.0.0.1 -P "$db_port" -u root -N -B surgalt -e "$1"; }
    auth=$(make_client "$base" true true)
    local vars=(XAPI_HOME="$home_page" XAPI_AUTH="$auth" XAPI_LEARNERS="${XAPI_LEARNERS:-5000}")
    if ((warmup > 0)); then
        echo "Warming up: $warmup s of single statements (not counted)"
        wrk_run warmup post.lua "$warmup" "$base" "${vars[@]}" XAPI_BATCH=1 XAPI_NONCE=$RANDOM$RANDOM >/dev/null
    fi
    local rows=() r a0 d0 a1 d1 c0 c1 q0 q1 stored name b
    for name in about single batch; do
        a0=$(cpu_ms "$app_pid"); d0=$(cpu_ms "$db_pid"); c0=$(esql "SELECT COUNT(*) FROM xapi_statement")
        q0=$(esql "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{ print $2 }')
        case $name in
            about) r=$(wrk_run about get.lua "$seconds" "$base" XAPI_QUERY=about XAPI_AUTH="$auth" XAPI_SAMPLES=/dev/null XAPI_NOW=0) ;;
            single)
                [[ -n ${XAPI_PROFILE:-} ]] && jcmd "$app_pid" JFR.start name=xapi settings=profile filename="$out/profile.jfr" >/dev/null
                r=$(wrk_run single post.lua "$seconds" "$base" "${vars[@]}" XAPI_BATCH=1 XAPI_NONCE=$RANDOM$RANDOM)
                [[ -n ${XAPI_PROFILE:-} ]] && jcmd "$app_pid" JFR.stop name=xapi >/dev/null ;;
            batch) r=$(wrk_run batch post.lua "$seconds" "$base" "${vars[@]}" XAPI_BATCH="$batch" XAPI_NONCE=$RANDOM$RANDOM) ;;
        esac
        a1=$(cpu_ms "$app_pid"); d1=$(cpu_ms "$db_pid"); c1=$(esql "SELECT COUNT(*) FROM xapi_statement")
        q1=$(esql "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{ print $2 }')
        stored=$(field "$r" stored)
        if [[ $name == about ]]; then
            rows+=("$(row "GET /xapi/about (baseline)" "$r" $((a1 - a0)) $((d1 - d0)) "$(field "$r" requests)" "-")")
        else
            b=$([[ $name == single ]] && echo 1 || echo "$batch")
            rows+=("$(row "POST, $b statement(s) per request" "$r" $((a1 - a0)) $((d1 - d0)) "$stored" \
                "$(awk -v s="$stored" -v t="$(field "$r" seconds)" 'BEGIN { printf "%8.0f", s / t }') $(printf '%9d %9d' "$stored" $((c1 - c0))) $(awk -v q=$((q1 - q0 - 4)) -v r="$(field "$r" requests)" 'BEGIN { printf "%9.1f", r ? q / r : 0 }')")")
        fi
    done
    echo
    echo "POST /xapi/statements: $connections connections, $seconds s each after $warmup s of warm-up; embedded MariaDB"
    echo "(innodb_flush_log_at_trx_commit=$(esql 'SELECT @@innodb_flush_log_at_trx_commit')); $(nproc) CPUs (load average $(cut -d' ' -f1-3 /proc/loadavg)); app ${APP_JAVA_OPTS:--Xmx1g}"
    header 'req/s' 'stmts/s     acked     in db  SQL/req'
    printf '%s\n' "${rows[@]}"
    echo "Latencies are per request; app ms and db ms are CPU per statement (per request for the baseline)."
    echo "acked: statements answered 200 with their ids; in db: rows added to xapi_statement during the run (a few"
    echo "more: wrk stops with requests in flight); SQL/req: statements the database received per request (Questions)."
    echo "Target (issue 20): 2,000 statements/s, p99 <= 50 ms."
    echo "Output and logs in $out"
    if [[ -n ${XAPI_PROFILE:-} ]]; then
        echo
        echo "Profile of the single-statement run (JFR; its sampling is inside that run's CPU columns), $out/profile.jfr:"
        "$load_dir/jfr-top.sh" "$out/profile.jfr" 25
    fi
}

# The store's queries (as xapi/StatementStore builds them) on the generated data, each with one
# sample value: ANALYZE's plan, rows read and time.
explain() {
    national start >/dev/null
    [[ -f $work/samples.tsv ]] || die "no samples: bench/xapi.sh generate first"
    local agent activity course registration instructor now school limit=${XAPI_LIMIT:-25}
    sample() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }' "$work/samples.tsv"; }
    agent=$(sample agent); activity=$(sample activity); course=$(sample course)
    registration=$(sample registration); instructor=$(sample instructor)
    now=$(sample now)
    now=${now%Z}
    school=$(sql "SELECT id FROM institution WHERE code = 'XAPI-0001'")
    # Hex literals, so that the plan (which prints the constants) stays valid JSON.
    h() { echo "X'$(printf '%s|%s' "$1" "$2" | sha256sum | cut -c1-32)'"; }
    local cols="s.seq, s.id, s.stored_ms, s.institution_id, s.voided, s.voids, s.body"
    local ms="UNIX_TIMESTAMP('${now/T/ }') * 1000" first7 first30
    # since also bounds the stored order (StatementStore.boundary, less ORDER_SLACK = 10,000).
    first7=$(sql "SELECT seq - 10000 FROM xapi_statement WHERE stored_ms > $ms - 7 * 86400000 ORDER BY stored_ms LIMIT 1")
    first30=$(sql "SELECT seq - 10000 FROM xapi_statement WHERE stored_ms > $ms - 30 * 86400000 ORDER BY stored_ms LIMIT 1")
    local -A queries=(
        [agent]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h agent "account|$home_page|$agent") AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [activity]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h activity "$activity") AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [verb_failed]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h verb http://adlnet.gov/expapi/verbs/failed) AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [since_7d]="SELECT $cols FROM xapi_statement s WHERE s.voided = FALSE AND s.stored_ms > $ms - 7 * 86400000 AND s.seq >= $first7 ORDER BY s.seq DESC LIMIT $((limit + 1))"
        [agent_verb_passed]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement_key k1 ON k1.seq = k0.seq AND k1.key_hash = $(h verb http://adlnet.gov/expapi/verbs/passed) AND k1.direct JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h agent "account|$home_page|$agent") AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [activity_since_30d]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h activity "$activity") AND k0.direct AND s.voided = FALSE AND s.stored_ms > $ms - 30 * 86400000 AND k0.seq >= $first30 ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [related_activities_course]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h activity "$course") AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [activity_course_plain]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h activity "$course") AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [registration]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h registration "$registration") AND k0.direct AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [school]="SELECT $cols FROM xapi_statement s WHERE s.voided = FALSE AND s.institution_id = $school ORDER BY s.seq DESC LIMIT $((limit + 1))"
        [school_verb_passed]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h verb http://adlnet.gov/expapi/verbs/passed) AND k0.direct AND s.voided = FALSE AND s.institution_id = $school ORDER BY k0.seq DESC LIMIT $((limit + 1))"
        [related_agents_instructor]="SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = $(h agent "account|$home_page|$instructor") AND s.voided = FALSE ORDER BY k0.seq DESC LIMIT $((limit + 1))"
    )
    local name
    for name in agent activity verb_failed since_7d agent_verb_passed activity_since_30d related_activities_course activity_course_plain registration related_agents_instructor school school_verb_passed; do
        echo "== $name"
        national sql -N -B -r -e "ANALYZE FORMAT=JSON ${queries[$name]}" | LC_ALL=C tr -d '\000-\037' | jq -r '
            .query_block as $q |
            "   total \($q.r_total_time_ms | . * 10 | round / 10) ms",
            ([.. | objects | select(has("table_name"))] | .[] |
             "   \(.table_name): \(.access_type) key=\(.key // "-") rows read \(.r_rows // "-") (loops \(.r_loops // "-")), filtered \(.r_filtered // "-")%, \(.r_table_time_ms // 0 | . * 10 | round / 10) ms")'
    done
}

# activity + since 7 days back, for the first n sampled activities, each with ANALYZE in three shapes:
# "before" (the key's rows walked with stored_ms checked on each statement, as V023 had it until
# f90c41d), "now" (the key's range bounded by the seq one dive into ix_xapi_statement_stored finds,
# less StatementStore.ORDER_SLACK = 10,000) and "proposed" (key rows that carry stored_ms, PRIMARY KEY
# (key_hash, stored_ms, seq): that table, xapi_key_proposed, is built here for those activities only).
since_check() {
    local n=${1:-100} now cols="s.seq, s.id, s.stored_ms, s.institution_id, s.voided, s.voids, s.body" limit=${XAPI_LIMIT:-25}
    national start >/dev/null
    now=$(awk -F'\t' '$1 == "now" { print $2; exit }' "$work/samples.tsv")
    now=${now%Z}
    awk -F'\t' -v n="$n" '$1 == "activity" && !seen[$2]++ && c++ < n { print $2 }' "$work/samples.tsv" >"$work/since-activities.txt"
    local values t0
    values=$(awk '{ printf "%s(UNHEX(LEFT(SHA2(\x27activity|%s\x27, 256), 32)))", (NR > 1 ? "," : ""), $0 }' "$work/since-activities.txt")
    t0=$(now_ms)
    national sql -e "DROP TABLE IF EXISTS xapi_key_proposed, xapi_key_sample;
        CREATE TABLE xapi_key_sample (key_hash BINARY(16) PRIMARY KEY);
        INSERT IGNORE INTO xapi_key_sample VALUES $values;
        CREATE TABLE xapi_key_proposed (key_hash BINARY(16) NOT NULL, stored_ms BIGINT NOT NULL, seq BIGINT NOT NULL,
            direct BOOLEAN NOT NULL, PRIMARY KEY (key_hash, stored_ms, seq)) ENGINE = InnoDB;
        INSERT INTO xapi_key_proposed SELECT k.key_hash, s.stored_ms, k.seq, k.direct
            FROM xapi_key_sample x JOIN xapi_statement_key k ON k.key_hash = x.key_hash JOIN xapi_statement s ON s.seq = k.seq;"
    echo "xapi_key_proposed: $(sql 'SELECT COUNT(*) FROM xapi_key_proposed') key rows of $(wc -l <"$work/since-activities.txt") activities ($(( ($(now_ms) - t0) / 1000 )) s)"
    local iri hash now_ms_sql before current proposed first
    now_ms_sql="UNIX_TIMESTAMP('${now/T/ }') * 1000 - 7 * 86400000"
    # The store since f90c41d: one dive into ix_xapi_statement_stored bounds the key's range by seq.
    first=$(sql "SELECT seq - 10000 FROM xapi_statement WHERE stored_ms > $now_ms_sql ORDER BY stored_ms LIMIT 1")
    : >"$work/since-check.tsv"
    while read -r iri; do
        hash="X'$(printf 'activity|%s' "$iri" | sha256sum | cut -c1-32)'"
        before=$(national sql -N -B -r -e "ANALYZE FORMAT=JSON SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq
            WHERE k0.key_hash = $hash AND k0.direct AND s.voided = FALSE AND s.stored_ms > $now_ms_sql ORDER BY k0.seq DESC LIMIT $((limit + 1))" \
            | LC_ALL=C tr -d '\000-\037' | jq -r '[.query_block.r_total_time_ms, ([.. | objects | select(.table_name? == "s") | (.r_loops // 0) * (.r_rows // 0)] | add // 0)] | @tsv')
        current=$(national sql -N -B -r -e "ANALYZE FORMAT=JSON SELECT $cols FROM xapi_statement_key k0 JOIN xapi_statement s ON s.seq = k0.seq
            WHERE k0.key_hash = $hash AND k0.direct AND s.voided = FALSE AND s.stored_ms > $now_ms_sql AND k0.seq >= $first ORDER BY k0.seq DESC LIMIT $((limit + 1))" \
            | LC_ALL=C tr -d '\000-\037' | jq -r '[.query_block.r_total_time_ms, ([.. | objects | select(.table_name? == "s") | (.r_loops // 0) * (.r_rows // 0)] | add // 0)] | @tsv')
        proposed=$(national sql -N -B -r -e "ANALYZE FORMAT=JSON SELECT $cols FROM xapi_key_proposed k0 JOIN xapi_statement s ON s.seq = k0.seq
            WHERE k0.key_hash = $hash AND k0.direct AND k0.stored_ms > $now_ms_sql AND s.voided = FALSE ORDER BY k0.stored_ms DESC, k0.seq DESC LIMIT $((limit + 1))" \
            | LC_ALL=C tr -d '\000-\037' | jq -r '[.query_block.r_total_time_ms, ([.. | objects | select(.table_name? == "s") | (.r_loops // 0) * (.r_rows // 0)] | add // 0)] | @tsv')
        printf '%s\t%s\t%s\n' "$before" "$current" "$proposed" >>"$work/since-check.tsv"
    done <"$work/since-activities.txt"
    local column label
    for column in 1:before 3:now 5:proposed; do
        label=${column#*:}
        sort -n -k"${column%%:*},${column%%:*}" "$work/since-check.tsv" | awk -F'\t' -v k="${column%%:*}" -v label="$label" \
            '{ c[NR] = $k; r += $(k + 1) } END { n = NR; printf "%-9s %d queries, time p50 %.1f ms, p95 %.1f ms, max %.1f ms; statement rows read per query %.0f\n", label ":", n, c[int(n * 0.5) + 1], c[int(n * 0.95) + 1], c[n], r / n }'
    done
    echo "Empty answers (no statement of the item in the last 7 days): $(awk -F'\t' '$6 == 0' "$work/since-check.tsv" | wc -l) of $(wc -l <"$work/since-check.tsv")"
    national sql -e "DROP TABLE xapi_key_proposed, xapi_key_sample"
}

case "${1:-}" in
    generate) shift; generate "$@" ;;
    get) shift; get "$@" ;;
    post) shift; post "$@" ;;
    explain) explain ;;
    since-check) shift; since_check "$@" ;;
    start | stop | status) national "$1" ;;
    sql) shift; national sql "$@" ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
esac
