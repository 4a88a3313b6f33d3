#!/bin/sh
# Common Cartridge: time (p50, max) and peak heap of importing the corpus's largest cartridge through the
# API (the package's upload and inspection left out), and of exporting the sample course (content-samples/)
# as a Common Cartridge 1.3, on the embedded database.
# Usage: bench/cartridge.sh [rounds, default 20]   (see bench/README.md)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-20}
exec ./mvnw -q test -Dtest=CartridgeImportBench,CartridgeExportBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none -Dbench.rounds="$rounds" 2>&1 | grep -E '^cartridge'
