#!/bin/sh
# Common Cartridge import: time (p50, max) and peak heap of importing the corpus's largest cartridge
# through the API on the embedded database (the package's upload and inspection left out).
# Usage: bench/cartridge.sh [rounds, default 20]   (see bench/README.md)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-20}
exec ./mvnw -q test -Dtest=CartridgeImportBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none -Dbench.rounds="$rounds" 2>&1 | grep -E '^cartridge:'
