#!/usr/bin/env bash
# Where the CPU goes, from a JFR recording (bench/load.sh with LOAD_PROFILE=1): execution samples
# counted by their top frame's package (self time) and by the outermost-but-one org.surgalt frame
# seen from the top (the application method under which the time was spent: inclusive).
#   bench/load/jfr-top.sh recording.jfr [rows, default 15]
set -euo pipefail
rows="${2:-15}"
jfr print --events jdk.ExecutionSample --stack-depth 96 "$1" | awk -v rows="$rows" '
    /jdk.ExecutionSample/ { inside = 0; next }
    /stackTrace = \[/ { inside = 1; first = 1; app = ""; next }
    inside && /^[[:space:]]*\]/ {
        inside = 0; total++
        inclusive[app == "" ? "(no org.surgalt frame: server threads, GC, JIT, Vert.x)" : app]++
        next
    }
    inside {
        frame = $1; sub(/\(.*/, "", frame)
        if (first) {
            pkg = frame; n = split(pkg, p, "."); key = p[1]
            for (i = 2; i <= n - 2 && i <= 4; i++) key = key "." p[i]
            self[key]++; first = 0
        }
        if (frame ~ /^org\.surgalt\./ && frame !~ /_ClientProxy|_Subclass|\$\$/) app = frame
    }
    END {
        printf "%d execution samples\n\nself time by package (top frame):\n", total
        for (k in self) printf "%6.1f %%  %s\n", 100 * self[k] / total, k | "sort -rn | head -n " rows
        close("sort -rn | head -n " rows)
        printf "\ninclusive, by the outermost org.surgalt method on the stack:\n"
        for (k in inclusive) printf "%6.1f %%  %s\n", 100 * inclusive[k] / total, k | "sort -rn | head -n " rows
    }'
