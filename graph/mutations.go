package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
)

// Mutation inputs become FactSets, so recorded facts take the same path to
// the graph (validation, one transaction, MERGE) as extracted ones.

// factsFor returns a FactSet holding the actors named by ids (each must
// exist: NOT_FOUND names the field) and, when src is given, its article,
// sealed, with the sentence as the text the evidence spans.
func (r *Resolver) factsFor(ctx context.Context, src *model.SourceInput, refs map[string]string) (domain.FactSet, domain.Evidence, error) {
	var fs domain.FactSet
	ids := make([]string, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	found, err := r.Store.ActorsByIDs(ctx, ids)
	if err != nil {
		return fs, domain.Evidence{}, err
	}
	for id, field := range refs {
		a, ok := found[id]
		if !ok {
			return fs, domain.Evidence{}, domain.NotFound(field, "no actor with id %q", id)
		}
		fs.Actors = append(fs.Actors, domain.ActorFact{ID: a.ID, Name: a.Name, Kind: a.Kind})
	}
	if src == nil {
		return fs, domain.Evidence{}, nil
	}
	sentence := strings.TrimSpace(src.Sentence)
	if sentence == "" {
		return fs, domain.Evidence{}, domain.Invalid("evidence.sentence", "must not be empty")
	}
	if strings.TrimSpace(src.URL) == "" {
		return fs, domain.Evidence{}, domain.Invalid("evidence.url", "must not be empty")
	}
	fs.Article = &domain.Article{URL: src.URL, Title: deref(src.Title), Publisher: deref(src.Publisher),
		PublishedAt: src.PublishedAt, Text: sentence}
	if err := fs.Article.Seal(); err != nil { // cannot fail: the sentence is not empty
		return fs, domain.Evidence{}, err
	}
	ev := domain.Evidence{Sentence: sentence, Start: 0, End: utf8.RuneCountInString(sentence), Extractor: "manual", Confidence: 1}
	return fs, ev, nil
}

// refs collects the actor ids a mutation names, each with its input field.
type refs map[string]string

func (m refs) add(field string, id *string) {
	if id != nil && *id != "" {
		if _, ok := m[*id]; !ok {
			m[*id] = field
		}
	}
}

func (m refs) addAll(field string, ids []string) {
	for i, id := range ids {
		id := id
		m.add(fmt.Sprintf("%s[%d]", field, i), &id)
	}
}

func when(d *model.Date) *domain.FuzzyDate {
	if d == nil {
		return nil
	}
	fd := d.FuzzyDate
	return &fd
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// recordedEvent writes fs and reads back the one event it defines.
func (r *Resolver) recordedEvent(ctx context.Context, fs domain.FactSet) (domain.Event, error) {
	if _, err := r.Store.WriteFacts(ctx, fs); err != nil {
		return domain.Event{}, err
	}
	recs := fs.EventRecords(domain.FuzzyDate{})
	if len(recs) != 1 {
		return domain.Event{}, domain.Errorf(domain.EInternal, "", "recorded %d events, want 1", len(recs))
	}
	return r.Store.Event(ctx, recs[0].ID)
}
