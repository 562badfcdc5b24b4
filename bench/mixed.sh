#!/usr/bin/env bash
# bench/mixed.sh [EVENTS] — the mixed read load (timeline, search, dyad,
# neighborhood in turn, about the 20 busiest actors) at fixed rates, with
# access control and cost accounting on and off, for issue figures.
#
# 1. starts the benchmark Neo4j (bolt 127.0.0.1:7688) unless one answers
#    there, and writes a synthetic graph of EVENTS (default 100000) events
#    with `eventgraph gen` (SKIP_GEN=1 keeps the graph that is there);
# 2. for each rate in RATES (default "50 100 150 200 300"), serves
#    eventgraph twice in turn — "on": reads need a reader's API key and each
#    client has a cost budget per second (EVENTGRAPH_RATE, high enough never
#    to refuse this load); "off": anonymous reads, no rate limit — and sends
#    the load for DUR (default 60s) to each, a fresh server per run so the
#    peak memory (VmHWM) is that run's;
# 3. prints each run's line and, per setting, the highest rate held with no
#    error and p99 <= 100 ms.
#
# ORDER ("on off" by default) is the order of the two settings at each
# rate: swap it to see how much of a difference is the order's.
# The document's price (depth, aliases, cost) is computed in both settings:
# it is not switchable, it is what keeps one request from taking the server.
# Results go to bench/results/mixed-*.jsonl (git-ignored); loopback only.
set -euo pipefail

events=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
rates=${RATES:-50 100 150 200 300}
dur=${DUR:-60s}
port=7688
export NEO4J_URI=bolt://127.0.0.1:$port BENCH_NEO4J_URI=bolt://127.0.0.1:$port # bin/load asks BENCH_NEO4J_URI, never NEO4J_URI
neo=(env NEO4J_HOME_DIR="$root/.neo4j-bench" NEO4J_BOLT_PORT=$port
  NEO4J_HEAP="${NEO4J_HEAP:-4g}" NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-4g}" "$root/scripts/neo4j")
results=$root/bench/results
mkdir -p "$results"
out=$results/mixed-$events-$(date -u +%Y%m%dT%H%M%SZ)
: >"$out.jsonl"

server=
started_neo4j=0
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$started_neo4j" = 1 ]; then "${neo[@]}" stop; fi
}
trap cleanup EXIT

cd "$root"
port_free mixed.sh 18080
go build -o bin/eventgraph ./cmd/eventgraph
go build -o bin/load ./bench/cmd/load
if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then "${neo[@]}" start; started_neo4j=1; fi
if [ "${SKIP_GEN:-}" != 1 ]; then
  bin/eventgraph gen --events "$events" --actors "$(( events / 20 > 500 ? events / 20 : 500 ))" --seed "${SEED:-1}" --reset --batch 5000 --writers 3
  sleep "${SETTLE:-60}" # let Neo4j checkpoint and resample its indexes first
fi
bin/eventgraph keys add --file "$out.keys" --name bench-reader --role reader >"$out.key"

serve() { # setting: start a fresh server for "on" or "off"
  if [ "$1" = on ]; then
    EVENTGRAPH_API_KEYS_FILE=$out.keys EVENTGRAPH_RATE=${COST_RATE:-1000000} EVENTGRAPH_LOG_LEVEL=warn \
      bin/eventgraph serve --addr 127.0.0.1:18080 >>"$out.log" 2>&1 &
  else
    EVENTGRAPH_ANONYMOUS_READS=true EVENTGRAPH_LOG_LEVEL=warn \
      bin/eventgraph serve --addr 127.0.0.1:18080 >>"$out.log" 2>&1 &
  fi
  server=$!
  wait_http mixed.sh http://127.0.0.1:18080/healthz
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
auth() { if [ "$1" = on ]; then echo "-authorization=Bearer $(cat "$out.key")"; else echo "-authorization="; fi; }

# Warm Neo4j's plan cache and page cache first: whatever ran first would pay for it.
serve off
bin/load -mode mixed -url http://127.0.0.1:18080/query -rate 50 -d 30s -warmup 0 -name warm >/dev/null || true
stop

for r in $rates; do
  for s in ${ORDER:-on off}; do
    serve "$s"
    bin/load -mode mixed -url http://127.0.0.1:18080/query "$(auth "$s")" -rate "$r" -d "$dur" -warmup 100 \
      -server-pid "$server" -name "$s" -out "$out.jsonl" | tee -a "$out.log" || true
    stop
  done
done

# The highest rate per setting with no error and p99 <= 100 ms.
awk -F'[,:]' '
  { delete f; for (i = 1; i < NF; i++) { k = $i; gsub(/[{}" ]/, "", k); v = $(i+1); gsub(/[{}" ]/, "", v); f[k] = v }
    if (f["errors"] == 0 && f["p99ms"] <= 100 && f["rate"] + 0 > best[f["name"]]) { best[f["name"]] = f["rate"] + 0; mem[f["name"]] = f["peakRSSKiB"] } }
  END { for (n in best) printf "%s: held %s req/s with no error and p99 <= 100 ms (server peak RSS %d MiB)\n", n, best[n], mem[n] / 1024 }
' "$out.jsonl" | tee -a "$out.log"
echo "results: $out.jsonl and $out.log"
