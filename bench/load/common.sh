# Shared by bench/load.sh, bench/soak.sh and bench/faults.sh; source it, do not run it.
# The national MariaDB of bench/national.sh (127.0.0.1:$NATIONAL_PORT, data in bench/.data), the
# load course LOAD-064 (bench/load/LoadSeed.java), the packaged app started here, and users signed
# in through the real form.

load_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_dir="$(cd "$load_dir/.." && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
. "$bench_dir/lib.sh"

NATIONAL_PORT="${NATIONAL_PORT:-3407}"
state="$bench_dir/.data/load"
mkdir -p "$state"
# One key for every instance: a session signed in on one is valid on the other (as in production).
export SURGALT_SESSION_KEY="${SURGALT_SESSION_KEY:-surgalt-load-bench-session-key-0123456789}"
PASSWORD=national-bench-2026
LOAD_READERS="${LOAD_READERS:-256}"
LOAD_WRITERS="${LOAD_WRITERS:-384}"
clk_tck="$(getconf CLK_TCK)"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

national() { "$bench_dir/national.sh" "$@"; }
sql() { national sql -N -B -e "$1"; }

need_tools() {
    local t
    for t in curl ss awk jcmd "$@"; do
        command -v "$t" >/dev/null || die "$t is needed"
    done
}

# wrk from Debian (apt-get install wrk): installed here if missing and we may.
need_wrk() {
    command -v wrk >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing wrk (apt-get install -y wrk)"
        apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1) || true
    fi
    command -v wrk >/dev/null || die "wrk is needed: apt-get install wrk (Debian package, 4.1)"
}

# nginx from Debian (apt-get install nginx-light) for the static reference: installed here if
# missing and we may. Its service is not started; load.sh runs its own nginx on a free port.
need_nginx() {
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing nginx (apt-get install -y nginx-light)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light >/dev/null 2>&1 \
            || (apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light >/dev/null 2>&1) || true
    fi
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || die "nginx is needed for the static reference: apt-get install nginx-light"
}

# static_reference FILE SECONDS CONNECTIONS: nginx (gzip on, one worker per CPU) serving FILE on a
# free port, driven by wrk as the workloads are; prints "req/s p50 p99" (ms), the physical limit
# of this machine for a page of that size.
static_reference() {
    local file="$1" seconds="$2" connections="$3" dir="$state/nginx" port out
    mkdir -p "$dir/html" "$dir/tmp"
    cp "$file" "$dir/html/page.html"
    port="$(free_port)"
    cat >"$dir/nginx.conf" <<CONF
worker_processes $(nproc);
pid $dir/nginx.pid;
error_log $dir/error.log;
daemon on;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
    gzip on; gzip_min_length 256;
    server { listen 127.0.0.1:$port; root $dir/html; }
}
CONF
    local bin
    bin="$(command -v nginx || echo /usr/sbin/nginx)"
    "$bin" -c "$dir/nginx.conf" -p "$dir" || die "nginx did not start (see $dir/error.log)"
    out="$(wrk -t "$connections" -c "$connections" -d "${seconds}s" --latency -H 'Accept-Encoding: gzip' \
        "http://127.0.0.1:$port/page.html" 2>&1)" || true
    "$bin" -c "$dir/nginx.conf" -p "$dir" -s stop 2>/dev/null || kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    echo "$out" >"$state/wrk-static.txt"
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { r = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%.0f %.1f %.1f\n", r, p50, p99 }' <<<"$out"
}

# The national database running and filled (generated at LOAD_SCALE when empty), with the load
# course, its readers and writers (bench/load/LoadSeed.java).
ensure_data() {
    if ! national status | grep -q "^MariaDB running"; then
        national start
    fi
    local users
    users="$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'surgalt' AND table_name = 'app_user'")"
    if [ "$users" = 0 ] || [ "$(sql 'SELECT COUNT(*) FROM surgalt.app_user')" = 0 ]; then
        echo "The national database is empty: generating it at scale ${LOAD_SCALE:-0.05} (LOAD_SCALE)"
        national generate --scale "${LOAD_SCALE:-0.05}" --now "${LOAD_NOW:-$(date -u +%F)}"
    fi
    local driver
    driver="$(find "$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client" -name 'mariadb-java-client-*.jar' | sort -V | tail -1)"
    [ -n "$driver" ] || die "no mariadb-java-client jar in ~/.m2 (./mvnw dependency:resolve)"
    java -Duser.timezone=UTC -cp "$driver" "$load_dir/LoadSeed.java" \
        --url "jdbc:mariadb://127.0.0.1:$NATIONAL_PORT/surgalt" --readers "$LOAD_READERS" --writers "$LOAD_WRITERS" \
        --now "${LOAD_NOW:-$(date -u +%F)}"
    course_id="$(sql "SELECT id FROM surgalt.course WHERE code = 'LOAD-064'")"
    assignment_id="$(sql "SELECT iv.item_id FROM surgalt.item_version iv JOIN surgalt.course_version cv ON cv.id = iv.course_version_id
        WHERE cv.course_id = $course_id AND iv.kind = 'ASSIGNMENT'")"
    videos="$(sql "SELECT GROUP_CONCAT(iv.item_id ORDER BY iv.item_id) FROM surgalt.item_version iv
        JOIN surgalt.course_version cv ON cv.id = iv.course_version_id WHERE cv.course_id = $course_id AND iv.kind = 'VIDEO'")"
    # Readers: the first LOAD_READERS generated teachers; writers: the last LOAD_WRITERS.
    sql "SELECT id, email FROM surgalt.app_user WHERE email LIKE 'teacher%@national.surgalt.mn' ORDER BY id" >"$state/learners.tsv"
    head -n "$LOAD_READERS" "$state/learners.tsv" >"$state/readers.tsv"
    tail -n "$LOAD_WRITERS" "$state/learners.tsv" >"$state/writers.tsv"
}

