package rules

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// TestPublisherAndItsProductsAreNoActors: the publisher named bare as a
// source ("HW confirmed") and a newsletter or programme whose name opens
// with the publisher's ("Harbour Wire Morning Brief") are no actors; a
// body whose name opens with a publisher named by one common English word
// ("Independent Police Complaints Commission" in the Independent's story) stays one.
func TestPublisherAndItsProductsAreNoActors(t *testing.T) {
	cases := []struct {
		publisher, text string
		gone, kept      []string
	}{
		{"Harbour Wire (HW)",
			"Senator Paul Ortega met Governor Lena Dahl on Monday, HW confirmed. Harbour Wire Morning Brief first reported the meeting.\n\n\"We agreed on the budget,\" Ortega said.",
			[]string{"HW", "Harbour Wire Morning Brief"}, []string{"Paul Ortega", "Lena Dahl"}},
		{"The Independent",
			"The Independent Police Complaints Commission said on Monday it would investigate Senator Paul Ortega.",
			nil, []string{"Independent Police Complaints Commission", "Paul Ortega"}},
	}
	for _, c := range cases {
		a := domain.Article{ID: "p", Text: "Budget agreed\n\n" + c.text, Publisher: c.publisher, PublishedAt: published}
		fs, err := New().Extract(context.Background(), a, extract.Gazetteer{})
		if err != nil {
			t.Fatal(err)
		}
		names := namesOf(fs)
		for _, g := range c.gone {
			if names[g] {
				t.Errorf("%s: %q is an actor: %v", c.publisher, g, names)
			}
		}
		for _, k := range c.kept {
			if !names[k] {
				t.Errorf("%s: no actor %q: %v", c.publisher, k, names)
			}
		}
	}
}

// TestInstrumentsAreNoActors: a facility, scheme or strategy a body runs
// is no actor; the body is.
func TestInstrumentsAreNoActors(t *testing.T) {
	fs := extractText(t, "Budget agreed\n\nThe Ruritanian Treasury launched the Global Harbour Finance Facility on Monday, and the Coastal Workers Pension Scheme was closed.")
	for _, a := range fs.Actors {
		if a.Name == "Global Harbour Finance Facility" || a.Name == "Coastal Workers Pension Scheme" {
			t.Errorf("%q is an actor: %+v", a.Name, fs.Actors)
		}
	}
}
