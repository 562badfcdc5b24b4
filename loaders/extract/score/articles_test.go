package score

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// articlesDir holds the project's own test articles, each NAME.txt,
// NAME.json and NAME.expected.json.
const articlesDir = "../../testdata/articles"

// TestArticlesWellFormed checks every expected file of the test corpus:
// it validates (actors listed, dates parse, kinds known), its quotes and
// quoted texts occur in the article, its publication day agrees with the
// metadata, and the article has the length of a wire story.
func TestArticlesWellFormed(t *testing.T) {
	cases, err := LoadCorpus(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 6 {
		t.Errorf("corpus has %d articles, want at least 6", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if err := c.Expected.Validate(); err != nil {
				t.Error(err)
			}
			if got := c.Article.PublishedAt.Format("2006-01-02"); got != c.Expected.PublishedAt {
				t.Errorf("published_at %q, metadata says %s", c.Expected.PublishedAt, got)
			}
			if n := len(strings.Fields(c.Article.Text)); n < 400 || n > 950 {
				t.Errorf("article has %d words, want 400-900", n)
			}
			for where, s := range textsOf(c.Expected) {
				if !strings.Contains(foldText(c.Article.Text), foldText(s)) {
					t.Errorf("%s: %q is not in the article text", where, s)
				}
			}
		})
	}
}

// textsOf returns the expected texts that quote the article verbatim.
func textsOf(e Expected) map[string]string {
	out := map[string]string{}
	add := func(where, s string) {
		if s != "" {
			out[where+": "+short(s)] = s
		}
	}
	for _, s := range e.Statements {
		add("statement", s.Quote)
	}
	for _, p := range e.Paraphrases {
		add("paraphrase", p.Text)
	}
	for _, m := range e.Meetings {
		add("meeting", m.Text)
	}
	for _, p := range e.PolicyShifts {
		add("policy shift", p.Text)
	}
	for _, o := range e.OtherEvents {
		add("other event", o.Text)
	}
	return out
}

// TestIdealFactSetScoresPerfectly turns each expected file into the
// FactSet a perfect extractor would return and checks that it scores 1 on
// every type: the matching rules accept the ground truth they define.
func TestIdealFactSetScoresPerfectly(t *testing.T) {
	cases, err := LoadCorpus(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	seed, err := LoadCase(seedExpected)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append(cases, seed) {
		t.Run(c.Name, func(t *testing.T) {
			r := Score(c.Expected, ideal(t, c.Expected))
			for typ, p := range r.ByType {
				if p.Precision != 1 || p.Recall != 1 {
					t.Errorf("%s = %+v", typ, p)
				}
			}
			if len(r.Misses) > 0 {
				t.Errorf("misses:\n%s", strings.Join(r.Misses, "\n"))
			}
		})
	}
}

// ideal builds the FactSet that states exactly the expected facts.
func ideal(t *testing.T, e Expected) domain.FactSet {
	when := func(d *string) *domain.FuzzyDate {
		if d == nil {
			return nil
		}
		f, err := domain.ParseFuzzyDate(*d)
		if err != nil {
			t.Fatal(err)
		}
		return &f
	}
	var set domain.FactSet
	for _, a := range e.Actors {
		set.Actors = append(set.Actors, domain.ActorFact{Name: a.Name, Kind: domain.ActorKind(a.Kind), Aliases: a.Aliases})
	}
	for _, s := range e.Statements {
		set.Statements = append(set.Statements, domain.StatementFact{Speaker: s.Speaker, OnBehalfOf: s.OnBehalfOf, Quote: s.Quote, When: when(s.Date)})
	}
	for _, p := range e.Paraphrases {
		set.Statements = append(set.Statements, domain.StatementFact{Speaker: p.Speaker, Paraphrase: p.Text, When: when(p.Date)})
	}
	for _, m := range e.Meetings {
		set.Meetings = append(set.Meetings, domain.MeetingFact{Participants: m.Participants, When: when(m.Date)})
	}
	for _, i := range e.Interactions {
		set.Interactions = append(set.Interactions, domain.InteractionFact{Source: i.Source, Target: i.Target, Kind: domain.InteractionKind(i.Kind), When: when(i.Date)})
	}
	for _, p := range e.PolicyShifts {
		set.PolicyShifts = append(set.PolicyShifts, domain.PolicyShiftFact{Actor: p.Actor, Topic: p.Topic, When: when(p.Date), Evidence: domain.Evidence{Sentence: p.Text}})
	}
	for _, o := range e.OtherEvents {
		actors := []string(o.Actor)
		set.OtherEvents = append(set.OtherEvents, domain.OtherEventFact{Type: domain.EventType(o.Kind), Actors: actors, Title: o.Text, When: when(o.Date)})
	}
	return set
}