ensure_package() {
    if [ ! -f "$root/target/quarkus-app/quarkus-run.jar" ]; then
        echo "Building the application (./mvnw -q package -DskipTests)"
        (cd "$root" && ./mvnw -q package -DskipTests)
    fi
}

# start_app NAME PORT [extra env assignments...]: the packaged app on the national database in the
# background, its working directory and log under bench/.data/load/NAME; sets app_pid. Assets in
# LOAD_ASSETS (default bench/.data/load/assets, shared by every instance). Waits for ready.
start_app() {
    local name="$1" port="$2"
    shift 2
    local dir="$state/$name"
    mkdir -p "$dir"
    (cd "$dir" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:$NATIONAL_PORT/surgalt" \
        QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
        QUARKUS_HTTP_PORT="$port" SURGALT_SAMPLES_IMPORT=false \
        SURGALT_ASSETS_ROOT="${LOAD_ASSETS:-$state/assets}" \
        SURGALT_JOBS_POLL_INTERVAL="${LOAD_POLL_INTERVAL:-0.5s}" "$@" \
        java ${APP_JAVA_OPTS:--Xmx1g} -jar "$root/target/quarkus-app/quarkus-run.jar" >"$dir/app.log" 2>&1) &
    app_pid=$!
    local i
    for i in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
    tail -30 "$dir/app.log" >&2
    die "the application did not become ready (log: $dir/app.log)"
}

stop_app() {
    local pid="$1"
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# sign_in BASE EMAIL: one line "Cookie-header<TAB>csrf" (signed in through the form), or fails.
sign_in() {
    local base="$1" email="$2" jar
    jar="$(mktemp -p "$state" jar.XXXXXX)"
    curl -fsS -c "$jar" -o /dev/null "$base/login" || { rm -f "$jar"; return 1; }
    local csrf
    csrf="$(awk '$6 == "surgalt-csrf" { print $7 }' "$jar")"
    curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=$email" \
        --data-urlencode "password=$PASSWORD" "$base/j_security_check?_csrf=$csrf" || { rm -f "$jar"; return 1; }
    local session
    session="$(awk '$6 == "surgalt-session" { print $7 }' "$jar")"
    rm -f "$jar"
    [ -n "$session" ] || { echo "signing in as $email failed" >&2; return 1; }
    printf 'surgalt-csrf=%s; surgalt-session=%s\t%s\n' "$csrf" "$session" "$csrf"
}

# sign_in_all BASE IN OUT: IN has "id<TAB>email[<TAB>path]" lines; OUT gets "id<TAB>cookie<TAB>csrf[<TAB>path]",
# four sign-ins at a time (each is an Argon2id check on the server).
# Sessions are kept in OUT and reused while they work (the session key is fixed and a session
# lasts 8 hours): each sign-in costs the server an Argon2id hash, about 0.1-0.4 s of CPU here.
sign_in_all() {
    local base="$1" in="$2" out="$3"
    if [ -f "$out" ] && [ "$(cut -f1 "$out" | sort)" = "$(cut -f1 "$in" | sort)" ] \
        && [ -n "$(find "$out" -mmin -420)" ] && session_works "$base" "$(head -n 1 "$out" | cut -f2)" \
        && session_works "$base" "$(tail -n 1 "$out" | cut -f2)"; then
        return 0
    fi
    export -f sign_in
    export state PASSWORD
    awk -F'\t' '{ print $1 "\t" $2 "\t" $3 }' "$in" | xargs -P 4 -d '\n' -n 1 bash -c '
        IFS=$'"'"'\t'"'"' read -r id email path <<<"$1"
        line="$(sign_in "'"$base"'" "$email")" || exit 255
        if [ -n "$path" ]; then printf "%s\t%s\t%s\n" "$id" "$line" "$path"; else printf "%s\t%s\n" "$id" "$line"; fi
    ' _ >"$out" || die "signing users in failed"
    [ "$(wc -l <"$out")" = "$(wc -l <"$in")" ] || die "only $(wc -l <"$out") of $(wc -l <"$in") users signed in"
}

# Whether a Cookie header is a signed-in session (the home page answers instead of sending to /login).
session_works() {
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$1/home")" = 200 ]
}

# CPU time of a process (user + system) in milliseconds.
cpu_ms() {
    awk -v hz="$clk_tck" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0
}

mariadb_pid() { cat "$bench_dir/.data/run/mariadbd.pid"; }

# Heap used and committed after the last collection, in MiB ("used/committed"), from jcmd.
heap_mb() {
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total [0-9]+K, used/ {
        for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
        gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); printf "%d/%d", u / 1024, t / 1024; exit }'
}
