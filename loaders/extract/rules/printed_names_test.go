package rules

import (
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// TestActorsArePrintedByTheArticlesFullestForm: a gazetteer's name the
// story never writes ("United Kingdom", "G7", "European Union") becomes an
// alias and Canonical, and the fullest proper name the story does write
// is printed, by every fact that names the actor; demonyms ("European"),
// capitals ("Beijing") and descriptions ("Chinese officials") never are.
func TestActorsArePrintedByTheArticlesFullestForm(t *testing.T) {
	fs := extractText(t, "Finance ministers meet\n\n"+
		"Finance ministers of the Group of Seven met in Washington on Tuesday. The G-7 agreed to coordinate rates.\n\n"+
		`Britain hosted talks with France on Monday. "We will act together," Britain's finance minister Ann Roe said.`+"\n\n"+
		"Beijing said on Wednesday it would not attend. Chinese officials called the plan unfair.\n\n"+
		"European officials welcomed the accord, and the EU said it would scrap its tariffs on steel.")
	actors := map[string]domain.ActorFact{}
	for _, a := range fs.Actors {
		actors[a.Name] = a
	}
	for printed, canonical := range map[string]string{"Group of Seven": "G7", "Britain": "United Kingdom", "EU": "European Union", "China": ""} {
		a, ok := actors[printed]
		if !ok {
			t.Errorf("no actor printed %q in %+v", printed, fs.Actors)
			continue
		}
		if a.Canonical != canonical || canonical != "" && !slices.Contains(a.Aliases, canonical) {
			t.Errorf("%q: canonical %q, aliases %q; want %q kept as both", printed, a.Canonical, a.Aliases, canonical)
		}
	}
	for _, gone := range []string{"G7", "United Kingdom", "European Union", "European", "Beijing"} {
		if _, ok := actors[gone]; ok {
			t.Errorf("an actor printed %q: %+v", gone, fs.Actors)
		}
	}
	if roe := actors["Ann Roe"]; len(roe.Roles) != 1 || roe.Roles[0].Of != "Britain" {
		t.Errorf("Ann Roe's roles %+v, want one of Britain", roe.Roles)
	}
	if len(fs.Meetings) != 1 || !slices.Equal(fs.Meetings[0].Participants, []string{"Britain", "France"}) {
		t.Errorf("meetings %+v, want Britain and France's talks", fs.Meetings)
	}
	if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != "EU" {
		t.Errorf("shifts %+v, want the EU's", fs.PolicyShifts)
	}
	for _, s := range fs.Statements {
		if _, ok := actors[s.Speaker]; !ok {
			t.Errorf("statement by %q, no actor of that name", s.Speaker)
		}
	}
}

// TestPrintableForms lists the forms that may and may not be a printed
// name.
func TestPrintableForms(t *testing.T) {
	eu := domain.ActorFact{Name: "European Union", Kind: domain.KindOrganization, Aliases: []string{"European", "EU"}}
	tories := domain.ActorFact{Name: "Conservative Party", Kind: domain.KindOrganization, Aliases: []string{"Tory", "Tories", "Conservative"}}
	for _, c := range []struct {
		form string
		a    domain.ActorFact
		want bool
	}{
		{"EU", eu, true}, {"European", eu, false}, {"Tories", tories, true}, {"Tory", tories, false},
		{"Conservative", tories, false}, {"British officials", eu, false}, {"the party", tories, false},
		{"Beijing", domain.ActorFact{Name: "China", Kind: domain.KindCountry}, false},
		{"Group of Seven", domain.ActorFact{Name: "G7", Kind: domain.KindOrganization}, true},
		{"London-based Energy Institute", domain.ActorFact{Name: "Energy Institute", Kind: domain.KindOrganization}, false},
	} {
		if got := printableForm(c.form, c.a); got != c.want {
			t.Errorf("printableForm(%q of %s) = %v, want %v", c.form, c.a.Name, got, c.want)
		}
	}
}
