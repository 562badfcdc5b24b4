package score

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

func date(s string) *string { return &s }

func day(y, m, d int) *domain.FuzzyDate {
	f := domain.Day(y, time.Month(m), d)
	return &f
}

func month(y, m int) *domain.FuzzyDate {
	f := domain.Month(y, time.Month(m))
	return &f
}

// fixture is a small expected file about an invented trade dispute.
func fixture() Expected {
	return Expected{
		Actors: []ExpectedActor{
			{Name: "Ana Ferreira", Kind: "PERSON", Aliases: []string{"Ferreira", "the trade minister"}},
			{Name: "Kenji Morita", Kind: "PERSON", Aliases: []string{"Morita"}},
			{Name: "Lina Sato", Kind: "PERSON", Aliases: []string{"Sato", "ministry spokeswoman Lina Sato"}},
			{Name: "Brazil", Kind: "COUNTRY", Aliases: []string{"Brasília"}},
			{Name: "Japan", Kind: "COUNTRY", Aliases: []string{"Tokyo"}},
			{Name: "WTO", Kind: "ORGANIZATION", Aliases: []string{"World Trade Organization"}, Optional: true},
		},
		NotActors: []string{"Paulo Lima", "Agência Sul"},
		Statements: []ExpectedStatement{
			{Speaker: "Ana Ferreira", Date: date("2025-09-23"), Quote: "These tariffs are a tax on our farmers and we will answer them,"},
			{Speaker: "Lina Sato", OnBehalfOf: "Kenji Morita", Quote: "The minister regrets the tone of these remarks."},
			{Speaker: "Kenji Morita", Quote: "fair and open", Optional: true},
		},
		Paraphrases: []ExpectedParaphrase{
			{Speaker: "Kenji Morita", Text: "said Tokyo was ready to return to the negotiating table in Geneva"},
		},
		Meetings: []ExpectedMeeting{
			{Participants: []string{"Ana Ferreira", "Kenji Morita"}, Date: date("2025-02")},
			{Participants: []string{"Ana Ferreira", "Lina Sato"}, Date: nil},
		},
		Interactions: []ExpectedInteraction{
			{Source: "Ana Ferreira", Target: "Japan", Kind: "ACCUSE", Date: date("2025-09-23")},
		},
		PolicyShifts: []ExpectedPolicyShift{
			{Actor: "Japan", Topic: "beef imports", Date: date("2025"), Text: "Tokyo reversed course on beef imports early this year after months of insisting on quotas"},
		},
		OtherEvents: []ExpectedOtherEvent{
			{Kind: "ELECTION", Actor: ActorNames{"Brazil"}, Date: date("2025-10-05"), Text: "Brazil votes on Sunday"},
		},
	}
}

// actorsFor lists the extracted actors the fact sets below refer to.
func actorsFor() []domain.ActorFact {
	return []domain.ActorFact{
		{Name: "Ana Ferreira", Kind: domain.KindPerson, Aliases: []string{"Ferreira"}},
		{Name: "Kenji Morita", Kind: domain.KindPerson, Aliases: []string{"Morita", "Japan's trade chief"}},
		{Name: "Lina Sato", Kind: domain.KindPerson},
		{Name: "Japan", Kind: domain.KindCountry, Aliases: []string{"Tokyo"}},
		{Name: "Brazil", Kind: domain.KindCountry},
	}
}

