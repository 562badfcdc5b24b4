// Package score measures an extractor against expected-facts files: the
// hand-written ground truth for an article (the format of
// shared/fixtures/seed/expected.json), matched fact by fact to a FactSet,
// giving precision and recall per fact type and a list of misses. The
// expected facts are read into the domain's vocabulary in one place
// (gold.go), so the scorer compares domain facts with domain facts.
//
// It also loads test corpora: folders of articles, each with its metadata,
// text and expected facts.
//
// It is for tests, benchmarks and evaluation tools; nothing on the ingest
// path uses it, and it does not extract anything itself.
package score
