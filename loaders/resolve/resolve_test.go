package resolve

import (
	"context"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// directory is an in-memory Directory: the actors a graph would hold.
type directory []domain.Actor

func (d directory) ActorsByNames(_ context.Context, names []string) (map[string][]domain.Actor, error) {
	out := map[string][]domain.Actor{}
	for _, n := range names {
		k := domain.NormalizeName(n)
		for _, a := range d {
			for _, form := range append([]string{a.Name}, a.Aliases...) {
				if domain.NormalizeName(form) == k && !slices.ContainsFunc(out[k], func(x domain.Actor) bool { return x.ID == a.ID }) {
					out[k] = append(out[k], a)
				}
			}
		}
	}
	return out, nil
}

// TestDescriptionsResolveInTheArticleButAreNotStored: "the president"
// places the article's own quote on its speaker, but is not kept as an
// alias, so it can never merge a stranger in another article.
func TestDescriptionsResolveInTheArticleButAreNotStored(t *testing.T) {
	fs := domain.FactSet{
		Actors: []domain.ActorFact{{Name: "Ana Duarte", Kind: domain.KindPerson,
			Aliases: []string{"Duarte", "the president", "The president", "President [Ana] Duarte", "his counterpart", "American officials"}}},
		Statements: []domain.StatementFact{{Speaker: "the president", Quote: "We will not yield."}},
	}
	out, err := Resolve(context.Background(), directory{}, fs)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Statements[0].Speaker; got != out.Actors[0].ID {
		t.Errorf("speaker %q, want the actor %q", got, out.Actors[0].ID)
	}
	if got := out.Actors[0].Aliases; !slices.Equal(got, []string{"Duarte"}) {
		t.Errorf("stored aliases %q, want only the proper name [Duarte]", got)
	}
}

// TestTitledNameLandsOnTheKnownActor: "PM Imran Khan" and "President
// Duarte Silva" are the people the graph already knows without the title.
func TestTitledNameLandsOnTheKnownActor(t *testing.T) {
	dir := directory{
		{ID: "imran-khan", Name: "Imran Khan", Kind: domain.KindPerson},
		{ID: "ana-duarte-silva", Name: "Ana Duarte Silva", Kind: domain.KindPerson},
	}
	for name, want := range map[string]string{
		"PM Imran Khan":              "imran-khan",
		"President Ana Duarte Silva": "ana-duarte-silva",
		"Imran Khan":                 "imran-khan",
		"PM Khan":                    "pm-khan", // one word left is no name to link on
	} {
		out, err := Resolve(context.Background(), dir, domain.FactSet{Actors: []domain.ActorFact{{Name: name, Kind: domain.KindPerson}}})
		if err != nil {
			t.Fatal(err)
		}
		if got := out.Actors[0].ID; got != want {
			t.Errorf("%q resolved to %q, want %q", name, got, want)
		}
	}
}

// TestDescriptionIsNoProperName lists what the alias filter keeps.
func TestDescriptionIsNoProperName(t *testing.T) {
	for s, want := range map[string]bool{
		"Duarte": true, "NATO": true, "Osama bin Laden": true, "Bin Laden": true, "PM Imran Khan": true,
		"the president": false, "The prime minister": false, "his Chilean counterpart": false,
		"American officials": false, "President [Donald] Trump": false, "": false,
	} {
		if got := ProperName(s); got != want {
			t.Errorf("ProperName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestArticleFormLandsOnTheGazetteerName: an article that writes only
// "Britain" prints it as the name, with the gazetteer's "United Kingdom"
// among its aliases: the alias finds the actor another article created,
// and a new actor is named by the gazetteer's name (Canonical), the
// article's form kept as an alias for its own references.
func TestArticleFormLandsOnTheGazetteerName(t *testing.T) {
	britain := domain.ActorFact{Name: "Britain", Kind: domain.KindCountry, Aliases: []string{"United Kingdom", "UK"}}
	meeting := []domain.MeetingFact{{Participants: []string{"Britain", "France"}}}
	france := domain.ActorFact{Name: "France", Kind: domain.KindCountry}
	known := directory{{ID: "united-kingdom", Name: "United Kingdom", Kind: domain.KindCountry}}
	out, err := Resolve(context.Background(), known, domain.FactSet{Actors: []domain.ActorFact{britain, france}, Meetings: meeting})
	if err != nil {
		t.Fatal(err)
	}
	if got := out.Actors[0].ID; got != "united-kingdom" {
		t.Errorf("Britain resolved to %q, want the known united-kingdom", got)
	}
	withCanonical := britain
	withCanonical.Canonical = "United Kingdom"
	out, err = Resolve(context.Background(), directory{}, domain.FactSet{Actors: []domain.ActorFact{withCanonical, france}, Meetings: meeting})
	if err != nil {
		t.Fatal(err)
	}
	a := out.Actors[0]
	if a.ID != "united-kingdom" || a.Name != "United Kingdom" || a.Canonical != "" || !slices.Contains(a.Aliases, "Britain") {
		t.Errorf("a new actor printed as Britain: %+v, want United Kingdom (united-kingdom) with the alias Britain", a)
	}
	if got := out.Meetings[0].Participants; !slices.Equal(got, []string{"united-kingdom", "france"}) {
		t.Errorf("participants %q, want the article's Britain on united-kingdom", got)
	}
}
