package rules

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/score"
)

// gazetteerOf builds the gazetteer an ingester would hold after writing fs:
// each actor with its proper-name aliases only.
func gazetteerOf(fs domain.FactSet) extract.Gazetteer {
	var g extract.Gazetteer
	for _, a := range fs.Actors {
		var aliases []string
		for _, al := range a.Aliases {
			if properNameLike(al) {
				aliases = append(aliases, al)
			}
		}
		g.Actors = append(g.Actors, domain.Actor{ID: domain.Slug(a.Name), Name: a.Name, Kind: a.Kind, Aliases: aliases})
	}
	return g
}

// properNameLike mirrors the ingester's filter: no leading determiner or
// possessive, every long word capitalised.
func properNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || determiners[words[0]] {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
	}
	return true
}

// sameFacts fails when two extractions of one article differ in any event.
func sameFacts(t *testing.T, name string, a, b domain.FactSet) {
	t.Helper()
	parts := []struct {
		what string
		x, y any
	}{
		{"statements", a.Statements, b.Statements}, {"meetings", a.Meetings, b.Meetings},
		{"interactions", a.Interactions, b.Interactions}, {"policy shifts", a.PolicyShifts, b.PolicyShifts},
		{"other events", a.OtherEvents, b.OtherEvents},
	}
	for _, p := range parts {
		x, _ := json.Marshal(p.x)
		y, _ := json.Marshal(p.y)
		if string(x) != string(y) {
			t.Errorf("%s: %s differ with a gazetteer:\nwithout %s\nwith    %s", name, p.what, x, y)
		}
	}
}

// extractTwice extracts an article without a gazetteer, then again with
// the gazetteer the first extraction's actors make.
func extractTwice(t *testing.T, a domain.Article) (first, second domain.FactSet) {
	t.Helper()
	x := New()
	first, err := x.Extract(context.Background(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	second, err = x.Extract(context.Background(), a, gazetteerOf(first))
	if err != nil {
		t.Fatal(err)
	}
	return first, second
}

// TestKnownActorsDoNotChangeTheReading re-reads an article with its own
// actors known: a known surname must not cut a bracketed full name or a
// title phrase short, so the facts stay the same.
func TestKnownActorsDoNotChangeTheReading(t *testing.T) {
	text := `Chancellor [Anton] Merkov met Foreign Minister Ilse Varga in Vienna on Monday.

Merkov, who has ruled out sanctions on Hungary, scolded the Hungarian minister at a March encounter at the Hofburg Palace before warming to her.

Merkov urged Hungary to reopen the border crossings on Tuesday. Varga praised Merkov for his restraint.

"We are ready to talk," Varga told reporters.`
	a := domain.Article{ID: "t", Text: text, PublishedAt: time.Date(2025, 5, 21, 12, 0, 0, 0, time.UTC)}
	first, second := extractTwice(t, a)
	sameFacts(t, "own article", first, second)
	for _, want := range []string{"Anton Merkov MEET Ilse Varga", "Anton Merkov CRITICIZE Ilse Varga",
		"Anton Merkov APPEAL Hungary", "Ilse Varga PRAISE Anton Merkov"} {
		if !hasInteraction(second, want) {
			t.Errorf("with a gazetteer: no %s in %+v", want, second.Interactions)
		}
	}
	if len(second.Meetings) != 2 {
		t.Errorf("with a gazetteer: %d meetings, want the talks in Vienna and the March encounter", len(second.Meetings))
	}
}

// hasInteraction reports whether fs has the interaction "Source KIND Target".
func hasInteraction(fs domain.FactSet, want string) bool {
	for _, in := range fs.Interactions {
		if in.Source+" "+string(in.Kind)+" "+in.Target == want {
			return true
		}
	}
	return false
}

// TestKnownActorsDoNotChangeAnyTestArticle checks the same on every test
// article: the gazetteer of an article's own actors changes no fact.
func TestKnownActorsDoNotChangeAnyTestArticle(t *testing.T) {
	var cases []score.Case
	for _, dir := range []string{articlesDir, heldoutDir} {
		cs, err := score.LoadCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	for _, c := range cases {
		first, second := extractTwice(t, c.Article)
		sameFacts(t, c.Name, first, second)
	}
}
