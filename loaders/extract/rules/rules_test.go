package rules

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// published is a Thursday.
var published = time.Date(2024, 3, 14, 15, 0, 0, 0, time.UTC)

func extractText(t *testing.T, text string) domain.FactSet {
	t.Helper()
	fs, err := New().Extract(context.Background(), domain.Article{ID: "t", Text: text, PublishedAt: published}, extract.Gazetteer{})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return fs
}

func TestQuoteAttribution(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker, onBehalf string
	}{
		{"said after", `“We will not accept these tariffs on our steel,” Brazilian Trade Minister Ana Ribeiro said.`, "We will not accept", "Ana Ribeiro", ""},
		{"said inverted", `"The border will stay closed until further notice," said Kenyan President William Ruto.`, "The border will stay closed", "William Ruto", ""},
		{"colon before", `Japan's Prime Minister Kenji Sato said: "Our alliance is stronger than ever before."`, "Our alliance is stronger", "Kenji Sato", ""},
		{"pronoun", "Mexican Foreign Minister Luis Ortega met reporters in the capital.\n\n\"We expect an answer from Washington by Friday,\" he said.", "We expect an answer", "Luis Ortega", ""},
		{"surname", "Nigerian President Bola Adeyemi spoke on Monday.\n\n\"The elections will be free and fair,\" Adeyemi told reporters.", "The elections will be free", "Bola Adeyemi", ""},
		{"spokesperson", `Ortega "rejected any interference in the vote count and called for calm," Foreign Ministry spokeswoman Rosa Lima said.`, "rejected any interference", "Rosa Lima", "Luis Ortega"},
		{"fragment", "Indian Prime Minister Ravi Menon said he had a \"very productive conversation\" with the Chinese side.", "very productive conversation", "Ravi Menon", ""},
		{"running paragraph", "Chilean President Elena Soto spoke for an hour.\n\n\"We will build ports and railways across the whole country.\n\n\"Nobody will be left behind,\" she said.", "We will build ports", "Elena Soto", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.text
			if c.onBehalf != "" {
				text = "Mexican Foreign Minister Luis Ortega flew home.\n\n" + text
			}
			fs := extractText(t, text)
			for _, s := range fs.Statements {
				if strings.Contains(s.Quote, c.quote) {
					if s.Speaker != c.speaker || s.OnBehalfOf != c.onBehalf {
						t.Fatalf("quote %q: speaker %q for %q, want %q for %q", c.quote, s.Speaker, s.OnBehalfOf, c.speaker, c.onBehalf)
					}
					return
				}
			}
			t.Fatalf("no statement quoting %q in %+v", c.quote, fs.Statements)
		})
	}
}

func TestReportedSpeechAndInteractions(t *testing.T) {
	cases := []struct {
		name, text, speaker, paraphrase string
		kind                            domain.InteractionKind
		target                          string
	}{
		{"urged", "South African President Thabo Nkosi urged Zimbabwe on Wednesday to release the detained journalists.", "Thabo Nkosi", "urged Zimbabwe", domain.InteractAppeal, "Zimbabwe"},
		{"praised", "Vietnamese Prime Minister Tran Minh praised Indonesia for its mediation.", "Tran Minh", "praised Indonesia", domain.InteractPraise, "Indonesia"},
		{"accused", "Colombian President Ana Duarte accused Venezuela of sheltering armed groups.", "Ana Duarte", "accused Venezuela", domain.InteractAccuse, "Venezuela"},
		{"warned that", "Kenyan Foreign Minister Joseph Mwangi warned that the talks could collapse.", "Joseph Mwangi", "warned that the talks could collapse", "", ""},
		{"appositive", "Peru, a major copper exporter, criticized Chile over the new tariffs.", "Peru", "criticized Chile", domain.InteractCriticize, "Chile"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			found := false
			for _, s := range fs.Statements {
				if s.Speaker == c.speaker && strings.HasPrefix(s.Paraphrase, c.paraphrase) {
					found = true
				}
			}
			if !found {
				t.Errorf("no paraphrase %q by %q in %+v", c.paraphrase, c.speaker, fs.Statements)
			}
			if c.kind == "" {
				if len(fs.Interactions) != 0 {
					t.Errorf("unexpected interactions %+v", fs.Interactions)
				}
				return
			}
			for _, in := range fs.Interactions {
				if in.Source == c.speaker && in.Target == c.target && in.Kind == c.kind {
					if in.Code != domain.InteractionScale[c.kind].Code {
						t.Errorf("code %q, want %q", in.Code, domain.InteractionScale[c.kind].Code)
					}
					return
				}
			}
			t.Errorf("no %s %s→%s in %+v", c.kind, c.speaker, c.target, fs.Interactions)
		})
	}
}

