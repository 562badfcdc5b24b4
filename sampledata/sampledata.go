// Package sampledata holds hand-curated fact sets in the project's import
// format, embedded so the binary can load them (`eventgraph import`, demo
// data, tests of the store and the API against known facts).
//
// It holds data only: no code here reads, validates or writes the graph.
package sampledata

import _ "embed"

// Seed is seed.json: the curated facts of one news article (a
// domain.FactSet serialized as JSON), with the article's full text and
// every fact's evidence span in it.
//
//go:embed seed.json
var Seed []byte
