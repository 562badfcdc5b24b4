package domain

import (
	"context"
	"slices"
	"time"

	"github.com/eventgraph/eventgraph/internal/ctxvalue"
)

// Curation is how analysts correct the graph: they reject facts that are
// not facts, correct an event's date, place, topic or stances, merge
// duplicate actors and fix names, aliases and kinds. A correction holds:
// the graph keeps it where the next ingest of the same article looks
// (rejected events stay rejected, corrected values win over re-extraction,
// a merged-away actor's id and names land on the survivor). Every change,
// and every article ingested or retracted, is kept as a Revision.

// Curation says who made a change and why.
type Curation struct {
	By     string // the caller's identity: an API key's name or a token's subject
	Reason string
}

// EventCorrection holds what an analyst sets on an event; nil fields stay
// as they are.
type EventCorrection struct {
	When         *FuzzyDate // any event
	Place        *string    // a meeting's place, by name
	Topic        *string    // a policy shift's topic, by name
	FromStance   *string    // a policy shift's stance before
	ToStance     *string    // a policy shift's stance after
	Participants []string   // a meeting's, election's or other event's actor ids, all of them; nil: unchanged
	Speaker      *string    // a statement's speaker, by actor id
}

// Empty reports whether the correction sets nothing.
func (c EventCorrection) Empty() bool {
	return c.When == nil && c.Place == nil && c.Topic == nil && c.FromStance == nil && c.ToStance == nil &&
		c.Participants == nil && c.Speaker == nil
}

// MeetingTitle is the title EventRecords gives a meeting the extraction
// named none for, from its participants' names: a correction of the
// participants retitles such a meeting the same way.
func MeetingTitle(names []string) string {
	return "Meeting of " + joinNames(names)
}

// RevisionKind says what a Revision recorded.
type RevisionKind string

// The revision kinds.
const (
	RevisionIngested     RevisionKind = "INGESTED"      // an article written for the first time
	RevisionReingested   RevisionKind = "REINGESTED"    // an article written again with new text
	RevisionRecorded     RevisionKind = "RECORDED"      // facts written without an article
	RevisionRetracted    RevisionKind = "RETRACTED"     // an article removed with the facts only it supported
	RevisionRejected     RevisionKind = "REJECTED"      // an event rejected by an analyst
	RevisionRestored     RevisionKind = "RESTORED"      // a rejected event restored
	RevisionCorrected    RevisionKind = "CORRECTED"     // an event's fields corrected
	RevisionMerged       RevisionKind = "MERGED"        // one actor merged into another
	RevisionUnmerged     RevisionKind = "UNMERGED"      // a merge undone: the merged-away actor an actor again
	RevisionAliasRemoved RevisionKind = "ALIAS_REMOVED" // an alias taken from an actor
	RevisionRenamed      RevisionKind = "RENAMED"       // an actor's name changed
	RevisionKindSet      RevisionKind = "KIND_SET"      // an actor's kind changed
)

// FieldChange is one field a revision changed, its values as text.
type FieldChange struct {
	Field  string `json:"field"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// Revision is one recorded change to the graph: when, what, why, who.
// Key orders revisions (their time, then a token) and is the cursor of
// history pages.
type Revision struct {
	Key     string
	At      time.Time
	Kind    RevisionKind
	By      string
	Reason  string
	Article string // the article ingested or retracted; "" for curation
	Changes []FieldChange
}

// RedirectActors rewrites every actor reference of the set through
// moved (an actor id merged away → the id of the actor it was merged
// into), so that a later ingest naming a merged-away actor lands on its
// survivor. Actor facts that become the same actor are folded into one,
// the other's name kept as an alias.
func (fs FactSet) RedirectActors(moved map[string]string) FactSet {
	if len(moved) == 0 {
		return fs
	}
	to := func(id string) string {
		if s, ok := moved[id]; ok {
			return s
		}
		return id
	}
	all := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = to(id)
		}
		return out
	}
	out := fs
	out.Actors = nil
	at := map[string]int{}
	for _, a := range fs.Actors {
		was := a.ID
		a.ID = to(a.ID)
		a.Aliases = slices.Clone(a.Aliases)
		a.Roles = slices.Clone(a.Roles)
		for i := range a.Roles {
			a.Roles[i].Of = to(a.Roles[i].Of)
		}
		if i, seen := at[a.ID]; seen {
			first := &out.Actors[i]
			first.Aliases = appendUnique(first.Aliases, a.Name)
			for _, al := range a.Aliases {
				first.Aliases = appendUnique(first.Aliases, al)
			}
			first.Roles = append(first.Roles, a.Roles...)
			continue
		}
		if was != a.ID {
			// The merged-away form's name is an alias of the survivor.
			a.Aliases = appendUnique(a.Aliases, a.Name)
		}
		at[a.ID] = len(out.Actors)
		out.Actors = append(out.Actors, a)
	}
	out.Meetings = slices.Clone(fs.Meetings)
	for i := range out.Meetings {
		out.Meetings[i].Participants = dedupeKeepOrder(all(out.Meetings[i].Participants))
	}
	out.Statements = slices.Clone(fs.Statements)
	for i := range out.Statements {
		s := &out.Statements[i]
		s.Speaker, s.OnBehalfOf, s.Target, s.About = to(s.Speaker), to(s.OnBehalfOf), to(s.Target), all(s.About)
	}
	out.Interactions = slices.Clone(fs.Interactions)
	for i := range out.Interactions {
		x := &out.Interactions[i]
		x.Source, x.Target = to(x.Source), to(x.Target)
	}
	out.PolicyShifts = slices.Clone(fs.PolicyShifts)
	for i := range out.PolicyShifts {
		p := &out.PolicyShifts[i]
		p.Actor, p.OnActor = to(p.Actor), to(p.OnActor)
	}
	out.OtherEvents = slices.Clone(fs.OtherEvents)
	for i := range out.OtherEvents {
		out.OtherEvents[i].Actors = dedupeKeepOrder(all(out.OtherEvents[i].Actors))
	}
	return out
}

// ActorRefs returns every actor id the set names, once each.
func (fs FactSet) ActorRefs() []string {
	var out []string
	for _, a := range fs.Actors {
		out = appendUnique(out, a.ID)
		for _, r := range a.Roles {
			out = appendUnique(out, r.Of)
		}
	}
	return out
}

func dedupeKeepOrder(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = appendUnique(out, id)
	}
	return out
}

var authorKey = ctxvalue.New[string]("author")

// WithAuthor returns ctx carrying who is writing (an API key's name, a
// token's subject), which the history of the writes made under it records.
func WithAuthor(ctx context.Context, by string) context.Context {
	return authorKey.With(ctx, by)
}

// AuthorOf returns who WithAuthor says is writing; "" when unknown (the
// command line).
func AuthorOf(ctx context.Context) string {
	by, _ := authorKey.From(ctx)
	return by
}
