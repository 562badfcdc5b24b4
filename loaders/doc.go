// Package loaders is article ingestion — how the graph grows. An article
// flows forward through its subpackages: source (text, HTML, JSON, folders,
// URLs, feeds → domain.Article), extract (article → facts with evidence),
// resolve (names → actor ids, against the graph), and finally one store
// write per article. This package wires those steps; it also imports curated
// facts documents.
//
// (In many gqlgen projects "loaders" means request-scoped dataloaders; here
// those live in graph/batch.)
package loaders
