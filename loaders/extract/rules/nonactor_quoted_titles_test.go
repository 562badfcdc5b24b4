package rules

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// TestProgrammeTitlesAndOwnStaffAreNoActors: a person a quoted programme
// title is named after, the publisher's own analyst (its name or the
// acronym its name gives in brackets before the job) and the writer's
// companion ("photographer X and I") are not actors; an expert of a body
// and the publisher's photographer in the news are.
func TestProgrammeTitlesAndOwnStaffAreNoActors(t *testing.T) {
	text := "Nomination in doubt\n\n" +
		"Senator Paul Ortega, appearing on the network's program, \"This Week With Dana Brill,\" said the nomination was in trouble.\n\n" +
		"\"The trial will be long,\" says HW Balkans expert Mira Kovac. A UN rights expert, Lena Dahl, said the court was ready.\n\n" +
		"Earlier, photographer Tomas Ruiz and I met the senator. HW photographer Ivo Petrov was wounded in the attack on Monday."
	a := domain.Article{ID: "p", Text: text, Publisher: "Harbour Wire (HW)", PublishedAt: published}
	fs, err := New().Extract(context.Background(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	names := namesOf(fs)
	for _, gone := range []string{"Dana Brill", "Mira Kovac", "Tomas Ruiz"} {
		if names[gone] {
			t.Errorf("%q is an actor: %v", gone, names)
		}
	}
	for _, want := range []string{"Paul Ortega", "Lena Dahl", "Ivo Petrov"} {
		if !names[want] {
			t.Errorf("no actor %q: %v", want, names)
		}
	}
	for _, s := range fs.Statements {
		if s.Speaker == "Mira Kovac" {
			t.Errorf("the publisher's analyst's words are a statement: %+v", s)
		}
	}
}

// TestBracketedPublisherPlaceIsNoShortName: "Daily Ledger (Ruritania)"
// names where the paper is, not a short form of it.
func TestBracketedPublisherPlaceIsNoShortName(t *testing.T) {
	r := newRegistry(nil, "Daily Ledger (Ruritania)")
	if r.isPublisher("Ruritania") {
		t.Error("Ruritania read as the publisher")
	}
	r = newRegistry(nil, "Harbour Wire (HW)")
	if !r.isPublisher("HW") || !r.isPublisher("Harbour Wire") {
		t.Error("HW and Harbour Wire should both be the publisher")
	}
}
