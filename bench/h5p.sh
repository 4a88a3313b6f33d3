#!/bin/sh
# The H5P player's weight: what a first launch of the True/False downloads on the content origin.
# Usage: bench/h5p.sh   (see bench/README.md)
set -eu
cd "$(dirname "$0")/.."
exec ./mvnw -q test -Dtest=H5pPlayerWeightBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexcluded.test.groups=none 2>&1 | grep -E '^ *[0-9]+ +[0-9]+  |^ +bytes|player shell|^total'
