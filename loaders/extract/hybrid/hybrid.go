// Package hybrid is the extractor that runs the rules and a model together:
// the rules for what they do precisely (quotes, speakers, dates, actors),
// the model for what they miss (meetings, interactions, policy shifts, and
// quotes the rules did not attribute).
//
// A model fact is only added when it is new (the rules found nothing at
// its sentence) and checked against the text: its quote is in the article
// character for character, its evidence is a sentence the model copied (not
// one guessed from names), and every actor it names is named in that
// sentence. The rest is counted in a warning, by reason, so a user sees what
// the model offered and what was kept. Each fact keeps its own extractor in
// its evidence (sources.extractor): rules/… or llm/….
//
// It is not a resolver: it maps the model's actors onto the rules' by name,
// alias and surname, and leaves graph resolution to the loader.
package hybrid

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/words"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/llm"
)

// Extractor runs Rules and Model on each article and merges their facts.
type Extractor struct {
	Rules, Model extract.Extractor
}

var _ extract.Extractor = (*Extractor)(nil)

// New returns a hybrid of the rules extractor and a model extractor.
func New(rules, model extract.Extractor) *Extractor {
	return &Extractor{Rules: rules, Model: model}
}

// Name is "hybrid(<rules>+<model>)".
func (e *Extractor) Name() string {
	return "hybrid(" + e.Rules.Name() + "+" + e.Model.Name() + ")"
}

// Extract runs the rules, then the model, and adds the model's checked new
// facts to the rules'. An endpoint that fails (unreachable, a 4xx, a
// timeout) fails the article, as with the model alone; an answer that is
// unusable (cut off, not JSON, not the schema, empty) leaves the rules'
// facts, with a warning saying why the model added nothing.
func (e *Extractor) Extract(ctx context.Context, a domain.Article, known extract.Gazetteer) (domain.FactSet, error) {
	base, err := e.Rules.Extract(ctx, a, known)
	if err != nil {
		return domain.FactSet{}, err
	}
	proposed, err := e.Model.Extract(ctx, a, known)
	switch {
	case err == nil:
	case errors.Is(err, llm.ErrCutOff), errors.Is(err, llm.ErrNotJSON), errors.Is(err, llm.ErrNotSchema), errors.Is(err, llm.ErrEmptyAnswer):
		base.Warnings = append(base.Warnings, fmt.Sprintf("hybrid: the model added nothing: %v", err))
		return base, nil
	default:
		return domain.FactSet{}, err
	}
	m := newMerger(a.Text, &base, proposed)
	m.meetings(proposed.Meetings)
	m.statements(proposed.Statements)
	m.interactions(proposed.Interactions)
	m.policyShifts(proposed.PolicyShifts)
	m.rejectAll(len(proposed.OtherEvents), "other events are left to the rules")
	base.Warnings = append(base.Warnings, m.summary())
	return base, nil
}

// merger adds a model's facts to the rules' facts of one article.
type merger struct {
	runes    []rune
	text     string
	out      *domain.FactSet
	model    map[string]domain.ActorFact // normalised model actor name → actor
	byName   map[string]string           // normalised name, alias or surname → out actor name
	added    map[string]int
	rejected map[string]int
}

func newMerger(text string, base *domain.FactSet, proposed domain.FactSet) *merger {
	m := &merger{runes: []rune(text), text: text, out: base, model: map[string]domain.ActorFact{},
		byName: map[string]string{}, added: map[string]int{}, rejected: map[string]int{}}
	for _, a := range base.Actors {
		m.index(a)
	}
	for _, a := range proposed.Actors {
		m.model[domain.NormalizeName(a.Name)] = a
	}
	return m
}

