package domain

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Problems checks a resolved FactSet before it is written and returns
// every problem it finds, in the order of the set's fields (nil when the
// set can be written): the article is sealed; every actor has a name, a
// known kind and an id; every reference names an actor of the set;
// kinds, dates and spans are sound. It is the one check of a set on its
// way in: the store runs it once per write, and the ingest path leaves
// out the facts it names (store.WriteOptions.DropInvalidFacts).
func (fs FactSet) Problems() FieldErrors {
	c := factChecker{ids: make(map[string]bool, len(fs.Actors)), text: -1}
	if fs.Article != nil {
		if !fs.Article.Sealed() {
			c.add(SectionArticle, 0, "id", FieldMissing, "the article is not sealed (Article.Seal, where the article is made)")
		}
		c.text = utf8.RuneCountInString(fs.Article.Text)
	}
	for i, a := range fs.Actors {
		c.actor(i, a)
	}
	for i, a := range fs.Actors {
		for j, r := range a.Roles {
			c.ref(SectionActors, i, "roles", j, ".of", r.Of, true)
			if strings.TrimSpace(r.Title) == "" {
				c.add(SectionActors, i, fmt.Sprintf("roles[%d].title", j), FieldMissing, "must not be empty")
			}
		}
	}
	checkFacts(&c, SectionStatements, fs.Statements, (*factChecker).statement)
	checkFacts(&c, SectionMeetings, fs.Meetings, (*factChecker).meeting)
	checkFacts(&c, SectionInteractions, fs.Interactions, (*factChecker).interaction)
	checkFacts(&c, SectionPolicyShifts, fs.PolicyShifts, (*factChecker).policyShift)
	checkFacts(&c, SectionOtherEvents, fs.OtherEvents, (*factChecker).otherEvent)
	return c.out
}

// checkFacts checks each fact of section sec by check, which knows its
// kind.
func checkFacts[F any](c *factChecker, sec Section, facts []F, check func(c *factChecker, sec Section, i int, f F)) {
	for i, f := range facts {
		check(c, sec, i, f)
	}
}

// Validate returns the first of fs's Problems as the error a client sees
// (BAD_USER_INPUT naming its path), or nil.
func (fs FactSet) Validate() error { return fs.Problems().Err() }

// factChecker collects the problems of one FactSet. Paths and messages are
// formatted only for a problem found, so a sound set costs no formatting.
type factChecker struct {
	ids  map[string]bool // the ids of the set's actors
	text int             // the article's length in code points; -1 when there is no article
	out  FieldErrors
}

func (c *factChecker) add(sec Section, i int, field string, code FieldCode, format string, args ...any) {
	c.out = append(c.out, fieldErrorf(FieldPath{Section: sec, Index: i, Field: field}, code, format, args...))
}

// ref checks a reference to an actor of the set: field, or its entry item
// when item >= 0, followed by suffix (roles[2].of).
func (c *factChecker) ref(sec Section, i int, field string, item int, suffix, id string, required bool) {
	if id != "" && c.ids[id] || id == "" && !required {
		return
	}
	if item >= 0 {
		field = fmt.Sprintf("%s[%d]", field, item)
	}
	field += suffix
	if id == "" {
		c.add(sec, i, field, FieldMissing, "must name an actor")
		return
	}
	c.add(sec, i, field, FieldUnknownActor, "%q is not an actor of this set", id)
}

func (c *factChecker) actor(i int, a ActorFact) {
	if strings.TrimSpace(a.Name) == "" {
		c.add(SectionActors, i, "name", FieldMissing, "must not be empty")
	}
	if !a.Kind.Valid() {
		c.add(SectionActors, i, "kind", FieldNotAllowed, "%q is not one of PERSON, ORGANIZATION, COUNTRY, GROUP", a.Kind)
	}
	if a.ID == "" {
		c.add(SectionActors, i, "id", FieldMissing, "is not resolved")
	}
	c.ids[a.ID] = true
}

func (c *factChecker) statement(sec Section, i int, s StatementFact) {
	c.ref(sec, i, "speaker", -1, "", s.Speaker, true)
	c.ref(sec, i, "onBehalfOf", -1, "", s.OnBehalfOf, false)
	c.ref(sec, i, "target", -1, "", s.Target, false)
	c.dated(sec, i, s.When, s.Evidence)
	for j, a := range s.About {
		c.ref(sec, i, "about", j, "", a, true)
	}
	if strings.TrimSpace(s.Quote) == "" && strings.TrimSpace(s.Paraphrase) == "" {
		c.add(sec, i, "quote", FieldMissing, "a statement needs a quote or a paraphrase")
	}
}

