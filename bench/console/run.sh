#!/usr/bin/env bash
# Console pages on the demo data: starts target/crossback.jar (build it first: ./mvnw -q package -DskipTests) on a
# fresh H2 file database with the demo tenant, logs in as `agent` and `lead`, waits until routing has given the demo
# cases out, files one new return through the API, prints where it sits in the agent's queue, then times N requests
# of each console page with curl (sequential, one client).
#   bench/console/run.sh [N]     (default N=50; PORT default 18080)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-50}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
PASSWORD=bench-pass-1
KEY=cb_bench_console_key_0123456789abcdefghijkl
( cd "$WORK" && CROSSBACK_BOOTSTRAP_CONSOLE_PASSWORD=$PASSWORD CROSSBACK_BOOTSTRAP_API_KEY=$KEY \
  java -Xmx1g -jar "$OLDPWD/target/crossback.jar" --server.port="$PORT" --crossback.triage.warm-up=false \
  > "$WORK/app.log" 2>&1 ) &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
BASE=http://localhost:$PORT
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done

login() { # cookie jar, user
  local page csrf
  page=$(curl -s -c "$1" -b "$1" "$BASE/login")
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
}
login "$WORK/agent.jar" agent
login "$WORK/lead.jar" lead
rows() { curl -s -b "$WORK/agent.jar" "$BASE/console" | grep -c 'data-case=' || true; }
before=-1
for _ in $(seq 1 60); do now=$(rows); [ "$now" = "$before" ] && [ "$now" -gt 0 ] && break; before=$now; sleep 2; done
echo "agent's queue: $(rows) cases"

ORDER=SO-10297 # an odd demo order: delivered, and the demo opened no case on it
curl -s -o /dev/null -w 'filed a return on %{url}: HTTP %{http_code}\n' -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-new-case' \
  -d "{\"orderId\":\"$ORDER\",\"type\":\"return\",\"reason\":\"size_fit\",\"lines\":[{\"lineId\":\"1\",\"quantity\":1}],\"channel\":\"portal\"}" \
  "$BASE/api/v1/cases"
sleep 3
position=$(curl -s -b "$WORK/agent.jar" "$BASE/console" | grep -o '>SO-[0-9]*<' | grep -n ">$ORDER<" | cut -d: -f1 || true)
echo "new case $ORDER in the agent's queue at row: ${position:-absent} (of $(rows))"

measure() { # name, cookie jar, path
  local times
  times=$(for _ in $(seq 1 "$N"); do curl -s -o /dev/null -b "$2" -w '%{time_total}\n' "$BASE$3"; done | sort -n)
  echo "$1: n=$N p50=$(sed -n "$((N / 2))p" <<<"$times")s p90=$(sed -n "$((N * 9 / 10))p" <<<"$times")s max=$(tail -1 <<<"$times")s"
}
measure "GET /console (my queue)" "$WORK/agent.jar" /console
measure "GET /console?view=all" "$WORK/agent.jar" "/console?view=all"
measure "GET /console?view=team" "$WORK/agent.jar" "/console?view=team"
measure "GET /console/dashboard" "$WORK/lead.jar" /console/dashboard
uptime
