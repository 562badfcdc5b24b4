// Package bench measures eventgraph's read path: a closed-loop load driver
// for any GraphQL endpoint on loopback (ours or the @neo4j/graphql peer in
// bench/peer), and the same page fetched by hand-written Cypher through the
// Go driver as the floor. bench/run.sh puts them side by side on graphs made
// by `eventgraph gen`.
//
// It is not a test of correctness and not part of the server: the Cypher
// here exists only to say how fast the database can answer the page when
// nothing stands between the driver and it.
package bench