func TestMeetings(t *testing.T) {
	cases := []struct {
		name, text string
		parts      []string
		place      string
		date       string
	}{
		{"met in", "Turkish President Emre Kaya met Egyptian President Omar Fathi in Cairo on Monday.", []string{"Emre Kaya", "Omar Fathi"}, "Cairo", "2024-03-11"},
		{"held talks", "Korean Foreign Minister Park Ji-ho held talks with Chinese Foreign Minister Liu Wen.", []string{"Park Ji-ho", "Liu Wen"}, "", "2024-03-14"}, // the lead: the news day
		{"caption", "Argentine President Marta Gil (L) and Brazilian President Jorge Lins during a meeting at the Mercosur summit. Pedro Alves / AGENCIA\n\nThe two leaders spoke about trade.", []string{"Marta Gil", "Jorge Lins"}, "", "2024-03-14"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			if len(fs.Meetings) != 1 {
				t.Fatalf("meetings %+v, want one", fs.Meetings)
			}
			m := fs.Meetings[0]
			if strings.Join(m.Participants, ",") != strings.Join(c.parts, ",") || m.Place != c.place {
				t.Errorf("meeting %v at %q, want %v at %q", m.Participants, m.Place, c.parts, c.place)
			}
			got := ""
			if m.When != nil {
				got = m.When.String()
			}
			if got != c.date {
				t.Errorf("date %q, want %q", got, c.date)
			}
			for _, a := range fs.Actors {
				if a.Name == "Pedro Alves" || a.Name == "AGENCIA" {
					t.Errorf("photo credit %q became an actor", a.Name)
				}
			}
		})
	}
}

func TestPolicyShiftsAndElections(t *testing.T) {
	fs := extractText(t, "Beijing's stance on Manila hardened on Tuesday.\n\nThe Philippine president's sudden pivot to closer ties with Japan early this year surprised analysts.\n\nGhana goes to the polls on Saturday.")
	want := map[string]string{"China": "HARDENED"}
	for _, ps := range fs.PolicyShifts {
		if dir, ok := want[ps.Actor]; ok && ps.Direction == dir && ps.OnActor == "Philippines" {
			delete(want, ps.Actor)
		}
	}
	if len(want) > 0 {
		t.Errorf("shifts %+v, missing %v", fs.PolicyShifts, want)
	}
	if len(fs.OtherEvents) != 1 || fs.OtherEvents[0].Type != domain.TypeElection || fs.OtherEvents[0].Actors[0] != "Ghana" {
		t.Fatalf("events %+v, want Ghana's election", fs.OtherEvents)
	}
	if w := fs.OtherEvents[0].When; w == nil || w.String() != "2024-03-16" {
		t.Errorf("election date %v, want the coming Saturday 2024-03-16", w)
	}
}

func TestTitlePhrases(t *testing.T) {
	fs := extractText(t, "Indonesia's Defence Minister Budi Santoso met his Australian counterpart Mark Hale.\n\nThe Indonesian minister later said the drills would go ahead. Santoso added that Canberra had agreed.")
	var budi *domain.ActorFact
	for i := range fs.Actors {
		if fs.Actors[i].Name == "Budi Santoso" {
			budi = &fs.Actors[i]
		}
	}
	if budi == nil {
		t.Fatalf("no Budi Santoso in %+v", fs.Actors)
	}
	if len(budi.Roles) == 0 || budi.Roles[0].Title != "Defence Minister" || budi.Roles[0].Of != "Indonesia" {
		t.Errorf("roles %+v, want Defence Minister of Indonesia", budi.Roles)
	}
	aliases := strings.Join(budi.Aliases, "|")
	for _, a := range []string{"Santoso", "The Indonesian minister"} {
		if !strings.Contains(aliases, a) {
			t.Errorf("aliases %q lack %q", aliases, a)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("Turkish President Emre Kaya met Egyptian President Omar Fathi in Cairo on Monday. "+
		"\"We will not accept these tariffs on our steel,\" Kaya said, adding that the talks were \"very productive.\"\n\n"+
		"Kenyan Foreign Minister Joseph Mwangi warned that the talks could collapse, as Nairobi's stance on Addis Ababa hardened.\n\n", 13)
	a := domain.Article{ID: "b", Text: text, PublishedAt: published}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := New().Extract(context.Background(), a, extract.Gazetteer{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A sentence that ends right after "after months of saying" once indexed
// past the last token (issue 19's 57-byte crash).
func TestShiftFromPositionAtTheEndOfTheTextDoesNotPanic(t *testing.T) {
	a := domain.Article{Text: "Donald Trump spoke.\n\nTrump's shift after months of saying", PublishedAt: time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)}
	a.Seal()
	if _, err := New().Extract(context.Background(), a, extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
}
