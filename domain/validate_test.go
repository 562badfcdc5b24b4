package domain_test

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// A FactSet's problems are values: a path into the set, a code and a
// message, in the order of the set's fields, every one of them.
func TestProblemsNameEachFieldByPathAndCode(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(*domain.FactSet)
		want  []string // path and code of each problem
	}{
		{"sound", func(*domain.FactSet) {}, nil},
		{"unsealed article", func(fs *domain.FactSet) { fs.Article = &domain.Article{Text: "x"} },
			[]string{"article.id MISSING"}},
		{"actor without kind", func(fs *domain.FactSet) { fs.Actors[0].Kind = "ROBOT" },
			[]string{"actors[0].kind NOT_ALLOWED"}},
		{"role of nobody", func(fs *domain.FactSet) { fs.Actors[2].Roles[0].Of = "z" },
			[]string{"actors[2].roles[0].of UNKNOWN_ACTOR"}},
		{"meeting of one, of an unknown", func(fs *domain.FactSet) { fs.Meetings[0].Participants = []string{"z"} },
			[]string{"meetings[0].participants TOO_FEW", "meetings[0].participants[0] UNKNOWN_ACTOR"}},
		{"two bad facts", func(fs *domain.FactSet) {
			fs.Statements[0].About = []string{"c", ""}
			fs.OtherEvents[1].Title = " "
		}, []string{"statements[0].about[1] MISSING", "otherEvents[1].title MISSING"}},
		{"span past the end", func(fs *domain.FactSet) {
			fs.Article = &domain.Article{ID: "art-1", ContentHash: "h", Text: "short"}
			fs.Interactions[0].Evidence = domain.Evidence{Start: 0, End: 9}
		}, []string{"interactions[0].evidence OUT_OF_RANGE"}},
	} {
		fs := facts()
		tc.spoil(&fs)
		var got []string
		for _, p := range fs.Problems() {
			got = append(got, p.Path.String()+" "+string(p.Code))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
		if err := fs.Validate(); (err == nil) != (tc.want == nil) || err != nil && domain.CodeOf(err) != domain.EInvalid {
			t.Errorf("%s: Validate gives %v", tc.name, err)
		}
	}
}

// WithoutFacts leaves out each fact a problem names, once, and keeps what
// no leaving-out mends.
func TestWithoutFactsLeavesOutTheFactsProblemsName(t *testing.T) {
	fs := facts()
	fs.Meetings = append(fs.Meetings, domain.MeetingFact{Participants: []string{"a"}})
	fs.PolicyShifts[0].Topic = ""
	fs.Actors[0].Name = ""
	out, dropped, kept := fs.WithoutFacts(fs.Problems())
	if len(out.Meetings) != 1 || len(out.PolicyShifts) != 0 || len(out.Statements) != 1 {
		t.Fatalf("left: %d meetings, %d shifts, %d statements", len(out.Meetings), len(out.PolicyShifts), len(out.Statements))
	}
	want := []domain.FieldPath{{Section: domain.SectionMeetings, Index: 1, Field: "participants"},
		{Section: domain.SectionPolicyShifts, Index: 0, Field: "topic"}}
	if len(dropped) != 2 || dropped[0].Path != want[0] || dropped[1].Path != want[1] {
		t.Fatalf("dropped %v", dropped)
	}
	if len(kept) != 1 || kept[0].String() != "actors[0].name: must not be empty" {
		t.Fatalf("kept %v", kept)
	}
	if len(fs.Meetings) != 2 {
		t.Fatal("WithoutFacts changed its receiver")
	}
}

func TestSealChecksTheTextAndDerivesTheIDs(t *testing.T) {
	a := domain.Article{URL: "https://example.test/a", Text: "Words."}
	if err := a.Seal(); err != nil || !a.Sealed() || a.ID != domain.ArticleID(a.URL, a.Text) || a.ContentHash != domain.ContentHash(a.Text) {
		t.Fatalf("sealed: %+v %v", a, err)
	}
	empty := domain.Article{URL: "https://example.test/b", Text: "\n \t"}
	if err := empty.Seal(); domain.CodeOf(err) != domain.EInvalid || empty.Sealed() {
		t.Fatalf("an article without text: %+v %v", empty, err)
	}
}
