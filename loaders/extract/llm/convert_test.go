package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

const islandText = `Premier Lena Stroud met the Harbour Guild in Kessel on Friday.
The Harbour Guild warned Stroud that dock fees would rise.
Stroud later criticised the guild's leadership.`

// convertAnswer decodes content and converts it against islandText.
func convertAnswer(t *testing.T, content string, known extract.Gazetteer) domain.FactSet {
	t.Helper()
	ans, err := decodeAnswer(content)
	if err != nil {
		t.Fatal(err)
	}
	a := domain.Article{Text: islandText, PublishedAt: time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC)}
	return convert(ans, a, known, "llm/"+testModel)
}

func hasWarning(fs domain.FactSet, part string) bool {
	for _, w := range fs.Warnings {
		if strings.Contains(w, part) {
			return true
		}
	}
	return false
}

func actorNames(fs domain.FactSet) []string {
	var out []string
	for _, a := range fs.Actors {
		out = append(out, a.Name+"/"+string(a.Kind))
	}
	return out
}

func TestConvertActorReferences(t *testing.T) {
	// The list has only Stroud; the guild is in the text but not the list;
	// the Port Authority is in neither.
	answer := `{"actors":[{"name":"Lena Stroud","kind":"PERSON","aliases":["Stroud"]}],
		"interactions":[
			{"source":"Harbour Guild","target":"Stroud","kind":"WARN","evidence":"The Harbour Guild warned Stroud that dock fees would rise."},
			{"source":"Port Authority","target":"Stroud","kind":"WARN"}
		],
		"meetings":[{"participants":["Lena Stroud","Port Authority"],"place":"Kessel"}]}`
	fs := convertAnswer(t, answer, extract.Gazetteer{})

	if got := actorNames(fs); len(got) != 2 || got[0] != "Lena Stroud/PERSON" || got[1] != "Harbour Guild/PERSON" {
		t.Errorf("actors = %v", got)
	}
	if len(fs.Interactions) != 1 || fs.Interactions[0].Source != "Harbour Guild" || fs.Interactions[0].Target != "Lena Stroud" {
		t.Errorf("interactions = %+v", fs.Interactions)
	}
	if len(fs.Meetings) != 0 {
		t.Errorf("meeting with a made-up participant kept: %+v", fs.Meetings)
	}
	for _, w := range []string{`added actor "Harbour Guild"`, `dropped interaction "Port Authority"`, "fewer than two participants"} {
		if !hasWarning(fs, w) {
			t.Errorf("no warning containing %q in %q", w, fs.Warnings)
		}
	}
}

func TestConvertTakesActorsFromGazetteer(t *testing.T) {
	known := extract.Gazetteer{Actors: []domain.Actor{
		{ID: "harbour-guild", Name: "Harbour Guild of Kessel", Kind: domain.KindOrganization, Aliases: []string{"Harbour Guild"}},
		{ID: "port-authority", Name: "Port Authority", Kind: domain.KindOrganization},
	}}
	answer := `{"actors":[{"name":"Lena Stroud","kind":"PERSON","aliases":["Stroud"]}],
		"meetings":[{"participants":["Stroud","harbour guild"],"place":"Kessel","when":"2025-03-07","whenText":"on Friday",
			"evidence":"Premier Lena Stroud met the Harbour Guild in Kessel on Friday."}]}`
	fs := convertAnswer(t, answer, known)

	if got := actorNames(fs); len(got) != 2 || got[1] != "Harbour Guild of Kessel/ORGANIZATION" {
		t.Errorf("actors = %v", got)
	}
	if len(fs.Meetings) != 1 || strings.Join(fs.Meetings[0].Participants, "+") != "Lena Stroud+Harbour Guild of Kessel" {
		t.Fatalf("meetings = %+v", fs.Meetings)
	}
	if w := fs.Meetings[0].When; w == nil || *w != domain.Day(2025, 3, 7).WithText("on Friday") {
		t.Errorf("when = %+v", w)
	}
	if len(fs.Warnings) != 0 {
		t.Errorf("warnings = %q", fs.Warnings)
	}
}