// index makes an actor findable by its name, aliases and, for a person,
// surname (a surname two people share goes to neither).
func (m *merger) index(a domain.ActorFact) {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if k := domain.NormalizeName(n); k != "" {
			if _, taken := m.byName[k]; !taken {
				m.byName[k] = a.Name
			}
		}
	}
	if words := strings.Fields(a.Name); a.Kind == domain.KindPerson && len(words) > 1 {
		k := domain.NormalizeName(words[len(words)-1])
		if prev, taken := m.byName[k]; taken && prev != a.Name {
			m.byName[k] = ""
		} else if !taken {
			m.byName[k] = a.Name
		}
	}
}

// names returns every name the model actor called name goes by.
func (m *merger) names(name string) []string {
	out := []string{name}
	if a, ok := m.model[domain.NormalizeName(name)]; ok {
		out = append(out, a.Name)
		out = append(out, a.Aliases...)
	}
	return out
}

// resolve maps a model actor name onto an actor of the output, adding the
// model's actor when the rules do not have it.
func (m *merger) resolve(name string) string {
	for _, n := range m.names(name) {
		if r := m.byName[domain.NormalizeName(n)]; r != "" {
			return r
		}
	}
	a, ok := m.model[domain.NormalizeName(name)]
	if !ok {
		a = domain.ActorFact{Name: name, Kind: domain.KindPerson}
	}
	m.out.Actors = append(m.out.Actors, a)
	m.index(a)
	m.added["actors"]++
	return a.Name
}

