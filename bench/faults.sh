#!/usr/bin/env bash
# Fault tests (issue 8), with printed outcomes. See bench/README.md.
#
#   bench/faults.sh [db|kill|disk ...]     default: all three
#
#   db    the database is stopped and started again under a write load: the app reports unready,
#         recovers by itself after the database's return (seconds counted), and every write it
#         acknowledged is in the database
#   kill  two instances on one database and one asset root; SIGKILL to one in the middle of a
#         tus upload (no partial asset visible; the upload resumes on the other and its SHA-256 is
#         the file's) and in the middle of a burst of grading (no half-written grade: every
#         graded submission has its GRADED fact and no fact lacks its grade; every acknowledged
#         grade is there)
#   disk  the asset root on a 24 MiB tmpfs (needs root for mount): an upload larger than the free
#         space fails with an error the client can read, and no partial file or asset remains
#
# Uses bench/national.sh's MariaDB (stopped and started by "db": never point this at data you
# care about) and the load course of bench/load.sh. Prints PASS / FAIL per check; exits 1 on a FAIL.
set -euo pipefail
. "$(dirname "$0")/load/common.sh"

scenarios="${*:-db kill disk}"
need_tools sha256sum dd
need_wrk
ensure_package
ensure_data

pids=()
mounted=
cleanup() {
    local p
    for p in "${pids[@]}"; do stop_app "$p"; done
    [ -n "$mounted" ] && umount "$mounted" 2>/dev/null || true
}
trap cleanup EXIT
failures=0
check() { # check "what" condition-exit-status
    if [ "$2" = 0 ]; then echo "  PASS  $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi
}
ready_code() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$1/q/health/ready" || true; }

writer_min="$(head -n 1 "$state/writers.tsv" | cut -f1)"
writer_max="$(tail -n 1 "$state/writers.tsv" | cut -f1)"
in_writers="course_id = $course_id AND user_id BETWEEN $writer_min AND $writer_max"
reset_writers() {
    national sql -e "DELETE FROM completion_fact WHERE $in_writers; DELETE FROM item_progress WHERE $in_writers;
        DELETE FROM module_progress WHERE $in_writers; DELETE FROM course_progress WHERE $in_writers;
        DELETE FROM submission WHERE course_id = $course_id AND learner_id BETWEEN $writer_min AND $writer_max;"
}