func TestScoreStatements(t *testing.T) {
	tests := []struct {
		name    string
		facts   []domain.StatementFact
		matched int
		extr    int
	}{
		{"exact with curly quotes and NBSP", []domain.StatementFact{
			{Speaker: "Ferreira", When: day(2025, 9, 23), Quote: "“These tariffs are a tax on our\u00a0farmers and we will answer them,”"},
		}, 1, 1},
		{"contained, over 80%", []domain.StatementFact{
			{Speaker: "Ana Ferreira", When: day(2025, 9, 23), Quote: "These tariffs are a tax on our farmers and we will answer them"},
		}, 1, 1},
		{"short quote under 80%", []domain.StatementFact{
			{Speaker: "Ana Ferreira", When: day(2025, 9, 23), Quote: "These tariffs are a tax on our farmers"},
		}, 0, 1},
		{"wrong speaker", []domain.StatementFact{
			{Speaker: "Morita", When: day(2025, 9, 23), Quote: "These tariffs are a tax on our farmers and we will answer them,"},
		}, 0, 1},
		{"wrong day", []domain.StatementFact{
			{Speaker: "Ana Ferreira", When: day(2025, 9, 24), Quote: "These tariffs are a tax on our farmers and we will answer them,"},
		}, 0, 1},
		{"date missing when expected", []domain.StatementFact{
			{Speaker: "Ana Ferreira", Quote: "These tariffs are a tax on our farmers and we will answer them,"},
		}, 0, 1},
		{"duplicate counts once", []domain.StatementFact{
			{Speaker: "Ana Ferreira", When: day(2025, 9, 23), Quote: "These tariffs are a tax on our farmers and we will answer them,"},
			{Speaker: "Ferreira", When: day(2025, 9, 23), Quote: "These tariffs are a tax on our farmers and we will answer them"},
		}, 1, 2},
		{"on behalf of, speaker via extracted alias", []domain.StatementFact{
			{Speaker: "Lina Sato", OnBehalfOf: "Japan's trade chief", Quote: "The minister regrets the tone of these remarks."},
		}, 1, 1},
		{"wrong principal", []domain.StatementFact{
			{Speaker: "Lina Sato", OnBehalfOf: "Ana Ferreira", Quote: "The minister regrets the tone of these remarks."},
		}, 0, 1},
		{"optional counts neither way", []domain.StatementFact{
			{Speaker: "Morita", Quote: "fair and open"},
		}, 0, 0},
		{"paraphrase-only facts are not quotes", []domain.StatementFact{
			{Speaker: "Morita", Paraphrase: "Tokyo was ready to talk"},
		}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(fixture(), domain.FactSet{Actors: actorsFor(), Statements: tc.facts})
			p := r.ByType[TypeStatements]
			if p.Matched != tc.matched || p.Extracted != tc.extr || p.Expected != 2 {
				t.Errorf("statements = %+v, want matched %d extracted %d expected 2\n%s", p, tc.matched, tc.extr, strings.Join(r.Misses, "\n"))
			}
		})
	}
}

