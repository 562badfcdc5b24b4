#!/usr/bin/env bash
# bench/asof.sh — what reading the graph as of a moment costs: the busiest
# actor's timeline page (bin/load's default query, 50 events with their
# participants and sources) read from the present, the same page read with
# actor(asOf:), and the hand-written Cypher floor of the present page, in
# turn, $ROUNDS times (issue 17: without asOf the page costs what it did, with
# asOf at most twice that).
#
#   BENCH_NEO4J_URI=bolt://127.0.0.1:7738 bench/asof.sh   # a graph already loaded
#
# AS_OF (default: now) is the moment read; the default reads every event the
# graph holds, each through its version check, which is the dearest case.
# It serves eventgraph on 127.0.0.1:$PORT (18082); loopback only. Ratios are
# worth comparing within one run: on a shared machine the load moves the
# figures more than anything else (uptime is printed).
set -euo pipefail

: "${BENCH_NEO4J_URI:?set BENCH_NEO4J_URI to the Neo4j of the benchmark graph}"
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
port=${PORT:-18082}
rounds=${ROUNDS:-2}
dur=${DUR:-10s}
asof=${AS_OF:-$(date -u +%Y-%m-%dT%H:%M:%SZ)}
cd "$root"

go build -o bin/eventgraph ./cmd/eventgraph
go build -o bin/load ./bench/cmd/load

port_free asof.sh "$port"
EVENTGRAPH_ANONYMOUS_READS=true bin/eventgraph serve --addr "127.0.0.1:$port" --neo4j-uri "$BENCH_NEO4J_URI" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
wait_http asof.sh "http://127.0.0.1:$port/" 120

page='timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } }'
present="query(\$id: ID!) { actor(id: \$id) { $page } }"
past="query(\$id: ID!) { actor(id: \$id, asOf: \"$asof\") { $page } }"
load() { bin/load -neo4j-uri "$BENCH_NEO4J_URI" -url "http://127.0.0.1:$port/query" -c 1 "$@"; }

echo "as of $asof; load before: $(uptime)"
for _ in $(seq "$rounds"); do
  load -d 3s -n 100 -query "$present" >/dev/null
  load -d "$dur" -name present -query "$present" | tail -1
  load -d 3s -n 100 -query "$past" >/dev/null
  load -d "$dur" -name asOf -query "$past" | tail -1
  load -d "$dur" -mode cypher -name floor | tail -1
done
echo "load after: $(uptime)"
