#!/usr/bin/env bash
# Throughput and heap of a large resumable (tus) upload through the packaged app, against a plain
# cp of the same file on the same disk. Builds nothing: run
#   ./mvnw package -DskipTests
# first. Usage: bench/upload.sh [size in MiB, default 1024] [chunk in MiB, default 8]
# The app runs with -Xmx256m: if it held an upload (or a chunk of it) in memory it would fail.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$(dirname "$0")/.."
root=$PWD
jar=$root/target/quarkus-app/quarkus-run.jar
size_mib=${1:-1024}
chunk_mib=${2:-8}
heap_limit=256m
# Not under /tmp: the embedded server refuses data dirs inside java.io.tmpdir.
work=$root/target/bench-upload
email=admin@demo.surgalt.mn
password=surgalt-demo-2026

if [[ ! -f $jar ]]; then
    echo "No $jar: run ./mvnw package -DskipTests first" >&2
    exit 1
fi
for tool in curl ss jcmd dd sha256sum; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done

app_pid=
sampler_pid=
cleanup() {
    [[ -n $sampler_pid ]] && kill "$sampler_pid" 2>/dev/null || true
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

mib_per_s() { awk -v mib="$1" -v ms="$2" 'BEGIN { printf "%.1f", mib / (ms / 1000) }'; }

rm -rf "$work"
mkdir -p "$work"
file=$work/upload.bin
echo "Generating $size_mib MiB of random bytes..."
dd if=/dev/urandom of="$file" bs=1M count="$size_mib" status=none
expected_sha=$(sha256sum "$file" | cut -d' ' -f1)
length=$(stat -c %s "$file")

# The baseline: the same bytes copied on the same disk, and made durable as the upload is.
sync
start=$(now_ms)
cp "$file" "$work/copy.bin"
sync "$work/copy.bin"
cp_ms=$(($(now_ms) - start))
rm -f "$work/copy.bin"

port=$(free_port)
base=http://127.0.0.1:$port
java -Xmx$heap_limit -Xlog:gc:file="$work/gc.log" \
    -Dquarkus.http.port="$port" \
    -Dsurgalt.db.embedded.data-dir="$work/db" \
    -Dsurgalt.assets.root="$work/assets" \
    -Dsurgalt.samples.dir="$root/content-samples" \
    -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
start=$(now_ms)
until curl -fso /dev/null "$base/q/health/ready"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited; see $work/app.log" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }
    (($(now_ms) - start < 120000)) || { echo "not ready within 120 s; see $work/app.log" >&2; exit 1; }
    sleep 0.1
done

# Sign in like a browser: the CSRF cookie from the sign-in page, the token in the form's URL.
jar_file=$work/cookies.txt
curl -fsS -c "$jar_file" -o /dev/null "$base/login"
csrf=$(awk '$6 == "surgalt-csrf" { print $7 }' "$jar_file")
curl -fsS -b "$jar_file" -c "$jar_file" -o /dev/null \
    --data-urlencode "email=$email" --data-urlencode "password=$password" \
    "$base/j_security_check?_csrf=$csrf"
grep -q surgalt-session "$jar_file" || { echo "signing in as $email failed" >&2; exit 1; }

# Heap used, sampled every second while the upload runs (used includes not yet collected garbage).
# Not more often: every jcmd is a JVM start, which on a small machine slows the upload it measures.
(while kill -0 "$app_pid" 2>/dev/null; do
    jcmd "$app_pid" GC.heap_info 2>/dev/null | grep -oE 'total [0-9]+K, used [0-9]+K' | head -n 1 \
        | grep -oE 'used [0-9]+' | cut -d' ' -f2 >>"$work/heap.txt" || true
    sleep 1
done) &
sampler_pid=$!

tus=(-fsS -b "$jar_file" -H "X-CSRF-Token: $csrf" -H "Tus-Resumable: 1.0.0")
start=$(now_ms)
location=$(curl "${tus[@]}" -X POST -H "Upload-Length: $length" \
    -H "Upload-Metadata: filename $(printf 'bench.bin' | base64)" -D - -o /dev/null "$base/api/uploads" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "location" { print $2 }')
[[ -n $location ]] || { echo "creating the upload failed" >&2; exit 1; }
chunk=$((chunk_mib * 1024 * 1024))
offset=0
while ((offset < length)); do
    dd if="$file" iflag=skip_bytes,count_bytes skip="$offset" count="$chunk" status=none \
        | curl "${tus[@]}" -X PATCH -H "Content-Type: application/offset+octet-stream" \
            -H "Upload-Offset: $offset" --data-binary @- -o /dev/null "$location"
    offset=$((offset + chunk < length ? offset + chunk : length))
done
upload_ms=$(($(now_ms) - start))
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=

status=$(curl -fsS -b "$jar_file" "$location")
case $status in
*"\"sha256\":\"$expected_sha\""*) ;;
*) echo "the upload did not complete with the file's SHA-256: $status" >&2; exit 1 ;;
esac

peak_used_kb=$(sort -n "$work/heap.txt" | tail -n 1)
samples=$(wc -l <"$work/heap.txt")
# After-collection occupancy from the GC log ("Pause Young ... 120M->20M(256M)"): the live data.
peak_live_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -n 1)
gcs=$(grep -c 'Pause' "$work/gc.log" || true)

echo
echo "Upload of $size_mib MiB in $chunk_mib MiB tus PATCHes ($(nproc) CPUs, $(java -version 2>&1 | head -n 1), -Xmx$heap_limit)"
printf '%-34s %10s %10s\n' '' 'ms' 'MiB/s'
printf '%-34s %10s %10s\n' 'cp + sync (same disk)' "$cp_ms" "$(mib_per_s "$size_mib" "$cp_ms")"
printf '%-34s %10s %10s\n' 'tus upload (incl. SHA-256, store)' "$upload_ms" "$(mib_per_s "$size_mib" "$upload_ms")"
echo "upload / cp throughput: $(awk -v a="$cp_ms" -v b="$upload_ms" 'BEGIN { printf "%.2f", a / b }')"
echo "peak heap used: $((peak_used_kb / 1024)) MiB ($samples samples); peak after GC: ${peak_live_mb:-?} MiB ($gcs GC pauses)"
echo "SHA-256 verified: $expected_sha"
# The two copies of the file are of no further use; the logs stay.
rm -rf "$file" "$work/assets"
echo "Logs in $work"