func TestConvertEvidenceFallbacks(t *testing.T) {
	tests := []struct {
		name       string
		evidence   string
		confidence float64
		sentence   string
	}{
		{"copied sentence", "Stroud later criticised the guild’s leadership", confidenceLocated, "Stroud later criticised the guild's leadership."},
		{"both actors named", "Stroud attacked the guild in a speech.", confidenceCoMention, "Premier Lena Stroud met the Harbour Guild in Kessel on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			answer := `{"actors":[{"name":"Lena Stroud","kind":"PERSON","aliases":["Stroud"]},{"name":"Harbour Guild","kind":"ORGANIZATION"}],
				"interactions":[{"source":"Stroud","target":"Harbour Guild","kind":"CRITICIZE","evidence":"` + tt.evidence + `"}]}`
			fs := convertAnswer(t, answer, extract.Gazetteer{})
			if len(fs.Interactions) != 1 {
				t.Fatalf("interactions = %+v, warnings %q", fs.Interactions, fs.Warnings)
			}
			ev := fs.Interactions[0].Evidence
			if ev.Confidence != tt.confidence || ev.Sentence != tt.sentence {
				t.Errorf("evidence = %+v", ev)
			}
		})
	}
}

func TestConvertDropsWhatDoesNotFitTheSchema(t *testing.T) {
	answer := `{"actors":[
			{"name":"Lena Stroud","kind":"politician","aliases":["Stroud"]},
			{"name":"Harbour Guild","kind":"ORGANIZATION"},
			{"name":"Orvald Brenn","kind":"PERSON"},
			{"name":"","kind":"PERSON"}],
		"interactions":[{"source":"Stroud","target":"Harbour Guild","kind":"HUG","evidence":"Stroud later criticised"}],
		"statements":[{"speaker":"Stroud","evidence":"Stroud later criticised"}],
		"policyShifts":[{"actor":"Stroud","topic":"dock fees","when":"last spring","evidence":"Stroud later criticised"}],
		"otherEvents":[{"type":"vote","title":"Dock fee vote","actors":["Harbour Guild"],"evidence":"dock fees would rise"}]}`
	fs := convertAnswer(t, answer, extract.Gazetteer{})

	if got := actorNames(fs); len(got) != 2 || got[0] != "Lena Stroud/PERSON" {
		t.Errorf("actors = %v (the invented Orvald Brenn and the nameless one must go)", got)
	}
	if len(fs.Interactions) != 0 || len(fs.Statements) != 0 {
		t.Errorf("kept %+v / %+v", fs.Interactions, fs.Statements)
	}
	if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].When != nil {
		t.Errorf("policy shifts = %+v", fs.PolicyShifts)
	}
	if len(fs.OtherEvents) != 1 || fs.OtherEvents[0].Type != domain.TypeOther {
		t.Errorf("other events = %+v", fs.OtherEvents)
	}
	for _, w := range []string{`kind "politician"`, "no name", `HUG "Harbour Guild": unknown kind`, "neither a quote nor a paraphrase",
		`"last spring" is not a date`, `dropped actor "Orvald Brenn"`} {
		if !hasWarning(fs, w) {
			t.Errorf("no warning containing %q in %q", w, fs.Warnings)
		}
	}
}

func TestDecodeAnswerIsLenientAboutShapes(t *testing.T) {
	ans, err := decodeAnswer(`{"actors":[{"name":" Lena Stroud ","aliases":"Stroud","roles":null}],
		"otherEvents":[{"title":"Budget","when":2026,"actors":null}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Actors[0].Name != "Lena Stroud" || len(ans.Actors[0].Aliases) != 1 || ans.OtherEvents[0].When != "2026" {
		t.Errorf("answer = %+v", ans)
	}
}
