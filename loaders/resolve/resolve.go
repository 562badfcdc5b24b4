// Package resolve links the actors a FactSet names to actors the graph
// already has, gives the new ones ids, and rewrites every reference in the
// set to an actor id. It is the step between extraction and the store write:
// it reads the graph but never writes.
package resolve

import (
	"context"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Directory is what resolution needs from the graph: the actors known by
// any of a list of names or aliases (keys as domain.NormalizeName folds
// them). *store.Store implements it.
type Directory interface {
	ActorsByNames(ctx context.Context, names []string) (map[string][]domain.Actor, error)
}

// Resolve assigns every actor in fs an id — an existing actor's when its
// name, or one of its proper-name aliases, is already known in the graph;
// else a slug of its name — and rewrites all actor references (names,
// aliases or ids) to those ids. References it cannot place are left as they
// are, for FactSet.Validate to report with their field.
func Resolve(ctx context.Context, dir Directory, fs domain.FactSet) (domain.FactSet, error) {
	known, err := dir.ActorsByNames(ctx, Names(fs))
	if err != nil {
		return fs, err
	}
	return ResolveKnown(fs, known), nil
}

// Names are the names Resolve looks up for fs: its actors' names, aliases
// and names without a title.
func Names(fs domain.FactSet) []string {
	var names []string
	for _, a := range fs.Actors {
		names = append(names, a.Name)
		names = append(names, a.Aliases...)
	}
	for _, a := range fs.Actors {
		if bare := withoutTitle(a); bare != "" {
			names = append(names, bare)
		}
	}
	return names
}

// ResolveKnown is Resolve with the graph's answer for Names(fs) already
// read: known maps a normalised name to the actors it names.
func ResolveKnown(fs domain.FactSet, known map[string][]domain.Actor) domain.FactSet {
	actors := make([]domain.ActorFact, len(fs.Actors))
	copy(actors, fs.Actors)
	ref := map[string]string{} // normalised name or alias → id
	for i := range actors {
		a := &actors[i]
		byCanonical(a)
		if a.ID == "" {
			a.ID = match(*a, known)
		}
		ref[domain.NormalizeName(a.ID)] = a.ID
		ref[domain.NormalizeName(a.Name)] = a.ID
		for _, al := range a.Aliases {
			if k := domain.NormalizeName(al); k != "" {
				if _, taken := ref[k]; !taken {
					ref[k] = a.ID
				}
			}
		}
	}
	// Two facts naming one actor (a surname entry and a full-name entry that
	// resolved to the same id) become one entry.
	actors = mergeSameID(actors)
	lookup := func(s string) string {
		if s == "" {
			return ""
		}
		if id, ok := ref[domain.NormalizeName(s)]; ok {
			return id
		}
		return s
	}
	out := fs
	out.Actors = actors
	for i := range out.Actors {
		// Descriptions ("the president") resolved this article's references
		// above; only proper names are kept to be stored.
		out.Actors[i].Aliases = domain.ProperAliases(out.Actors[i].Name, out.Actors[i].Aliases)
		roles := make([]domain.Role, len(out.Actors[i].Roles))
		for j, r := range out.Actors[i].Roles {
			r.Of = lookup(r.Of)
			roles[j] = r
		}
		out.Actors[i].Roles = roles
	}
	out.Statements = mapSlice(fs.Statements, func(s domain.StatementFact) domain.StatementFact {
		s.Speaker, s.OnBehalfOf, s.Target = lookup(s.Speaker), lookup(s.OnBehalfOf), lookup(s.Target)
		s.About = mapSlice(s.About, lookup)
		return s
	})
	out.Meetings = mapSlice(fs.Meetings, func(m domain.MeetingFact) domain.MeetingFact {
		m.Participants = mapSlice(m.Participants, lookup)
		return m
	})
	out.Interactions = mapSlice(fs.Interactions, func(x domain.InteractionFact) domain.InteractionFact {
		x.Source, x.Target = lookup(x.Source), lookup(x.Target)
		return x
	})
	out.PolicyShifts = mapSlice(fs.PolicyShifts, func(p domain.PolicyShiftFact) domain.PolicyShiftFact {
		p.Actor, p.OnActor = lookup(p.Actor), lookup(p.OnActor)
		return p
	})
	out.OtherEvents = mapSlice(fs.OtherEvents, func(o domain.OtherEventFact) domain.OtherEventFact {
		o.Actors = mapSlice(o.Actors, lookup)
		return o
	})
	return out
}

// byCanonical names an actor by the gazetteer's name its source gave it
// (domain.ActorFact.Canonical), the source's own form becoming an alias:
// the graph shows "United Kingdom" whether the first article to name it
// said "Britain" or "UK", and a new actor's id does not hang on which
// article came first. References by the source's form still find it
// through the alias.
func byCanonical(a *domain.ActorFact) {
	if a.Canonical == "" || domain.NormalizeName(a.Canonical) == domain.NormalizeName(a.Name) {
		a.Canonical = ""
		return
	}
	aliases := make([]string, 0, len(a.Aliases)+1)
	aliases = append(aliases, a.Name)
	for _, al := range a.Aliases {
		if domain.NormalizeName(al) != domain.NormalizeName(a.Canonical) {
			aliases = append(aliases, al)
		}
	}
	a.Name, a.Aliases, a.Canonical = a.Canonical, aliases, ""
}

// match picks the existing actor a new mention refers to: its full name
// first, then a proper-name alias ("Ferreira", "NATO") that names exactly
// one actor of the same kind. Descriptive aliases ("the foreign minister")
// are never used to merge: different people hold the same title over time.
func match(a domain.ActorFact, known map[string][]domain.Actor) string {
	if id := only(known[domain.NormalizeName(a.Name)], a.Kind); id != "" {
		return id
	}
	if bare := withoutTitle(a); bare != "" {
		if id := only(known[domain.NormalizeName(bare)], a.Kind); id != "" {
			return id // "PM Imran Khan" is the Imran Khan the graph knows
		}
	}
	for _, al := range a.Aliases {
		if !ProperName(al) {
			continue
		}
		if id := only(known[domain.NormalizeName(al)], a.Kind); id != "" {
			return id
		}
	}
	return domain.Slug(a.Name)
}

func only(cands []domain.Actor, kind domain.ActorKind) string {
	id := ""
	for _, c := range cands {
		if c.Kind != kind && kind != "" {
			continue
		}
		if id != "" && id != c.ID {
			return "" // ambiguous: two actors share this name
		}
		id = c.ID
	}
	return id
}

// ProperName reports whether s is a name, not a description; see
// domain.ProperName.
func ProperName(s string) bool { return domain.ProperName(s) }

func mergeSameID(actors []domain.ActorFact) []domain.ActorFact {
	idx := map[string]int{}
	var out []domain.ActorFact
	for _, a := range actors {
		if i, ok := idx[a.ID]; ok {
			m := &out[i]
			if len([]rune(a.Name)) > len([]rune(m.Name)) {
				m.Aliases = append(m.Aliases, m.Name)
				m.Name = a.Name
			} else {
				m.Aliases = append(m.Aliases, a.Name)
			}
			m.Aliases = append(m.Aliases, a.Aliases...)
			m.Roles = append(m.Roles, a.Roles...)
			m.Evidence = append(m.Evidence, a.Evidence...)
			continue
		}
		idx[a.ID] = len(out)
		out = append(out, a)
	}
	return out
}

func mapSlice[T any](in []T, f func(T) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

// personTitles are words a person's name may carry in front of it that are
// no part of the name: "PM Imran Khan", "President Duarte", "Sen. Roe".
var personTitles = map[string]bool{
	"pm": true, "president": true, "prime": true, "minister": true, "premier": true, "chancellor": true,
	"taoiseach": true, "king": true, "queen": true, "prince": true, "princess": true, "sheikh": true,
	"senator": true, "sen": true, "rep": true, "representative": true, "gov": true, "governor": true,
	"mayor": true, "general": true, "gen": true, "colonel": true, "col": true, "dr": true, "prof": true,
	"mr": true, "mrs": true, "ms": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"foreign": true, "secretary": true, "chief": true, "judge": true, "justice": true,
}

// withoutTitle is a person's name without the titles written before it
// ("PM Imran Khan" → "Imran Khan"), or "" when it has none or nothing of
// two words is left.
func withoutTitle(a domain.ActorFact) string {
	if a.Kind != domain.KindPerson && a.Kind != "" {
		return ""
	}
	words := strings.Fields(a.Name)
	i := 0
	for i < len(words)-2 && personTitles[strings.ToLower(strings.TrimSuffix(words[i], "."))] {
		i++
	}
	if i == 0 {
		return ""
	}
	return strings.Join(words[i:], " ")
}
