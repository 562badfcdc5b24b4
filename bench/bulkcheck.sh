#!/usr/bin/env bash
# bench/bulkcheck.sh — does the bulk path (scripts/gen-bulk) give the graph
# that gen writes through transactions? Writes one small synthetic graph
# both ways, one writer (so the change log's order is the sets' order),
# and compares their GraphDumps (every node, edge and property but
# transaction tokens and times; tallies as sums).
#
#   NEO4J_URI=bolt://127.0.0.1:7737 BULK_HOME=/work/neo4j/scratch BULK_PORT=7739 bench/bulkcheck.sh
#
# NEO4J_URI's database is wiped; BULK_HOME's is replaced.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
uri=${NEO4J_URI:?the Neo4j written through transactions (wiped)}
case "$uri" in *:7687) echo "bulkcheck: refused on 7687" >&2; exit 1 ;; esac
home=${BULK_HOME:?the Neo4j home the bulk graph replaces}
port=${BULK_PORT:?its Bolt port}
gen=(--events "${EVENTS:-3000}" --actors "${ACTORS:-200}" --seed "${SEED:-1}" --batch "${BATCH:-1000}")
out=${OUT:-$(mktemp -d)}
cd "$root"
go run ./cmd/eventgraph gen "${gen[@]}" --reset --writers 1 --neo4j-uri "$uri"
# gen --reset empties the graph after migrating it; the next start migrates
# again and marks the alias migration done, as gen-bulk's finish does.
go run ./cmd/eventgraph migrate --neo4j-uri "$uri"
go run ./bench/cmd/graphdump -neo4j-uri "$uri" -lines >"$out/transactions.txt"
NEO4J_HOME_DIR=$home NEO4J_BOLT_PORT=$port BULK_FILES=$out/files scripts/gen-bulk "${gen[@]}"
go run ./bench/cmd/graphdump -neo4j-uri "bolt://127.0.0.1:$port" -lines >"$out/bulk.txt"
if diff -q "$out/transactions.txt" "$out/bulk.txt" >/dev/null; then
  echo "bulkcheck: the same graph ($(head -1 "$out/bulk.txt"))"
else
  echo "bulkcheck: the graphs differ; see diff $out/transactions.txt $out/bulk.txt" >&2
  diff "$out/transactions.txt" "$out/bulk.txt" | head -20 >&2
  exit 1
fi
