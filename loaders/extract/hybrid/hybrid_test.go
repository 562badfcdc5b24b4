package hybrid

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/llm"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// fixedModel is a model extractor that proposes the same facts every time.
type fixedModel struct {
	facts domain.FactSet
	err   error
}

func (fixedModel) Name() string { return "llm/fixed" }
func (m fixedModel) Extract(context.Context, domain.Article, extract.Gazetteer) (domain.FactSet, error) {
	return m.facts, m.err
}

const text = `Harbour talks

Veltrana's Fisheries Minister Anika Morrow met Corvinian envoy Tomas Reyes in Port Ellis on Tuesday.

Over dinner, Morrow and Reyes sat down together with the harbour board.

"We will not sign an agreement that empties our waters," Morrow told reporters.

Later, Reyes turned against the joint patrol plan he had once backed.

Morrow criticised Reyes over the quota plan.
`

func article() domain.Article {
	a := domain.Article{Text: text, PublishedAt: time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)}
	a.Seal()
	return a
}

// sentence is model evidence located at the sentence containing part.
func sentence(t *testing.T, part string, confidence float64) domain.Evidence {
	t.Helper()
	rs := []rune(text)
	i := strings.Index(text, part)
	if i < 0 {
		t.Fatalf("%q not in the text", part)
	}
	start := len([]rune(text[:i]))
	for start > 0 && rs[start-1] != '\n' {
		start--
	}
	end := start
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	return domain.Evidence{Sentence: string(rs[start:end]), Start: start, End: end, Extractor: "llm/fixed", Confidence: confidence}
}

func TestModelFactsAreCheckedBeforeTheyAreAdded(t *testing.T) {
	people := []domain.ActorFact{{Name: "Anika Morrow", Kind: domain.KindPerson}, {Name: "Tomas Reyes", Kind: domain.KindPerson},
		{Name: "Harbour Board", Kind: domain.KindOrganization}, {Name: "Ghost", Kind: domain.KindPerson}}
	proposed := domain.FactSet{
		Actors: people,
		Meetings: []domain.MeetingFact{
			{Participants: []string{"Anika Morrow", "Tomas Reyes"}, Evidence: sentence(t, "sat down together", 0.7)},   // new: kept
			{Participants: []string{"Anika Morrow", "Ghost"}, Evidence: sentence(t, "sat down together", 0.7)},         // Ghost not in the sentence
			{Participants: []string{"Anika Morrow", "Tomas Reyes"}, Evidence: sentence(t, "We will not sign", 0.5)},    // guessed evidence
			{Participants: []string{"Anika Morrow", "Tomas Reyes"}, Evidence: sentence(t, "met Corvinian envoy", 0.7)}, // the rules have it
			{Participants: []string{"Anika Morrow", "Tomas Reyes"}, Evidence: sentence(t, "criticised Reyes", 0.7)},    // no meeting told
		},
		Statements: []domain.StatementFact{
			{Speaker: "Anika Morrow", Quote: "We will not sign a deal", Evidence: sentence(t, "We will not sign", 0.7)}, // not verbatim
			{Speaker: "Tomas Reyes", Paraphrase: "He backed patrols", Evidence: sentence(t, "turned against", 0.7)},     // no quote
		},
		PolicyShifts: []domain.PolicyShiftFact{
			{Actor: "Tomas Reyes", Topic: "joint patrols", Evidence: sentence(t, "turned against", 0.7)},
		},
	}
	x := New(rules.New(), fixedModel{facts: proposed})
	base, err := rules.New().Extract(context.Background(), article(), extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := x.Extract(context.Background(), article(), extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Meetings) != len(base.Meetings)+1 {
		t.Errorf("meetings: rules %d, hybrid %d; want one added", len(base.Meetings), len(got.Meetings))
	}
	if len(got.Statements) != len(base.Statements) {
		t.Errorf("statements: rules %d, hybrid %d; want none added", len(base.Statements), len(got.Statements))
	}
	shiftAdded := len(got.PolicyShifts) > len(base.PolicyShifts)
	for _, n := range []string{"Ghost", "Harbour Board"} {
		for _, a := range got.Actors {
			if a.Name == n {
				t.Errorf("actor %q was added though no kept fact names it", n)
			}
		}
	}
	for _, m := range got.Meetings[len(base.Meetings):] {
		if m.Evidence.Extractor != "llm/fixed" || !strings.Contains(m.Evidence.Sentence, "sat down together") {
			t.Errorf("added meeting = %+v", m)
		}
	}
	summary := got.Warnings[len(got.Warnings)-1]
	for _, want := range []string{"hybrid: the model added", "not named in its sentence", "not verbatim", "without a quote", "not in the article", "does not tell of a meeting"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary %q lacks %q", summary, want)
		}
	}
	t.Logf("rules: %d meetings, %d shifts; hybrid: %d meetings, %d shifts (shift added: %v); %s",
		len(base.Meetings), len(base.PolicyShifts), len(got.Meetings), len(got.PolicyShifts), shiftAdded, summary)
}

func TestUnusableAnswerLeavesTheRulesFacts(t *testing.T) {
	base, _ := rules.New().Extract(context.Background(), article(), extract.Gazetteer{})
	for _, cause := range []error{llm.ErrCutOff, llm.ErrNotJSON, llm.ErrNotSchema, llm.ErrEmptyAnswer} {
		x := New(rules.New(), fixedModel{err: fmt.Errorf("llm endpoint http://127.0.0.1:1: %w", cause)})
		got, err := x.Extract(context.Background(), article(), extract.Gazetteer{})
		if err != nil || len(got.Statements) != len(base.Statements) || !strings.Contains(strings.Join(got.Warnings, "\n"), "the model added nothing") {
			t.Errorf("%v: err %v, warnings %q", cause, err, got.Warnings)
		}
	}
	x := New(rules.New(), fixedModel{err: domain.Unavailable(errors.New("refused"), "llm endpoint http://127.0.0.1:1 unreachable")})
	if _, err := x.Extract(context.Background(), article(), extract.Gazetteer{}); err == nil {
		t.Error("an unreachable endpoint did not fail the article")
	}
}
