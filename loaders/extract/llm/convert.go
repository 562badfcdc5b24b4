package llm

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// Confidences given to facts, by how well their evidence was found.
const (
	confidenceLocated   = 0.7 // the quote or evidence sentence is in the text
	confidenceCoMention = 0.5 // a sentence names all the fact's actors
	confidenceMention   = 0.3 // a sentence names one of them
)

// converter turns a model answer into a FactSet checked against the article.
//
// Actor references: a fact may name an actor that is missing from the
// model's actor list. If the name is a known graph actor (the gazetteer) it
// is added from there; if the name occurs in the article it is added with a
// guessed kind and a warning; otherwise the name is taken to be made up and
// the fact is dropped (required roles) or the reference cleared (optional
// ones), each with a warning.
type converter struct {
	ix        *textIndex
	extractor string
	out       domain.FactSet
	byName    map[string]int // NormalizeName of a name or alias → index in out.Actors
	gazetteer map[string]domain.Actor
	used      map[int]bool // actors a kept fact refers to
	located   map[int]bool // actors whose name occurs in the text
}

func convert(ans answer, a domain.Article, known extract.Gazetteer, extractor string) domain.FactSet {
	c := &converter{
		ix:        newTextIndex(a.Text),
		extractor: extractor,
		byName:    map[string]int{},
		gazetteer: map[string]domain.Actor{},
		used:      map[int]bool{},
		located:   map[int]bool{},
		out: domain.FactSet{
			Article:      &a,
			Actors:       []domain.ActorFact{},
			Statements:   []domain.StatementFact{},
			Meetings:     []domain.MeetingFact{},
			Interactions: []domain.InteractionFact{},
			PolicyShifts: []domain.PolicyShiftFact{},
			OtherEvents:  []domain.OtherEventFact{},
		},
	}
	for _, g := range known.Actors {
		for _, n := range append([]string{g.ID, g.Name}, g.Aliases...) {
			if k := domain.NormalizeName(n); k != "" {
				c.gazetteer[k] = g
			}
		}
	}
	listed := make([]int, len(ans.Actors))
	for i, act := range ans.Actors {
		listed[i] = c.addAnswerActor(act)
	}
	c.statements(ans.Statements)
	c.meetings(ans.Meetings)
	c.interactions(ans.Interactions)
	c.policyShifts(ans.PolicyShifts)
	c.otherEvents(ans.OtherEvents)
	for i, act := range ans.Actors {
		c.roles(listed[i], act.Roles)
	}
	c.pruneActors()
	return c.out
}

func (c *converter) warnf(format string, args ...any) {
	c.out.Warnings = append(c.out.Warnings, "llm: "+fmt.Sprintf(format, args...))
}

// addAnswerActor adds an actor from the model's list, merging it into an
// earlier entry when a name or alias matches. It returns the index.
func (c *converter) addAnswerActor(act answerActor) int {
	name := string(act.Name)
	if domain.NormalizeName(name) == "" {
		c.warnf("dropped an actor with no name (aliases %q)", act.Aliases)
		return -1
	}
	kind := domain.ActorKind(strings.ToUpper(string(act.Kind)))
	if !kind.Valid() {
		c.warnf("actor %q: kind %q is not one of PERSON, ORGANIZATION, COUNTRY, GROUP; guessed", name, act.Kind)
		kind = guessKind(name)
	}
	names := append([]string{name}, act.Aliases...)
	for _, n := range names {
		if i, ok := c.byName[domain.NormalizeName(n)]; ok {
			c.addNames(i, names)
			return i
		}
	}
	c.out.Actors = append(c.out.Actors, domain.ActorFact{Name: name, Kind: kind, Description: string(act.Description)})
	i := len(c.out.Actors) - 1
	c.addNames(i, names)
	return i
}

// addNames records names as the actor's own name or aliases, and gives the
// actor evidence the first time one of its names is found in the text.
func (c *converter) addNames(i int, names []string) {
	actor := &c.out.Actors[i]
	for _, n := range names {
		k := domain.NormalizeName(n)
		if k == "" {
			continue
		}
		if _, taken := c.byName[k]; !taken {
			c.byName[k] = i
		}
		if k != domain.NormalizeName(actor.Name) && !slices.ContainsFunc(actor.Aliases, func(a string) bool { return domain.NormalizeName(a) == k }) {
			actor.Aliases = append(actor.Aliases, n)
		}
		if !c.located[i] {
			if m := c.ix.wordMatches(n, 1); len(m) > 0 {
				c.located[i] = true
				actor.Evidence = append(actor.Evidence, c.evidenceAt(m[0], confidenceLocated))
			}
		}
	}
}

// ref resolves a fact's reference to an actor, adding the actor when it is
// missing from the list (see converter). It returns the actor's name, or
// false when the name is neither known nor in the article.
func (c *converter) ref(name string) (string, bool) {
	k := domain.NormalizeName(name)
	if k == "" {
		return "", false
	}
	i, ok := c.byName[k]
	switch {
	case ok:
	case c.gazetteer[k].Name != "":
		g := c.gazetteer[k]
		i = c.addAnswerActor(answerActor{Name: text(g.Name), Kind: text(g.Kind), Aliases: append(texts{name}, g.Aliases...)})
	case c.ix.contains(name):
		i = c.addAnswerActor(answerActor{Name: text(name), Kind: text(guessKind(name))})
		c.warnf("added actor %q: a fact names it but the actor list did not (kind guessed %s)", name, c.out.Actors[i].Kind)
	default:
		return "", false
	}
	c.used[i] = true
	return c.out.Actors[i].Name, true
}

