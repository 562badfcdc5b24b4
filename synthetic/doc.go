// Package synthetic makes a realistic, deterministic synthetic event graph
// for benchmarks and scale tests: actors whose activity follows a power law,
// several years of fuzzy-dated events of every type (meetings, statements,
// interactions, policy shifts, elections, other events), roles and topics,
// and articles whose text holds the sentence each fact was read from.
//
// The graph is written through the same code as real ingestion: every batch
// is a resolved domain.FactSet (actor ids set, references are ids) handed to
// the store's WriteFacts, so what a benchmark reads is shaped exactly like
// what loaders write. The first set is a roster of every actor (no article,
// no events); the articles then only name actors that exist, and re-report
// events of an article ReReportLag before, so Load can write several at
// once without one ever waiting on another's uncommitted nodes: on two
// cores that, with the store taking its key locks in one order, is what
// lets two writers use both.
//
// It is not a test fixture for extraction (the articles are generated
// sentences, not news prose) and it holds no Cypher.
package synthetic
