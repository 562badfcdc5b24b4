package graph

import (
	"context"
	"strings"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// Curation mutations check their arguments and call the store; who made a
// change is the caller's identity, which the @requires directive puts on
// the context (domain.WithAuthor) of every mutation.

// curation is who curates and why; the reason must have words.
func curation(ctx context.Context, reason string) (domain.Curation, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return domain.Curation{}, domain.Invalid("reason", "must say why")
	}
	return domain.Curation{By: domain.AuthorOf(ctx), Reason: reason}, nil
}

// eventCorrection turns the input into the domain's correction.
func eventCorrection(in model.EventCorrectionInput) domain.EventCorrection {
	c := domain.EventCorrection{Place: trimmed(in.Place), Topic: trimmed(in.Topic), FromStance: in.From, ToStance: in.To,
		Speaker: trimmed(in.Speaker)}
	if in.Participants != nil {
		c.Participants = make([]string, len(in.Participants))
		for i, p := range in.Participants {
			c.Participants[i] = strings.TrimSpace(p)
		}
	}
	if in.When != nil {
		w := in.When.FuzzyDate
		c.When = &w
	}
	return c
}

func trimmed(s *string) *string {
	if s == nil {
		return nil
	}
	t := strings.TrimSpace(*s)
	return &t
}

// checkCorrection refuses empty names: a place or topic correction names
// one, a participants or speaker correction names actors.
func checkCorrection(c domain.EventCorrection) error {
	if c.Place != nil && *c.Place == "" {
		return domain.Invalid("input.place", "must not be empty")
	}
	if c.Topic != nil && *c.Topic == "" {
		return domain.Invalid("input.topic", "must not be empty")
	}
	if c.Speaker != nil && *c.Speaker == "" {
		return domain.Invalid("input.speaker", "must name an actor")
	}
	if c.Participants != nil && len(c.Participants) == 0 {
		return domain.Invalid("input.participants", "must name the actors who took part")
	}
	return nil
}

// history returns one page of an actor's or event's revisions, through
// the request's loader (siblings in a list share one store query).
func (r *Resolver) history(ctx context.Context, loader func(*batch.Loaders) *dataloadgen.Loader[batch.History, store.RevisionPage], id string, first *int, after *string, until time.Time) (*model.RevisionConnection, error) {
	n, key, err := pageArgs("rv", first, after)
	if err != nil {
		return nil, err
	}
	p, err := loader(batch.For(ctx)).Load(ctx, batch.History{ID: id, Query: batch.HistoryQuery{First: n, After: key, Until: until}})
	if err != nil {
		return nil, err
	}
	conn := &model.RevisionConnection{Edges: make([]model.RevisionEdge, len(p.Revisions)),
		PageInfo: &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: key != ""}}
	for i := range p.Revisions {
		rev := p.Revisions[i]
		if rev.Changes == nil {
			rev.Changes = []domain.FieldChange{}
		}
		conn.Edges[i] = model.RevisionEdge{Cursor: encodeCursor("rv", rev.Key), Node: &rev}
	}
	setEnds(conn.PageInfo, len(conn.Edges), func(i int) string { return conn.Edges[i].Cursor })
	return conn, nil
}

func (r *Resolver) eventHistory(ctx context.Context, e *domain.Event, first *int, after *string) (*model.RevisionConnection, error) {
	return r.history(ctx, eventHistories, e.ID, first, after, time.Time{})
}

func actorHistories(l *batch.Loaders) *dataloadgen.Loader[batch.History, store.RevisionPage] {
	return l.ActorHistory
}
func eventHistories(l *batch.Loaders) *dataloadgen.Loader[batch.History, store.RevisionPage] {
	return l.EventHistory
}

// defaultMergeWait is how long mergeActors waits for a merge (see
// Resolver.MergeWait): well inside the server's 30 s request deadline.
const defaultMergeWait = 20 * time.Second

// mergeActors merges from into into, waiting for it as long as the
// request allows: a merge done by then answers the survivor; one not done
// goes on in the background and answers into as it stands, its merging
// field primed with how far the merge has come.
func (r *Resolver) mergeActors(ctx context.Context, into, from string, cur domain.Curation) (*domain.Actor, error) {
	wait := r.MergeWait
	if wait <= 0 {
		wait = defaultMergeWait
	}
	if deadline, ok := ctx.Deadline(); ok {
		wait = min(wait, time.Until(deadline)-5*time.Second)
	}
	p, err := r.Store.StartMerge(ctx, into, from, cur, max(wait, 0))
	if err != nil {
		return nil, err
	}
	if p.Done {
		return &p.Survivor, nil
	}
	a, err := r.Store.Actor(ctx, into)
	if err != nil {
		return nil, err
	}
	batch.For(ctx).Merging.Prime(a.ID, &p)
	return &a, nil
}

// actorMerge is the schema's form of where a merge stands.
func actorMerge(p store.MergeProgress) *model.ActorMerge {
	m := &model.ActorMerge{Into: p.Into, From: p.From, Done: p.Done, EventsMoved: p.EventsMoved, EventsLeft: p.EventsLeft}
	if !p.Since.IsZero() {
		m.StartedAt = &p.Since
	}
	return m
}
