# Helpers the benchmark scripts share; source it, do not run it.

# A TCP port nothing listens on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
    done
}

now_ms() { date +%s%3N; }

# Resident memory of a process in KiB (0 once it is gone).
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