# ---------------------------------------------------------------------------------------------
scenario_db() {
    echo "== Database stopped and started again under load"
    reset_writers
    local port base
    port="$(free_port)"; base="http://127.0.0.1:$port"
    start_app f-db "$port"; local pid=$app_pid; pids+=("$pid")
    # Enough (writer, video) pairs for the whole run at the paced rate (at most 8 / 50 ms = 160/s):
    # with fewer, a fast build ran out of them before the database was even stopped.
    cp "$state/writers.tsv" "$state/f-db-writers.tsv"
    sign_in_all "$base" "$state/f-db-writers.tsv" "$state/f-db-writers.cookies"
    rm -f "$state"/f-db-ack.*
    local run=45 down_at=10 up_at=22
    env LOAD_DIR="$load_dir" LOAD_USERS="$state/f-db-writers.cookies" LOAD_THREADS=8 LOAD_COURSE="$course_id" \
        LOAD_ITEMS="$videos" LOAD_ACK_LOG="$state/f-db-ack" LOAD_DELAY_MS=50 \
        wrk -t 8 -c 8 -d "${run}s" --timeout 10s -s "$load_dir/watched.lua" "$base" >"$state/wrk-f-db.txt" 2>&1 &
    local wrk_pid=$! t0 t
    t0="$(now_ms)"
    # Readiness every 200 ms, with the time since the start, into a log.
    (while kill -0 "$wrk_pid" 2>/dev/null; do echo "$(( $(now_ms) - t0 )) $(ready_code "$base")"; sleep 0.2; done) \
        >"$state/f-db-ready.log" &
    local poller=$!
    sleep "$down_at"
    local ready_before
    ready_before="$(ready_code "$base")"
    t="$(now_ms)"; national stop >/dev/null; local stopped_ms=$(( $(now_ms) - t0 ))
    echo "  database stopped at $((stopped_ms / 1000)).$(( stopped_ms % 1000 / 100 )) s (stop took $(( $(now_ms) - t )) ms)"
    sleep $(( up_at - down_at ))
    local ready_down
    ready_down="$(ready_code "$base")"
    national start >/dev/null
    local back_ms=$(( $(now_ms) - t0 ))
    echo "  database accepting connections again at $((back_ms / 1000)).$(( back_ms % 1000 / 100 )) s"
    wait "$wrk_pid" || true
    kill "$poller" 2>/dev/null || true; wait "$poller" 2>/dev/null || true
    local first_unready recovered
    first_unready="$(awk -v s="$stopped_ms" '$1 >= s && $2 != 200 { print $1; exit }' "$state/f-db-ready.log")"
    recovered="$(awk -v b="$back_ms" '$1 >= b && $2 == 200 { print $1; exit }' "$state/f-db-ready.log")"
    echo "  readiness: $ready_before before, $ready_down while down; first not-ready answer $(( (${first_unready:-0} - stopped_ms) )) ms after the stop;" \
        "ready again $(( ${recovered:-999999} - back_ms )) ms after the database's return"
    echo "  readiness answers in order (000: no answer within 2 s): $(awk '{ print $2 }' "$state/f-db-ready.log" | uniq -c | awk '{ printf "%s%s x%d", sep, $2, $1; sep = ", " }')"
    check "the app reports not ready while the database is down" "$([ "$ready_down" != 200 ] && echo 0 || echo 1)"
    check "ready again within 10 s of the database's return" "$([ -n "$recovered" ] && [ $((recovered - back_ms)) -le 10000 ] && echo 0 || echo 1)"
    # Acknowledged writes against the database.
    cat "$state"/f-db-ack.* 2>/dev/null | sort -u >"$state/f-db-acked.txt" || true
    sql "SELECT CONCAT(user_id, ' ', item_id) FROM surgalt.completion_fact WHERE $in_writers AND kind = 'VIEWED'" \
        | sort -u >"$state/f-db-stored.txt"
    local acked stored missing after
    acked="$(wc -l <"$state/f-db-acked.txt")"
    stored="$(wc -l <"$state/f-db-stored.txt")"
    missing="$(comm -23 "$state/f-db-acked.txt" "$state/f-db-stored.txt" | wc -l)"
    after="$(grep '^RESULT' "$state/wrk-f-db.txt" | tr ' ' '\n' | awk -F= '$1 == "status_errors" || $1 == "socket_errors" { e += $2 } END { print e + 0 }')"
    echo "  writes acknowledged $acked, facts in the database $stored (the rest: answers lost with the connection), acknowledged but missing $missing; failed requests $after"
    check "every acknowledged write is in the database ($acked acknowledged)" "$([ "$missing" = 0 ] && [ "$acked" -gt 0 ] && echo 0 || echo 1)"
    local late
    late="$(sql "SELECT COUNT(*) FROM surgalt.completion_fact WHERE $in_writers AND occurred_at > UTC_TIMESTAMP(6) - INTERVAL $(( (run - up_at) - 3 )) SECOND")"
    check "writes succeed again after the return ($late facts in the last $(( run - up_at - 3 )) s)" "$([ "$late" -gt 0 ] && echo 0 || echo 1)"
    stop_app "$pid"
}

# ---------------------------------------------------------------------------------------------
# tus helpers against BASE as the user of cookie line $cookie / $csrf.
tus_create() { # base length -> upload path
    curl -fsS -D - -o /dev/null -X POST -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" -H "Tus-Resumable: 1.0.0" \
        -H "Upload-Length: $2" -H "Upload-Metadata: filename $(printf 'fault.bin' | base64),kind $(printf file | base64)" \
        "$1/api/uploads" | tr -d '\r' | awk -F': ' 'tolower($1) == "location" { print $2 }' | sed -E 's#https?://[^/]+##'
}
tus_patch() { # base path offset file-from count [curl args...] -> http code; body in $state/patch.out
    local base="$1" path="$2" offset="$3" from="$4" n="$5"
    shift 5
    dd if="$file" iflag=skip_bytes,count_bytes skip="$from" count="$n" status=none \
        | curl -s -o "$state/patch.out" -w '%{http_code}' -X PATCH -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
            -H "Tus-Resumable: 1.0.0" -H "Content-Type: application/offset+octet-stream" -H "Upload-Offset: $offset" \
            --data-binary @- "$@" "$base$path" || true
}
tus_offset() { curl -s -I -H "Cookie: $cookie" -H "Tus-Resumable: 1.0.0" "$1$2" | tr -d '\r' | awk -F': ' 'tolower($1) == "upload-offset" { print $2 }'; }
asset_files() { find "${LOAD_ASSETS:-$state/assets}" -type f -not -path '*/incoming/*' 2>/dev/null | wc -l; }

