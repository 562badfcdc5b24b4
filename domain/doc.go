// Package domain is eventgraph's vocabulary: actors, events with fuzzy dates,
// the facts that loaders extract and the store writes, their provenance, and
// the error type every layer returns.
//
// It imports nothing from the project. graph (GraphQL), store (Neo4j) and
// loaders (ingestion) all speak in these types; none of them defines its own
// copy. It holds no I/O and no Cypher.
package domain
