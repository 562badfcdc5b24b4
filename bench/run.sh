#!/usr/bin/env bash
# bench/run.sh EVENTS [ACTORS] — the side-by-side benchmark on one graph size.
#
# 1. starts a second Neo4j for benchmarks (bolt 127.0.0.1:$BENCH_NEO4J_PORT,
#    7688 by default, in $BENCH_NEO4J_HOME, .neo4j-bench by default, with APOC
#    for the peer) unless one answers there; stops it at the end if it started it;
# 2. writes a synthetic graph with `eventgraph gen` (skip with SKIP_GEN=1) and
#    records how long that took;
# 3. serves eventgraph (127.0.0.1:$OURS_PORT, 18080) and the @neo4j/graphql
#    peer (127.0.0.1:$PEER_PORT, 14000) against it;
# 4. for every analyst shape (bench.ShapeNames: timeline page, dyad events
#    page, search, stance history, counterparts, neighborhood, paths,
#    histogram) checks that ours, its hand-written Cypher floor and the peer
#    (where its type definitions can say it) answer the same, then measures
#    each at concurrency 1 and $CONC; the timeline page also as the floor
#    served as JSON over HTTP by a minimal Go server (bench.FloorServer);
# 5. prints one ratio line per shape and concurrency, in ShapeNames' order.
#
# Results go to bench/results/ (git-ignored). Everything listens on loopback.
# Environment: CONC (default 8), DUR (default 20s), WARM_ROUNDS (4: turns of 10 s of ours and 10 s of the
# floor before anything is measured), WARMUP (200 requests before each measurement), PEER_WARMUP (20: the
# peer's pages take seconds), SEED (1), BATCH (5000), SETTLE (90 s after gen),
# WRITERS (3), NEO4J_HEAP/NEO4J_PAGECACHE (4g each), AUTH (1: ours is asked with a reader's API key; 0: anonymously),
# SHAPES (every shape: a space-separated subset, measured in ShapeNames' order), BENCH_NEO4J_PORT, BENCH_NEO4J_HOME,
# OURS_PORT, PEER_PORT.
set -euo pipefail

events=${1:?usage: bench/run.sh EVENTS [ACTORS]}
actors=${2:-$(( events / 20 < 50000 ? (events / 20 > 500 ? events / 20 : 500) : 50000 ))}
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
conc=${CONC:-8}
dur=${DUR:-20s}
warmup=${WARMUP:-50}
peer_warmup=${PEER_WARMUP:-20}
port=${BENCH_NEO4J_PORT:-7688}
ours_port=${OURS_PORT:-18080}
peer_port=${PEER_PORT:-14000}
shapes=${SHAPES:-timeline dyad search stance counterparts neighborhood paths histogram}
export NEO4J_URI=bolt://127.0.0.1:$port BENCH_NEO4J_URI=bolt://127.0.0.1:$port # bin/load asks BENCH_NEO4J_URI, never NEO4J_URI
neo=(env NEO4J_HOME_DIR="${BENCH_NEO4J_HOME:-$root/.neo4j-bench}" NEO4J_BOLT_PORT=$port NEO4J_APOC=1
  NEO4J_HEAP="${NEO4J_HEAP:-4g}" NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-4g}" "$root/scripts/neo4j")
results=$root/bench/results
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=$results/$events-$stamp
log=$out.log
: >"$out.jsonl"

pids=()
started_neo4j=0
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$started_neo4j" = 1 ]; then "${neo[@]}" stop; fi
}
trap cleanup EXIT

cd "$root"
for p in "$ours_port" "$peer_port"; do
  port_free run.sh "$p"
done
go build -o bin/eventgraph ./cmd/eventgraph
go build -o bin/load ./bench/cmd/load
if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then "${neo[@]}" start; started_neo4j=1; fi

if [ "${SKIP_GEN:-}" != 1 ]; then
  echo "== gen: $events events over $actors actors" | tee -a "$log"
  t0=$(date +%s.%N)
  bin/eventgraph gen --events "$events" --actors "$actors" --seed "${SEED:-1}" --reset \
    --batch "${BATCH:-5000}" --writers "${WRITERS:-3}" 2>>"$log" | tee -a "$log"
  t1=$(date +%s.%N)
  echo "gen wall time: $(echo "$t1 - $t0" | bc) s" | tee -a "$log"
  # Neo4j checkpoints and resamples its indexes after a load this size;
  # measured during that, every figure would pay for it.
  sleep "${SETTLE:-90}"
fi

# Ours is measured as a client with a reader's API key, so the figures
# include checking it (AUTH=0: anonymous reads).
ours_auth=()
if [ "${AUTH:-1}" = 1 ]; then
  bin/eventgraph keys add --file "$out.keys" --name bench-reader --role reader >"$out.key"
  ours_auth=(-authorization "Bearer $(cat "$out.key")")
fi
EVENTGRAPH_API_KEYS_FILE=$([ "${AUTH:-1}" = 1 ] && echo "$out.keys") EVENTGRAPH_LOG_LEVEL=warn \
  bin/eventgraph serve --addr 127.0.0.1:$ours_port >>"$log" 2>&1 &