// optionalRef resolves a reference that a fact can do without, clearing it
// with a warning when it cannot be resolved.
func (c *converter) optionalRef(name, role, fact string) string {
	if name == "" {
		return ""
	}
	r, ok := c.ref(name)
	if !ok {
		c.warnf("%s: cleared %s %q, which is neither in the actor list nor in the article", fact, role, name)
	}
	return r
}

// refs resolves a list of references, dropping (with a warning) those that
// cannot be resolved, and duplicates.
func (c *converter) refs(names []string, role, fact string) []string {
	var out []string
	for _, n := range names {
		if r := c.optionalRef(n, role, fact); r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// guessKind guesses the kind of an actor the model did not describe: an
// all-capitals name (an acronym) is an organisation, anything else a person.
func guessKind(name string) domain.ActorKind {
	letters, upper := 0, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters > 1 && upper == letters {
		return domain.KindOrganization
	}
	return domain.KindPerson
}

// pruneActors drops listed actors that no kept fact refers to and whose
// names do not occur in the article: the model made them up, or they only
// served facts that were dropped.
func (c *converter) pruneActors() {
	kept := c.out.Actors[:0]
	for i, a := range c.out.Actors {
		if c.used[i] || c.located[i] {
			kept = append(kept, a)
			continue
		}
		c.warnf("dropped actor %q: not in the article and no kept fact names it", a.Name)
	}
	c.out.Actors = kept
}

// roles converts the roles the model gave the actor at index i. Role.Of
// must resolve to an actor; a role whose Of cannot is dropped.
func (c *converter) roles(i int, roles []answerRole) {
	if i < 0 {
		return
	}
	for _, r := range roles {
		title := string(r.Title)
		of, ok := c.ref(string(r.Of))
		if title == "" || !ok {
			c.warnf("actor %q: dropped role %q of %q: no title, or the actor it is held in is unknown", c.out.Actors[i].Name, title, r.Of)
			continue
		}
		what := fmt.Sprintf("role %q of %q", title, c.out.Actors[i].Name)
		c.out.Actors[i].Roles = append(c.out.Actors[i].Roles, domain.Role{
			Title: title,
			Of:    of,
			From:  c.date(string(r.From), "", what),
			To:    c.date(string(r.To), "", what),
		})
	}
}

// date converts a model date ("2024", "2024-05", "2024-05-17") with the
// article's words for it; a date that does not parse is left out.
func (c *converter) date(when, words, what string) *domain.FuzzyDate {
	if when == "" {
		return nil
	}
	d, err := domain.ParseFuzzyDate(when)
	if err != nil {
		c.warnf("%s: date left out: %v", what, err)
		return nil
	}
	d.Text = words
	return &d
}

// evidenceAt is the evidence for a match at sp: the sentence around it.
func (c *converter) evidenceAt(sp span, confidence float64) domain.Evidence {
	s := c.ix.sentenceOf(sp)
	return domain.Evidence{
		Sentence:   c.ix.text(s),
		Start:      s.start,
		End:        s.end,
		Extractor:  c.extractor,
		Confidence: confidence,
	}
}

// evidence finds where the text supports a fact: the snippet the model
// copied, else a sentence naming all the fact's actors, else one naming the
// first of them. ok is false when none is found.
func (c *converter) evidence(snippet string, actors []string) (domain.Evidence, bool) {
	if sp, ok := c.ix.locate(snippet); ok {
		return c.evidenceAt(sp, confidenceLocated), true
	}
	if len(actors) == 0 {
		return domain.Evidence{}, false
	}
	var first *span
	for _, s := range c.ix.sentences {
		n := 0
		for _, a := range actors {
			if c.mentions(s, a) {
				n++
			}
		}
		if n == len(actors) && n > 1 {
			return c.evidenceAt(s, confidenceCoMention), true
		}
		if first == nil && c.mentions(s, actors[0]) {
			first = &s
		}
	}
	if first != nil {
		return c.evidenceAt(*first, confidenceMention), true
	}
	return domain.Evidence{}, false
}

// supportingEvidence is evidence(g.Evidence, actors) for the fact
// described by what; when there is none it warns that the fact is dropped,
// and the caller drops it: a fact no sentence of the article supports is
// not kept.
func (c *converter) supportingEvidence(g grounded, actors []string, what string) (domain.Evidence, bool) {
	ev, ok := c.evidence(string(g.Evidence), actors)
	if !ok {
		c.warnf("dropped %s: no supporting sentence found in the article", what)
	}
	return ev, ok
}

// mentions reports whether sentence s names the actor called name, by its
// name or any alias.
func (c *converter) mentions(s span, name string) bool {
	i, ok := c.byName[domain.NormalizeName(name)]
	if !ok {
		return false
	}
	a := c.out.Actors[i]
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		for _, m := range c.ix.wordMatches(n, 0) {
			if m.start >= s.start && m.end <= s.end {
				return true
			}
		}
	}
	return false
}
