package score

import (
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The fact types Score reports, in the order Result.String prints them.
const (
	TypeActors       = "actors"
	TypeNotActors    = "not_actors" // Extracted: names extracted as actors that must not be; Matched: names avoided
	TypeStatements   = "statements"
	TypeParaphrases  = "paraphrases"
	TypeMeetings     = "meetings"
	TypeInteractions = "interactions"
	TypePolicyShifts = "policy_shifts"
	TypeOtherEvents  = "other_events"
	TypeEvents       = "all_events" // statements … other_events summed
)

// Types lists the rows of a Result in print order.
var Types = []string{TypeActors, TypeNotActors, TypeStatements, TypeParaphrases,
	TypeMeetings, TypeInteractions, TypePolicyShifts, TypeOtherEvents, TypeEvents}

// PR is precision and recall for one fact type. Expected counts required
// (non-optional) expected entries; Extracted counts extracted facts except
// those that matched an optional entry; Matched counts required entries
// paired with an extracted fact. With nothing extracted, precision is 1 if
// nothing was expected and 0 otherwise; with nothing expected, recall is 1.
type PR struct {
	Expected, Extracted, Matched int
	Precision, Recall            float64
}

// Result is the score of one article (or, after Add, of several).
type Result struct {
	ByType map[string]PR
	// Misses are human-readable: "statements: missed …" for expected
	// entries nobody extracted, "statements: unexpected …" for extracted
	// facts no entry accounts for, "not_actors: extracted …" for violations.
	Misses []string
}

// Add sums other into r, for a score over several articles.
func (r *Result) Add(other Result) {
	if r.ByType == nil {
		r.ByType = map[string]PR{}
	}
	for t, p := range other.ByType {
		q := r.ByType[t]
		if t == TypeNotActors {
			r.ByType[t] = avoided(q.Expected+p.Expected, q.Extracted+p.Extracted)
			continue
		}
		r.ByType[t] = ratios(q.Expected+p.Expected, q.Extracted+p.Extracted, q.Matched+p.Matched)
	}
	r.Misses = append(r.Misses, other.Misses...)
}

// ratios fills in precision and recall from the counts.
func ratios(expected, extracted, matched int) PR {
	p := PR{Expected: expected, Extracted: extracted, Matched: matched, Precision: 1, Recall: 1}
	if extracted > 0 {
		p.Precision = float64(matched) / float64(extracted)
	} else if expected > 0 {
		p.Precision = 0
	}
	if expected > 0 {
		p.Recall = float64(matched) / float64(expected)
	}
	return p
}

// String renders the result as a fixed-width table.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %8s %9s %7s %9s %6s\n", "type", "expected", "extracted", "matched", "precision", "recall")
	for _, t := range Types {
		p, ok := r.ByType[t]
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "%-14s %8d %9d %7d %9.2f %6.2f\n", t, p.Expected, p.Extracted, p.Matched, p.Precision, p.Recall)
	}
	return b.String()
}

// Score compares an extractor's facts for one article with the expected
// facts, type by type, each fact matching at most one expected entry.
func Score(exp Expected, got domain.FactSet) Result {
	g := goldFacts(exp)
	s := scorer{exp: exp, gold: g, got: got, ix: newActorIndex(g.actors, got.Actors),
		res: Result{ByType: map[string]PR{}}}
	s.actors()
	s.notActors()
	s.statements()
	s.paraphrases()
	s.meetings()
	s.interactions()
	s.policyShifts()
	s.otherEvents()
	var e, x, m int
	for _, t := range Types[2 : len(Types)-1] {
		p := s.res.ByType[t]
		e, x, m = e+p.Expected, x+p.Extracted, m+p.Matched
	}
	s.res.ByType[TypeEvents] = ratios(e, x, m)
	sort.Strings(s.res.Misses)
	return s.res
}

// scorer holds one Score call.
type scorer struct {
	exp  Expected
	gold gold // exp in the domain's vocabulary
	got  domain.FactSet
	ix   actorIndex
	res  Result
}

// tally pairs the required expected entries with extracted facts first,
// then lets optional entries absorb what is left (so they count neither
// way), and records the counts and the misses. ok says whether expected
// entry e and extracted fact g match; describe renders a fact of either
// side for Misses.
func tally[T any](s *scorer, typ string, exp []entry[T], got []T, ok func(e, g int) bool, describe func(T) string) {
	taken := make([]bool, len(got))
	var required, optionals []int
	for e := range exp {
		if exp[e].optional {
			optionals = append(optionals, e)
		} else {
			required = append(required, e)
		}
	}
	matched := 0
	pair := matching(len(required), len(got), func(e, g int) bool { return ok(required[e], g) }, taken)
	for e, g := range pair {
		if g >= 0 {
			taken[g] = true
			matched++
		} else {
			s.miss("%s: missed %s", typ, describe(exp[required[e]].fact))
		}
	}
	absorbed := 0
	for _, g := range matching(len(optionals), len(got), func(e, g int) bool { return ok(optionals[e], g) }, taken) {
		if g >= 0 {
			taken[g] = true
			absorbed++
		}
	}
	for g := range got {
		if !taken[g] {
			s.miss("%s: unexpected %s", typ, describe(got[g]))
		}
	}
	s.res.ByType[typ] = ratios(len(required), len(got)-absorbed, matched)
}

func (s *scorer) miss(format string, args ...any) {
	s.res.Misses = append(s.res.Misses, fmt.Sprintf(format, args...))
}

// short cuts long text for Misses.
func short(text string) string {
	text = foldText(text)
	if r := []rune(text); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return text
}

// dateString renders an optional extracted date for Misses.
func dateString(d *domain.FuzzyDate) string {
	if d == nil || d.IsZero() {
		return "-"
	}
	return d.String()
}