func TestScoreOtherTypes(t *testing.T) {
	tests := []struct {
		name    string
		typ     string
		set     domain.FactSet
		matched int
	}{
		{"paraphrase overlaps", TypeParaphrases, domain.FactSet{Statements: []domain.StatementFact{
			{Speaker: "Morita", Paraphrase: "Tokyo was ready to return to the negotiating table in Geneva"}}}, 1},
		{"paraphrase of another thing", TypeParaphrases, domain.FactSet{Statements: []domain.StatementFact{
			{Speaker: "Morita", Paraphrase: "Tokyo would raise tariffs on steel"}}}, 0},
		{"paraphrase buried in a paragraph", TypeParaphrases, domain.FactSet{Statements: []domain.StatementFact{
			{Speaker: "Morita", Paraphrase: "Tokyo was ready to return to the negotiating table in Geneva, " +
				"although farmers' unions, exporters, opposition lawmakers and several regional governors " +
				"have demanded compensation packages, emergency subsidies, lower fuel prices and new credit lines before any deal"}}}, 0},
		{"meeting same set, aliases", TypeMeetings, domain.FactSet{Meetings: []domain.MeetingFact{
			{Participants: []string{"Morita", "Ferreira", "Kenji Morita"}, When: month(2025, 2)}}}, 1},
		{"meeting wrong month", TypeMeetings, domain.FactSet{Meetings: []domain.MeetingFact{
			{Participants: []string{"Morita", "Ferreira"}, When: month(2025, 3)}}}, 0},
		{"meeting day where month expected", TypeMeetings, domain.FactSet{Meetings: []domain.MeetingFact{
			{Participants: []string{"Morita", "Ferreira"}, When: day(2025, 2, 3)}}}, 0},
		{"meeting extra participant", TypeMeetings, domain.FactSet{Meetings: []domain.MeetingFact{
			{Participants: []string{"Ferreira", "Lina Sato", "Japan"}}}}, 0},
		{"meeting undated is not checked", TypeMeetings, domain.FactSet{Meetings: []domain.MeetingFact{
			{Participants: []string{"Ferreira", "Lina Sato"}, When: day(2025, 9, 1)}}}, 1},
		{"interaction", TypeInteractions, domain.FactSet{Interactions: []domain.InteractionFact{
			{Source: "Ferreira", Target: "Tokyo", Kind: domain.InteractAccuse, When: day(2025, 9, 23)}}}, 1},
		{"interaction wrong kind", TypeInteractions, domain.FactSet{Interactions: []domain.InteractionFact{
			{Source: "Ferreira", Target: "Tokyo", Kind: domain.InteractCriticize, When: day(2025, 9, 23)}}}, 0},
		{"interaction reversed", TypeInteractions, domain.FactSet{Interactions: []domain.InteractionFact{
			{Source: "Tokyo", Target: "Ferreira", Kind: domain.InteractAccuse, When: day(2025, 9, 23)}}}, 0},
		{"policy shift", TypePolicyShifts, domain.FactSet{PolicyShifts: []domain.PolicyShiftFact{
			{Actor: "Tokyo", Topic: "beef", When: &[]domain.FuzzyDate{domain.Year(2025)}[0],
				Evidence: domain.Evidence{Sentence: "Tokyo reversed course on beef imports early this year after months of insisting on quotas."}}}}, 1},
		{"policy shift wrong actor", TypePolicyShifts, domain.FactSet{PolicyShifts: []domain.PolicyShiftFact{
			{Actor: "Brazil", When: &[]domain.FuzzyDate{domain.Year(2025)}[0],
				Evidence: domain.Evidence{Sentence: "Tokyo reversed course on beef imports early this year after months of insisting on quotas."}}}}, 0},
		{"policy shift other sentence", TypePolicyShifts, domain.FactSet{PolicyShifts: []domain.PolicyShiftFact{
			{Actor: "Japan", When: &[]domain.FuzzyDate{domain.Year(2025)}[0],
				Evidence: domain.Evidence{Sentence: "Japan hardened its line on steel."}}}}, 0},
		{"election", TypeOtherEvents, domain.FactSet{OtherEvents: []domain.OtherEventFact{
			{Type: domain.TypeElection, Actors: []string{"Brazil"}, Title: "general election", When: day(2025, 10, 5)}}}, 1},
		{"election wrong type", TypeOtherEvents, domain.FactSet{OtherEvents: []domain.OtherEventFact{
			{Type: domain.TypeOther, Actors: []string{"Brazil"}, When: day(2025, 10, 5)}}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.set.Actors = actorsFor()
			r := Score(fixture(), tc.set)
			if p := r.ByType[tc.typ]; p.Matched != tc.matched || p.Extracted != 1 {
				t.Errorf("%s = %+v, want matched %d of 1 extracted\n%s", tc.typ, p, tc.matched, strings.Join(r.Misses, "\n"))
			}
		})
	}
}

