#!/usr/bin/env bash
# bench/explorer.sh — how soon the explorer's actor view of the busiest actor
# is usable: navigation to its timeline and histogram strip painted, in
# headless Chromium (web/e2e/speed.mjs), cold and warm, median of $RUNS.
#
#   NEO4J_URI=bolt://127.0.0.1:7688 bench/explorer.sh              # the graph already there
#   NEO4J_URI=bolt://127.0.0.1:7688 EVENTS=100000 bench/explorer.sh  # gen first (wipes that database)
#
# It builds the bundle and the binary, asks Neo4j for the busiest actor
# (bin/load -busiest 1), serves eventgraph on 127.0.0.1:$PORT (18081) against
# NEO4J_URI, and prints the figures with the machine's load (uptime), which
# on a shared machine moves them more than anything else. Loopback only.
# Environment: RUNS (7), PORT (18081), EVENTS and ACTORS (gen first),
# ACTOR (an actor id instead of the busiest).
set -euo pipefail

: "${NEO4J_URI:?set NEO4J_URI to the Neo4j of the benchmark graph (never a shared test database if EVENTS is set)}"
export NEO4J_URI
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
port=${PORT:-18081}
runs=${RUNS:-7}
cd "$root"

make -s explorer
go build -o bin/eventgraph ./cmd/eventgraph
go build -o bin/load ./bench/cmd/load
bash scripts/ensure-browser >/dev/null

if [ -n "${EVENTS:-}" ]; then
  # gen --reset wipes the database: never the development one make run and
  # make test use by default.
  case "$NEO4J_URI" in *:7687|*:7687/*) echo "explorer.sh: EVENTS would wipe $NEO4J_URI; point NEO4J_URI at a benchmark Neo4j" >&2; exit 1 ;; esac
  actors=${ACTORS:-$(( EVENTS / 20 < 50000 ? (EVENTS / 20 > 500 ? EVENTS / 20 : 500) : 50000 ))}
  bin/eventgraph gen --events "$EVENTS" --actors "$actors" --seed "${SEED:-1}" --reset --batch "${BATCH:-5000}"
fi
actor=${ACTOR:-$(bin/load -busiest 1 -neo4j-uri "$NEO4J_URI")}

port_free explorer.sh "$port"
bin/eventgraph serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
wait_http explorer.sh "http://127.0.0.1:$port/"

js=$(cat web/explorer/dist/*.js | wc -c)
jsgz=$(for f in web/explorer/dist/*.js; do gzip -9c "$f"; done | wc -c)
entry=$(stat -c %s web/explorer/dist/explorer.js)
css=$(stat -c %s web/explorer/dist/explorer.css)
echo "bundle: $((js / 1024)) KiB of script ($((jsgz / 1024)) KiB gzipped), of which explorer.js $((entry / 1024)) KiB and the rest chunks loaded when a view needs them; explorer.css $((css / 1024)) KiB"
body='{"query":"query($id: ID!) { timelineHistogram(filter: {actors: [$id]}, bucket: YEAR) { count } }","variables":{"id":"'"$actor"'"}}'
events=$(curl -s -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/query" | grep -o '"count":[0-9]*' | cut -d: -f2 | paste -sd+ | bc)
echo "graph: the busiest actor, $actor, is in $events events"
echo "load before: $(uptime)"
(cd web/e2e && node speed.mjs "http://127.0.0.1:$port/" "$actor" "$runs")
echo "load after: $(uptime)"