// named reports whether every actor is named in the evidence sentence, by
// any of its names (or, for a person, the surname).
func (m *merger) named(ev domain.Evidence, actors ...string) bool {
	sentence := strings.ToLower(ev.Sentence)
	for _, a := range actors {
		found := false
		for _, n := range m.names(a) {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" && words.Contains(sentence, n) {
				found = true
				break
			}
			if ws := strings.Fields(n); len(ws) > 1 && words.Contains(sentence, ws[len(ws)-1]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// located reports whether the evidence is a sentence the model copied from
// the text, not one the model extractor guessed from the actors' names.
func located(ev domain.Evidence) bool { return ev.Confidence >= 0.7 }

func (m *merger) reject(reason string) { m.rejected[reason]++ }

func (m *merger) rejectAll(n int, reason string) {
	if n > 0 {
		m.rejected[reason] += n
	}
}

// check applies what every model fact must pass; reason is "" when it does.
func (m *merger) check(ev domain.Evidence, actors ...string) string {
	switch {
	case !located(ev):
		return "its evidence sentence is not in the article"
	case !m.named(ev, actors...):
		return "an actor it names is not named in its sentence"
	}
	return ""
}

func overlaps(a, b domain.Evidence) bool { return a.Start < b.End && b.Start < a.End }

// The words by which a news sentence tells of a meeting, and of a change of
// position. A model fact whose sentence has none of them is a reading the
// sentence does not support (a small model calls any co-mention a meeting).
var (
	meetingWords = []string{"met", "meet", "meets", "meeting", "meetings", "talks", "talked", "summit", "sat down",
		"spoke with", "spoke to", "call with", "phone call", "hosted", "received", "visited", "visit", "discussed",
		"conferred", "encounter", "sidelines", "held talks", "welcomed"}
	shiftWords = []string{"shift", "shifted", "shifts", "reversal", "reversed", "reverses", "u-turn", "about-face",
		"changed", "change of", "no longer", "backtracked", "softened", "hardened", "turned against", "flip",
		"flipped", "pivot", "pivoted", "abandoned", "dropped", "now backs", "now supports", "once", "previously"}
)

// says reports whether the sentence has one of the words.
func says(ev domain.Evidence, cues []string) bool {
	s := strings.ToLower(ev.Sentence)
	return slices.ContainsFunc(cues, func(w string) bool { return words.Contains(s, w) })
}

func (m *merger) meetings(in []domain.MeetingFact) {
	for _, x := range in {
		if r := m.check(x.Evidence, x.Participants...); r != "" {
			m.reject(r)
			continue
		}
		if !says(x.Evidence, meetingWords) {
			m.reject("its sentence does not tell of a meeting")
			continue
		}
		if slices.ContainsFunc(m.out.Meetings, func(b domain.MeetingFact) bool { return overlaps(b.Evidence, x.Evidence) }) {
			m.reject("the rules found it")
			continue
		}
		for i, p := range x.Participants {
			x.Participants[i] = m.resolve(p)
		}
		m.out.Meetings = append(m.out.Meetings, x)
		m.added["meetings"]++
	}
}

// statements adds quotes only: a paraphrase cannot be checked against the
// text, and reported speech is what the rules do well.
func (m *merger) statements(in []domain.StatementFact) {
	for _, x := range in {
		if x.Quote == "" {
			m.reject("a statement without a quote")
			continue
		}
		if !strings.Contains(m.text, x.Quote) {
			m.reject("its quote is not verbatim in the article")
			continue
		}
		if r := m.check(x.Evidence, x.Speaker); r != "" {
			m.reject(r)
			continue
		}
		if slices.ContainsFunc(m.out.Statements, func(b domain.StatementFact) bool {
			return overlaps(b.Evidence, x.Evidence) && (b.Quote == "" || strings.Contains(b.Quote, x.Quote) || strings.Contains(x.Quote, b.Quote))
		}) {
			m.reject("the rules found it")
			continue
		}
		x.Speaker = m.resolve(x.Speaker)
		x.OnBehalfOf, x.Target, x.About = "", "", nil // unchecked references
		m.out.Statements = append(m.out.Statements, x)
		m.added["statements"]++
	}
}

func (m *merger) interactions(in []domain.InteractionFact) {
	for _, x := range in {
		if r := m.check(x.Evidence, x.Source, x.Target); r != "" {
			m.reject(r)
			continue
		}
		if slices.ContainsFunc(m.out.Interactions, func(b domain.InteractionFact) bool { return overlaps(b.Evidence, x.Evidence) }) {
			m.reject("the rules found it")
			continue
		}
		x.Source, x.Target = m.resolve(x.Source), m.resolve(x.Target)
		if x.Source == x.Target {
			m.reject("an actor acting on itself")
			continue
		}
		m.out.Interactions = append(m.out.Interactions, x)
		m.added["interactions"]++
	}
}

func (m *merger) policyShifts(in []domain.PolicyShiftFact) {
	for _, x := range in {
		if r := m.check(x.Evidence, x.Actor); r != "" {
			m.reject(r)
			continue
		}
		if !says(x.Evidence, shiftWords) {
			m.reject("its sentence does not tell of a change of position")
			continue
		}
		if slices.ContainsFunc(m.out.PolicyShifts, func(b domain.PolicyShiftFact) bool { return overlaps(b.Evidence, x.Evidence) }) {
			m.reject("the rules found it")
			continue
		}
		x.Actor = m.resolve(x.Actor)
		if x.OnActor != "" {
			if m.named(x.Evidence, x.OnActor) {
				x.OnActor = m.resolve(x.OnActor)
			} else {
				x.OnActor = ""
			}
		}
		m.out.PolicyShifts = append(m.out.PolicyShifts, x)
		m.added["policy shifts"]++
	}
}

// summary is the warning that reports what the model added and rejected.
func (m *merger) summary() string {
	return fmt.Sprintf("hybrid: the model added %s; rejected %s", counts(m.added), counts(m.rejected))
}

func counts(c map[string]int) string {
	if len(c) == 0 {
		return "nothing"
	}
	keys := make([]string, 0, len(c))
	total := 0
	for k, n := range c {
		keys = append(keys, k)
		total += n
	}
	sort.Slice(keys, func(i, j int) bool { return c[keys[i]] > c[keys[j]] || c[keys[i]] == c[keys[j]] && keys[i] < keys[j] })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", c[k], k)
	}
	return fmt.Sprintf("%d (%s)", total, strings.Join(parts, ", "))
}
