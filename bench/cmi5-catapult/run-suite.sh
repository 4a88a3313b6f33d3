#!/bin/sh
# Runs ADL CATAPULT's cmi5 LMS test suite (lts/, Apache-2.0, not in this repository) against a running
# Surgalt with its demo accounts (./run): creates a site-wide LRS client for the suite's statement
# checks, installs lms.surgalt.js as the suite's LMS script, and runs both suites (package, runtime).
# Build the suite first: cd lts && PUPPETEER_SKIP_DOWNLOAD=1 npm ci && cd pkg &&
#   NODE_OPTIONS=--openssl-legacy-provider npx webpack
# Usage: CATAPULT_LTS=/path/to/CATAPULT/lts SURGALT_URL=http://localhost:8080 bench/cmi5-catapult/run-suite.sh
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${SURGALT_URL:-http://localhost:18085}
J=/tmp/catapult-cj.txt
rm -f $J
curl -s -c $J -b $J -H "Accept: text/html" $BASE/login -o /dev/null
CSRF=$(grep surgalt-csrf $J | awk '{print $7}')
curl -s -c $J -b $J -o /dev/null -X POST "$BASE/j_security_check?_csrf=$CSRF" --data-urlencode "email=admin@demo.surgalt.mn" --data-urlencode "password=surgalt-demo-2026" --data "_csrf=$CSRF"
R=$(curl -s -b $J -H "X-CSRF-Token: $CSRF" -H "Content-Type: application/json" -X POST $BASE/api/admin/xapi-clients -d '{"name":"CATAPULT","read":true,"write":false}')
KEY=$(echo $R | python3 -c "import json,sys; print(json.load(sys.stdin)['client']['key'])")
SECRET=$(echo $R | python3 -c "import json,sys; print(json.load(sys.stdin)['secret'])")
cd "${CATAPULT_LTS:?set CATAPULT_LTS to the lts/ folder of a CATAPULT checkout}"
cp "$HERE/lms.surgalt.js" lib/lms.custom.js
cat > .env <<ENV
CATAPULT_LMS="./lib/lms.custom.js"
SURGALT_URL="$BASE"
SURGALT_LRS_KEY="$KEY"
SURGALT_LRS_SECRET="$SECRET"
ENV
JEST_PUPPETEER_CONFIG="$HERE/jest-puppeteer.surgalt.js" npx jest --testTimeout=120000 --forceExit "$@"
