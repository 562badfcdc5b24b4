#!/usr/bin/env bash
# bench/run.sh EVENTS [ACTORS] — the side-by-side benchmark on one graph size.
#
# 1. starts a second Neo4j for benchmarks (bolt 127.0.0.1:7688, with APOC for
#    the peer) unless one answers there; stops it at the end if it started it;
# 2. writes a synthetic graph with `eventgraph gen` (skip with SKIP_GEN=1) and
#    records how long that took;
# 3. serves eventgraph (127.0.0.1:18080) and the @neo4j/graphql peer
#    (127.0.0.1:14000) against it;
# 4. sends the same timeline page (the busiest actor's 50 newest events with
#    participants and sources) through both and through hand-written Cypher,
#    and through the same Cypher served as JSON over HTTP by a minimal Go
#    server (bench.FloorServer), at concurrency 1 and $CONC, and prints
#    throughput, p50/p99 and ratios.
#
# Results go to bench/results/ (git-ignored). Everything listens on loopback.
# Environment: CONC (default 8), DUR (default 20s), WARM_ROUNDS (4: turns of 10 s of ours and 10 s of the
# floor before anything is measured), WARMUP (200 requests before each measurement), PEER_WARMUP (20: the
# peer's pages take seconds), SEED (1), BATCH (5000), SETTLE (90 s after gen),
# WRITERS (3), NEO4J_HEAP/NEO4J_PAGECACHE (4g each), AUTH (1: ours is asked with a reader's API key; 0: anonymously).
set -euo pipefail

events=${1:?usage: bench/run.sh EVENTS [ACTORS]}
actors=${2:-$(( events / 20 < 50000 ? (events / 20 > 500 ? events / 20 : 500) : 50000 ))}
root=$(cd "$(dirname "$0")/.." && pwd)
conc=${CONC:-8}
dur=${DUR:-20s}
warmup=${WARMUP:-200}
peer_warmup=${PEER_WARMUP:-20}
port=7688
export NEO4J_URI=bolt://127.0.0.1:$port
neo=(env NEO4J_HOME_DIR="$root/.neo4j-bench" NEO4J_BOLT_PORT=$port NEO4J_APOC=1
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

wait_http() { # url: poll until it answers, up to 60 s
  local deadline=$((SECONDS + 60))
  until curl -s -o /dev/null "$1"; do
    if [ $SECONDS -ge $deadline ]; then echo "run.sh: $1 did not answer" >&2; return 1; fi
    sleep 0.3
  done
}

cd "$root"
for p in 18080 14000; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "run.sh: 127.0.0.1:$p is taken; stop what listens there" >&2; exit 1; fi
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
  bin/eventgraph serve --addr 127.0.0.1:18080 >>"$log" 2>&1 &
pids+=($!)
[ -d bench/peer/node_modules ] || (cd bench/peer && npm ci --no-audit --no-fund >>"$log" 2>&1)
(cd bench/peer && NODE_ENV=production PEER_PORT=14000 exec node server.mjs >>"$log" 2>&1) &
pids+=($!)
wait_http http://127.0.0.1:18080/healthz
wait_http http://127.0.0.1:14000/

actor=$(bin/load -busiest 1)
# A Neo4j just started runs the same statements markedly slower for its
# first minute or two, while the JVM compiles them (measured here: the
# floor's p50 3.5, 2.5, 2.0 ms in three 10 s runs after a start): whatever
# is measured first would pay for it. Everything is warmed up first, in
# turns, WARM_ROUNDS times 10 s each.
echo "== warming up ($((${WARM_ROUNDS:-4} * 20)) s)" | tee -a "$log"
for _ in $(seq "${WARM_ROUNDS:-4}"); do
  bin/load -name warm-ours -url http://127.0.0.1:18080/query "${ours_auth[@]}" -actor "$actor" -c 1 -d 10s -warmup 0 >/dev/null
  bin/load -name warm-cypher -mode cypher -actor "$actor" -c 1 -d 10s -warmup 0 >/dev/null
done
echo "== timeline page for the busiest actor: $actor" | tee -a "$log"
for c in 1 "$conc"; do
  bin/load -name ours -url http://127.0.0.1:18080/query "${ours_auth[@]}" -actor "$actor" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.jsonl" | tee -a "$log"
  bin/load -name cypher -mode cypher -actor "$actor" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.jsonl" | tee -a "$log"
  bin/load -name cypher-http -mode cypher-http -actor "$actor" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.jsonl" | tee -a "$log"
done

# Ours only (the peer has no equivalent): paths between the busiest actor
# and a far less active one, and a year's histogram over the whole graph.
far=$(bin/load -busiest 2000 | tail -1)
echo "== paths $actor -> $far (maxHops 4); timelineHistogram over 2025" | tee -a "$log"
for c in 1 "$conc"; do
  bin/load -name paths -url http://127.0.0.1:18080/query "${ours_auth[@]}" -actor "$actor" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.extra.jsonl" \
    -query 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { actors { id name } hops { from { id } to { id } events { id title } } } }' \
    -vars "{\"from\": \"\$ACTOR\", \"to\": \"$far\"}" | tee -a "$log" || true
  bin/load -name histogram -url http://127.0.0.1:18080/query "${ours_auth[@]}" -c "$c" -d "$dur" -warmup "$warmup" -out "$out.extra.jsonl" -vars '{}' \
    -query '{ timelineHistogram(filter: {from: "2025", to: "2025"}, bucket: MONTH) { label count byType { type count } } }' | tee -a "$log" || true
done

# The peer last: its pages take seconds, and the ones in flight when a
# measurement ends keep Neo4j busy well after it, which would slow whatever
# is measured next.
for c in 1 "$conc"; do
  bin/load -name peer -url http://127.0.0.1:14000/ -query-file bench/peer/timeline.graphql -actor "$actor" -c "$c" -d "$dur" -warmup "$peer_warmup" -out "$out.jsonl" | tee -a "$log"
done

# Ratios per concurrency: ours/peer throughput, peer/ours p99, ours/cypher
# p50 and throughput, ours/cypher p50 with ours timed by the server itself
# (Server-Timing: without the HTTP hop and the client, as the driver's
# time is), and against the floor served over HTTP (cypher-http: what HTTP
# and JSON cost any server here).
awk -F'[,:]' '
  { delete f; for (i = 1; i < NF; i++) { k = $i; gsub(/[{}" ]/, "", k); v = $(i+1); gsub(/[{}" ]/, "", v); f[k] = v }
    n = f["name"]; c = f["concurrency"]
    rps[n, c] = f["rps"]; p50[n, c] = f["p50ms"]; p99[n, c] = f["p99ms"]; sp50[n, c] = f["serverp50ms"]; cs[c] = 1 }
  END { for (c in cs) printf "c=%s  throughput ours/peer %.2fx  p99 peer/ours %.2fx  p50 ours/cypher %.2fx (ours at the server %.2fx)  rps cypher/ours %.2fx  p50 cypher-http/cypher %.2fx  p50 ours/cypher-http %.2fx  rps cypher-http/ours %.2fx\n",
          c, rps["ours", c] / rps["peer", c], p99["peer", c] / p99["ours", c], p50["ours", c] / p50["cypher", c], sp50["ours", c] / p50["cypher", c],
          rps["cypher", c] / rps["ours", c], p50["cypher-http", c] / p50["cypher", c], p50["ours", c] / p50["cypher-http", c], rps["cypher-http", c] / rps["ours", c] }
' "$out.jsonl" | tee -a "$log"
echo "results: $log and $out.jsonl"