func TestScoreActors(t *testing.T) {
	set := domain.FactSet{Actors: []domain.ActorFact{
		{Name: "Ana Ferreira"},
		{Name: "Ferreira"},                                           // not merged: a duplicate, counts against precision
		{Name: "World Trade Organization"},                           // optional: neither way
		{Name: "Tokyo", Aliases: []string{"Japan"}},                  // by alias
		{Name: "Paulo Lima", Kind: domain.KindPerson},                // a photo credit
		{Name: "Reuters Agência Sul", Kind: domain.KindOrganization}, // contains a non-actor
	}}
	r := Score(fixture(), set)
	got := r.ByType[TypeActors]
	// Required: Ferreira, Morita, Sato, Brazil, Japan = 5; matched Ferreira, Japan.
	want := PR{Expected: 5, Extracted: 5, Matched: 2, Precision: 0.4, Recall: 0.4}
	if got != want {
		t.Errorf("actors = %+v, want %+v\n%s", got, want, strings.Join(r.Misses, "\n"))
	}
	if na := r.ByType[TypeNotActors]; na.Expected != 2 || na.Extracted != 2 || na.Matched != 0 || na.Precision != 0 {
		t.Errorf("not_actors = %+v, want both violated", na)
	}
	if !containsLine(r.Misses, `not_actors: extracted "Paulo Lima"`) {
		t.Errorf("misses lack the Paulo Lima violation:\n%s", strings.Join(r.Misses, "\n"))
	}
}

func TestResultStringAndAdd(t *testing.T) {
	set := domain.FactSet{Actors: actorsFor(), Interactions: []domain.InteractionFact{
		{Source: "Ferreira", Target: "Tokyo", Kind: domain.InteractAccuse, When: day(2025, 9, 23)},
		{Source: "Ferreira", Target: "Brazil", Kind: domain.InteractPraise},
	}}
	r := Score(fixture(), set)
	var sum Result
	sum.Add(r)
	sum.Add(r)
	p := sum.ByType[TypeInteractions]
	if p.Expected != 2 || p.Extracted != 4 || p.Matched != 2 || p.Precision != 0.5 || p.Recall != 1 {
		t.Errorf("summed interactions = %+v", p)
	}
	table := sum.String()
	for _, want := range []string{"type", "precision", "recall", "interactions          2         4       2      0.50   1.00", "all_events"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if !containsLine(r.Misses, "interactions: unexpected Ferreira PRAISE Brazil") {
		t.Errorf("misses lack the unexpected interaction:\n%s", strings.Join(r.Misses, "\n"))
	}
}

func TestEmptyFactSet(t *testing.T) {
	r := Score(fixture(), domain.FactSet{})
	if p := r.ByType[TypeStatements]; p.Precision != 0 || p.Recall != 0 || p.Expected != 2 {
		t.Errorf("statements on empty = %+v, want 0/0 of 2", p)
	}
	if p := r.ByType[TypeNotActors]; p.Precision != 1 {
		t.Errorf("not_actors on empty = %+v, want all avoided", p)
	}
}

func containsLine(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

// TestOtherEventActorOneOrMany: annotators write an other event's actor as
// one name or as a list of those who acted together; both load.
func TestOtherEventActorOneOrMany(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.gold.json")
	body := `{"actors": [{"name": "Ghana", "kind": "COUNTRY"}, {"name": "Malawi", "kind": "COUNTRY"}],
	 "other_events": [{"kind": "ELECTION", "actor": "Ghana"},
	  {"kind": "ELECTION", "actor": ["Ghana", "Malawi"]}, {"kind": "ELECTION", "actor": null}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := LoadExpected(path)
	if err != nil {
		t.Fatal(err)
	}
	got := [][]string{e.OtherEvents[0].Actor, e.OtherEvents[1].Actor, e.OtherEvents[2].Actor}
	want := [][]string{{"Ghana"}, {"Ghana", "Malawi"}, nil}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("actors %q, want %q", got, want)
	}
	if err := e.Validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
	if err := os.WriteFile(path, []byte(`{"other_events": [{"kind": "ELECTION", "actor": 3}]}`), 0o644); err == nil {
		if _, err := LoadExpected(path); err == nil {
			t.Fatal("a number as actor loaded")
		}
	}
}