pids+=($!)
[ -d bench/peer/node_modules ] || (cd bench/peer && npm ci --no-audit --no-fund >>"$log" 2>&1)
(cd bench/peer && NODE_ENV=production PEER_PORT=$peer_port exec node server.mjs >>"$log" 2>&1) &
pids+=($!)
wait_http run.sh "http://127.0.0.1:$ours_port/healthz"
wait_http run.sh "http://127.0.0.1:$peer_port/"

bin/load -find-params >"$out.params.json"
actor=$(sed -E 's/.*"actor":"([^"]*)".*/\1/' "$out.params.json")
echo "== shapes' parameters: $(cat "$out.params.json")" | tee -a "$log"
echo "== machine load before: $(uptime)" | tee -a "$log"
shape() { # shape mode name c [extra flags]: one measurement, appended to $out.jsonl
  local s=$1 mode=$2 name=$3 c=$4; shift 4
  bin/load -shape "$s" -mode "$mode" -name "$name" -params "$out.params.json" -url http://127.0.0.1:$ours_port/query \
    -peer-url http://127.0.0.1:$peer_port/ "$@" -c "$c" -d "$dur" -out "$out.jsonl" | tee -a "$log" || true
}
# A Neo4j just started runs the same statements markedly slower for its
# first minute or two, while the JVM compiles them (measured here: the
# floor's p50 3.5, 2.5, 2.0 ms in three 10 s runs after a start): whatever
# is measured first would pay for it. Everything is warmed up first, in
# turns, WARM_ROUNDS times; each shape is checked on the way.
echo "== checking and warming up every shape" | tee -a "$log"
for r in $(seq "${WARM_ROUNDS:-2}"); do
  for s in $shapes; do
    if [ "$r" = 1 ]; then
      bin/load -shape "$s" -check -params "$out.params.json" -url http://127.0.0.1:$ours_port/query "${ours_auth[@]}" \
        -peer-url http://127.0.0.1:$peer_port/ | tee -a "$log"
    fi
    bin/load -shape "$s" -mode graphql -params "$out.params.json" -url http://127.0.0.1:$ours_port/query "${ours_auth[@]}" -c 1 -d 5s -warmup 0 >/dev/null || true
    bin/load -shape "$s" -mode cypher -params "$out.params.json" -c 1 -d 5s -warmup 0 >/dev/null || true
  done
done
for s in $shapes; do
  echo "== $s" | tee -a "$log"
  for c in 1 "$conc"; do
    shape "$s" graphql "$s-ours" "$c" "${ours_auth[@]}" -warmup "$warmup"
    shape "$s" cypher "$s-floor" "$c" -warmup "$warmup"
    if [ "$s" = timeline ]; then
      bin/load -name timeline-cypher-http -mode cypher-http -actor "$actor" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.jsonl" | tee -a "$log"
    fi
  done
done

# The peer last: its pages take seconds, and the ones in flight when a
# measurement ends keep Neo4j busy well after it, which would slow whatever
# is measured next.
for s in $shapes; do
  case $s in timeline|dyad) ;; *) continue ;; esac
  for c in 1 "$conc"; do
    shape "$s" peer "$s-peer" "$c" -warmup "$peer_warmup"
  done
done
echo "== machine load after: $(uptime)" | tee -a "$log"

# One line per shape and concurrency, in a fixed order: ours against the
# floor (p50 as the client saw it, and with ours timed by the server
# itself, Server-Timing, which leaves out the HTTP hop and the client as
# the driver's time does; throughput), ours' p50 and p99 in ms, and ours
# against the peer where it has the shape. The timeline line adds the
# floor served over HTTP (cypher-http).
awk -F'[,:]' -v shapes="$shapes" -v conc="$conc" '
  { delete f; for (i = 1; i < NF; i++) { k = $i; gsub(/[{}" ]/, "", k); v = $(i+1); gsub(/[{}" ]/, "", v); f[k] = v }
    n = f["name"]; c = f["concurrency"]
    rps[n, c] = f["rps"]; p50[n, c] = f["p50ms"]; p99[n, c] = f["p99ms"]; sp50[n, c] = f["serverp50ms"]; sp99[n, c] = f["serverp99ms"] }
  function r(a, b) { return (b > 0 && a > 0) ? sprintf("%.2fx", a / b) : "-" }
  END { ns = split(shapes, S, " "); split("1 " conc, C, " ")
    for (i = 1; i <= ns; i++) for (j = 1; j <= 2; j++) { s = S[i]; c = C[j]; o = s "-ours"; fl = s "-floor"; pe = s "-peer"
      line = sprintf("%-12s c=%-2s p50 ours/floor %s (at the server %s)  rps floor/ours %s  ours p50 %s ms p99 %s ms (server p99 %s ms)",
        s, c, r(p50[o, c], p50[fl, c]), r(sp50[o, c], p50[fl, c]), r(rps[fl, c], rps[o, c]), p50[o, c], p99[o, c], sp99[o, c])
      if ((pe, c) in rps) line = line sprintf("  rps ours/peer %s  p99 peer/ours %s", r(rps[o, c], rps[pe, c]), r(p99[pe, c], p99[o, c]))
      if (s == "timeline") line = line sprintf("  p50 cypher-http/floor %s", r(p50["timeline-cypher-http", c], p50[fl, c]))
      print line } }
' "$out.jsonl" | tee -a "$log"
echo "results: $log and $out.jsonl"