func (c *factChecker) meeting(sec Section, i int, m MeetingFact) {
	if len(m.Participants) < 2 {
		c.add(sec, i, "participants", FieldTooFew, "a meeting needs at least two participants")
	}
	for j, p := range m.Participants {
		c.ref(sec, i, "participants", j, "", p, true)
	}
	c.dated(sec, i, m.When, m.Evidence)
}

func (c *factChecker) interaction(sec Section, i int, x InteractionFact) {
	c.ref(sec, i, "source", -1, "", x.Source, true)
	c.ref(sec, i, "target", -1, "", x.Target, true)
	if !x.Kind.Valid() {
		c.add(sec, i, "kind", FieldNotAllowed, "%q is not an interaction kind", x.Kind)
	}
	c.dated(sec, i, x.When, x.Evidence)
}

func (c *factChecker) policyShift(sec Section, i int, p PolicyShiftFact) {
	c.ref(sec, i, "actor", -1, "", p.Actor, true)
	c.ref(sec, i, "onActor", -1, "", p.OnActor, false)
	if strings.TrimSpace(p.Topic) == "" {
		c.add(sec, i, "topic", FieldMissing, "must not be empty")
	}
	c.dated(sec, i, p.When, p.Evidence)
}

func (c *factChecker) otherEvent(sec Section, i int, o OtherEventFact) {
	if strings.TrimSpace(o.Title) == "" {
		c.add(sec, i, "title", FieldMissing, "must not be empty")
	}
	for j, a := range o.Actors {
		c.ref(sec, i, "actors", j, "", a, true)
	}
	c.dated(sec, i, o.When, o.Evidence)
}

// dated checks what every fact has: its date and the evidence it was
// read from.
func (c *factChecker) dated(sec Section, i int, d *FuzzyDate, e Evidence) {
	c.date(sec, i, d)
	c.evidence(sec, i, e)
}

func (c *factChecker) date(sec Section, i int, d *FuzzyDate) {
	if d == nil {
		return
	}
	switch d.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
	case PrecisionUnknown:
		if !d.Start.IsZero() || !d.End.IsZero() {
			c.add(sec, i, "when.start", FieldNotAllowed, "a date of precision UNKNOWN has no start or end")
		}
		return
	default:
		c.add(sec, i, "when.precision", FieldNotAllowed, "%q is not DAY, MONTH, YEAR or UNKNOWN", d.Precision)
		return
	}
	if d.Start.IsZero() {
		c.add(sec, i, "when.start", FieldMissing, "is missing")
		return
	}
	if !d.End.IsZero() && !d.End.After(d.Start) {
		c.add(sec, i, "when.end", FieldOutOfRange, "must be after start")
	}
}

func (c *factChecker) evidence(sec Section, i int, e Evidence) {
	if e == (Evidence{}) {
		return
	}
	switch {
	case e.Start < 0 || e.End < e.Start:
		c.add(sec, i, "evidence", FieldOutOfRange, "span %d–%d is not a span", e.Start, e.End)
	case c.text >= 0 && e.End > c.text:
		c.add(sec, i, "evidence", FieldOutOfRange, "span %d–%d runs past the article's end", e.Start, e.End)
	case e.Confidence < 0 || e.Confidence > 1:
		c.add(sec, i, "evidence.confidence", FieldOutOfRange, "%v is not in [0,1]", e.Confidence)
	}
}

// WithoutFacts returns fs without the facts that problems name, the
// problems it so left out (one per fact: its first), and the problems it
// could not leave out: those of the article or the actors, which no
// fact's absence mends.
func (fs FactSet) WithoutFacts(problems FieldErrors) (out FactSet, dropped, kept FieldErrors) {
	gone := map[Section]map[int]bool{}
	for _, p := range problems {
		sec := p.Path.Section
		switch {
		case !sec.IsFact():
			kept = append(kept, p)
		case !gone[sec][p.Path.Index]:
			if gone[sec] == nil {
				gone[sec] = map[int]bool{}
			}
			gone[sec][p.Path.Index] = true
			dropped = append(dropped, p)
		}
	}
	if len(dropped) == 0 {
		return fs, nil, kept
	}
	fs.Statements = without(fs.Statements, gone[SectionStatements])
	fs.Meetings = without(fs.Meetings, gone[SectionMeetings])
	fs.Interactions = without(fs.Interactions, gone[SectionInteractions])
	fs.PolicyShifts = without(fs.PolicyShifts, gone[SectionPolicyShifts])
	fs.OtherEvents = without(fs.OtherEvents, gone[SectionOtherEvents])
	return fs, dropped, kept
}

// without returns a copy of s without the entries gone names; s itself
// when none.
func without[T any](s []T, gone map[int]bool) []T {
	if len(gone) == 0 {
		return s
	}
	out := make([]T, 0, len(s)-len(gone))
	for i, v := range s {
		if !gone[i] {
			out = append(out, v)
		}
	}
	return out
}