scenario_kill() {
    echo "== SIGKILL to one of two instances (one database, one asset root)"
    reset_writers
    local p1 p2 b1 b2 pid1 pid2
    p1="$(free_port)"; b1="http://127.0.0.1:$p1"
    start_app f-kill-1 "$p1"; pid1=$app_pid; pids+=("$pid1")
    p2="$(free_port)"; b2="http://127.0.0.1:$p2"
    start_app f-kill-2 "$p2"; pid2=$app_pid; pids+=("$pid2")
    head -n 1 "$state/readers.tsv" >"$state/f-kill-reader.tsv"
    sign_in_all "$b1" "$state/f-kill-reader.tsv" "$state/f-kill-reader.cookies"
    cookie="$(cut -f2 "$state/f-kill-reader.cookies")"; csrf="$(cut -f3 "$state/f-kill-reader.cookies")"

    echo "-- mid-upload: 48 MiB in two PATCHes on instance 1 (16 MiB, then 32 MiB at 4 MiB/s), SIGKILL 3 s into the second"
    file="$state/fault-upload.bin"
    dd if=/dev/urandom of="$file" bs=1M count=48 status=none
    local len sha assets_before files_before path code
    len="$(stat -c %s "$file")"; sha="$(sha256sum "$file" | cut -d' ' -f1)"
    assets_before="$(sql 'SELECT COUNT(*) FROM surgalt.asset')"; files_before="$(asset_files)"
    path="$(tus_create "$b1" "$len")"
    code="$(tus_patch "$b1" "$path" 0 0 $((16 << 20)))"
    echo "  first PATCH: $code, offset $(tus_offset "$b1" "$path")"
    tus_patch "$b1" "$path" $((16 << 20)) $((16 << 20)) $((32 << 20)) --limit-rate 4M >"$state/patch2.code" &
    local curl_pid=$!
    sleep 3
    kill -KILL "$pid1"
    wait "$curl_pid" || true
    echo "  instance 1 killed; the second PATCH got: $(cat "$state/patch2.code") (100 or 000: no final answer, the connection died)"
    local part offset_after status
    part="$(stat -c %s "${LOAD_ASSETS:-$state/assets}/incoming/${path##*/}.part" 2>/dev/null || echo none)"
    offset_after="$(tus_offset "$b2" "$path")"
    status="$(sql "SELECT CONCAT(status, ' ', upload_offset, ' ', COALESCE(sha256, '-')) FROM surgalt.upload WHERE id = '${path##*/}'")"
    echo "  after the kill: upload row \"$status\", bytes in the .part file $part, offset on instance 2 $offset_after"
    check "no asset for the unfinished upload (asset rows $assets_before -> $(sql 'SELECT COUNT(*) FROM surgalt.asset'), stored files $files_before -> $(asset_files))" \
        "$([ "$(sql 'SELECT COUNT(*) FROM surgalt.asset')" = "$assets_before" ] && [ "$(asset_files)" = "$files_before" ] && echo 0 || echo 1)"
    check "the offset instance 2 reports is what was acknowledged (16 MiB = $((16 << 20)))" "$([ "$offset_after" = $((16 << 20)) ] && echo 0 || echo 1)"
    code="$(tus_patch "$b2" "$path" "$offset_after" "$offset_after" $((len - offset_after)))"
    local done_sha
    done_sha="$(sql "SELECT COALESCE(sha256, '-') FROM surgalt.upload WHERE id = '${path##*/}' AND status = 'COMPLETE'")"
    echo "  resumed on instance 2 from $offset_after: $code; upload's SHA-256 $done_sha"
    check "the upload resumed on instance 2 and its SHA-256 is the file's" "$([ "$done_sha" = "$sha" ] && echo 0 || echo 1)"
    rm -f "$file"

    echo "-- mid-grading: $(wc -l <"$state/writers.tsv") learners submit; 8 graders grade them on instance 2; SIGKILL to it after 1.5 s"
    sign_in_all "$b2" "$state/writers.tsv" "$state/writers.cookies"
    export -f submit_one; export course_id assignment_id b2
    cut -f2 "$state/writers.cookies" | xargs -P 8 -d '\n' -n 1 bash -c 'submit_one "$1"' _ >"$state/f-kill-submit.codes"
    echo "  submissions: $(sort "$state/f-kill-submit.codes" | uniq -c | tr '\n' ' ')"
    echo "admin" | awk '{ print "0\tadmin@national.surgalt.mn" }' >"$state/f-kill-admin.tsv"
    sign_in_all "$b2" "$state/f-kill-admin.tsv" "$state/f-kill-admin.cookies"
    local admin_cookie
    admin_cookie="$(cut -f2 "$state/f-kill-admin.cookies")"
    sql "SELECT id, version FROM surgalt.submission WHERE item_id = $assignment_id AND state = 'SUBMITTED'
        AND learner_id BETWEEN $writer_min AND $writer_max ORDER BY id" >"$state/f-kill-to-grade.tsv"
    rm -f "$state/f-kill-graded.txt"
    export -f grade_one; export admin_cookie state
    xargs -P 8 -d '\n' -n 1 bash -c 'grade_one "$1"' _ <"$state/f-kill-to-grade.tsv" &
    local graders=$!
    sleep 1.5
    kill -KILL "$pid2"
    wait "$graders" || true
    local acked graded facts orphan_grades orphan_facts missing
    acked="$(sort -u "$state/f-kill-graded.txt" 2>/dev/null | wc -l)"
    graded="$(sql "SELECT COUNT(*) FROM surgalt.submission WHERE item_id = $assignment_id AND state = 'GRADED' AND learner_id BETWEEN $writer_min AND $writer_max")"
    facts="$(sql "SELECT COUNT(*) FROM surgalt.completion_fact WHERE $in_writers AND kind = 'GRADED'")"
    orphan_grades="$(sql "SELECT COUNT(*) FROM surgalt.submission s WHERE s.item_id = $assignment_id AND s.state = 'GRADED'
        AND s.learner_id BETWEEN $writer_min AND $writer_max AND (s.points IS NULL OR s.graded_at IS NULL OR NOT EXISTS (SELECT 1 FROM surgalt.completion_fact f
        WHERE f.user_id = s.learner_id AND f.item_id = s.item_id AND f.kind = 'GRADED'))")"
    orphan_facts="$(sql "SELECT COUNT(*) FROM surgalt.completion_fact f WHERE f.course_id = $course_id AND f.kind = 'GRADED'
        AND f.user_id BETWEEN $writer_min AND $writer_max AND NOT EXISTS (SELECT 1 FROM surgalt.submission s
        WHERE s.learner_id = f.user_id AND s.item_id = f.item_id AND s.state = 'GRADED')")"
    sql "SELECT id FROM surgalt.submission WHERE item_id = $assignment_id AND state = 'GRADED'" | sort -u >"$state/f-kill-graded-db.txt"
    missing="$(sort -u "$state/f-kill-graded.txt" 2>/dev/null | comm -23 - "$state/f-kill-graded-db.txt" | wc -l)"
    echo "  of $(wc -l <"$state/f-kill-to-grade.tsv") submitted: grades acknowledged $acked, GRADED submissions $graded, GRADED facts $facts"
    check "some grading was cut off by the kill (not all $(wc -l <"$state/f-kill-to-grade.tsv") graded)" "$([ "$graded" -lt "$(wc -l <"$state/f-kill-to-grade.tsv")" ] && echo 0 || echo 1)"
    check "no half-written grade: $orphan_grades graded submissions without points or fact, $orphan_facts GRADED facts without a graded submission" \
        "$([ "$orphan_grades" = 0 ] && [ "$orphan_facts" = 0 ] && echo 0 || echo 1)"
    check "every acknowledged grade is in the database ($missing missing)" "$([ "$missing" = 0 ] && echo 0 || echo 1)"
    stop_app "$pid1"; stop_app "$pid2"
}

submit_one() {
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Cookie: $1" -H 'Content-Type: application/json' \
        -d '{"body":"My lesson plan, tried with grade 7."}' "$b2/api/courses/$course_id/assignments/$assignment_id/submission/submit"
}

grade_one() {
    local id version code
    IFS=$'\t' read -r id version <<<"$1"
    code="$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X POST -H "Cookie: $admin_cookie" -H 'Content-Type: application/json' \
        -d "{\"version\":$version,\"points\":$((60 + id % 40)),\"feedback\":\"Clear plan; try it with a second class.\"}" \
        "$b2/api/courses/$course_id/submissions/$id/grade" || true)"
    [ "$code" = 200 ] && echo "$id" >>"$state/f-kill-graded.txt"
    return 0
}

# ---------------------------------------------------------------------------------------------
scenario_disk() {
    echo "== Asset disk full: the asset root on a 24 MiB tmpfs, a 40 MiB upload"
    [ "$(id -u)" = 0 ] || { echo "  SKIP  (needs root to mount a tmpfs)"; return; }
    local small="$state/small-assets"
    mkdir -p "$small"
    mount -t tmpfs -o size=24m tmpfs "$small"; mounted="$small"
    local port base pid
    port="$(free_port)"; base="http://127.0.0.1:$port"
    LOAD_ASSETS="$small" start_app f-disk "$port"; pid=$app_pid; pids+=("$pid")
    head -n 1 "$state/readers.tsv" >"$state/f-disk-reader.tsv"
    sign_in_all "$base" "$state/f-disk-reader.tsv" "$state/f-disk-reader.cookies"
    cookie="$(cut -f2 "$state/f-disk-reader.cookies")"; csrf="$(cut -f3 "$state/f-disk-reader.cookies")"
    file="$state/fault-big.bin"
    dd if=/dev/urandom of="$file" bs=1M count=40 status=none
    local len assets_before path code
    len="$(stat -c %s "$file")"
    assets_before="$(sql 'SELECT COUNT(*) FROM surgalt.asset')"
    echo "  free on the asset root: $(df -h --output=avail "$small" | tail -1 | tr -d ' ')"
    local created
    created="$(curl -s -D - -o "$state/create.out" -X POST -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" -H "Tus-Resumable: 1.0.0" \
        -H "Upload-Length: $len" -H "Upload-Metadata: filename $(printf 'big.bin' | base64),kind $(printf file | base64)" \
        "$base/api/uploads" | tr -d '\r')"
    echo "  creation: $(head -n 1 <<<"$created") $(head -c 300 "$state/create.out")"
    path="$(awk -F': ' 'tolower($1) == "location" { print $2 }' <<<"$created" | sed -E 's#https?://[^/]+##')"
    if [ -n "$path" ]; then
        code="$(tus_patch "$base" "$path" 0 0 "$len" -H 'Accept: application/json')"
        echo "  PATCH of 40 MiB: $code $(head -c 400 "$state/patch.out")"
        check "the upload fails with a client-readable error (4xx/507 with a message), not a bare 500" \
            "$([[ "$code" =~ ^(4..|507)$ ]] && [ -s "$state/patch.out" ] && echo 0 || echo 1)"
    else
        check "the upload is refused at creation with a clear error" "$(grep -q . "$state/create.out" && echo 0 || echo 1)"
    fi
    local leftover
    leftover="$(find "$small" -type f | wc -l)"
    echo "  files left on the asset root: $leftover ($(du -sh "$small" | cut -f1)); asset rows $assets_before -> $(sql 'SELECT COUNT(*) FROM surgalt.asset');" \
        "upload row: $(sql "SELECT CONCAT(status, ' offset ', upload_offset) FROM surgalt.upload WHERE id = '${path##*/}'")"
    check "nothing partial remains on the asset root" "$([ "$leftover" = 0 ] && echo 0 || echo 1)"
    check "no asset row for it" "$([ "$(sql 'SELECT COUNT(*) FROM surgalt.asset')" = "$assets_before" ] && echo 0 || echo 1)"
    check "the app is still ready" "$([ "$(ready_code "$base")" = 200 ] && echo 0 || echo 1)"
    rm -f "$file"
    stop_app "$pid"
    umount "$small"; mounted=
}

for s in $scenarios; do
    case "$s" in
        db) scenario_db ;;
        kill) scenario_kill ;;
        disk) scenario_disk ;;
        *) die "unknown scenario $s (db, kill, disk)" ;;
    esac
done
echo
[ "$failures" = 0 ] && echo "All checks passed" || { echo "$failures check(s) failed"; exit 1; }
