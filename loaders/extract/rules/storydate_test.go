package rules

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// wantQuoteDates runs each case's text and wants the statement whose
// quote starts with quote dated date ("" for undated).
func wantQuoteDates(t *testing.T, cases []struct{ name, text, quote, date string }) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if !strings.HasPrefix(st.Quote, c.quote) {
					continue
				}
				got := ""
				if st.When != nil {
					got = st.When.String()
				}
				if got != c.date {
					t.Errorf("%q dated %q, want %q", st.Quote, got, c.date)
				}
				return
			}
			t.Errorf("no statement %q in %+v", c.quote, fs.Statements)
		})
	}
}

func TestStoryDateDatesUndatedStatements(t *testing.T) {
	lead := "Chilean lawmakers questioned the head of the copper regulator on Tuesday over a string of mine accidents.\n\n"
	cases := []struct {
		name, text, quote, date string
	}{
		{"said in the story's present", lead + `"We have failed the miners," Mining Minister Ana Torres said at the hearing.`, "We have failed", "2024-03-12"},
		{"quote after a said clause", lead + `Torres said the agency lacked inspectors.` + "\n\n" + `"We need twice as many people," she added.`, "We need twice", "2024-03-12"},
		{"most recent lead date", "Farm leaders met the minister on Monday night, and the strike ended on Wednesday.\n\nThe deal raises milk prices.\n\nIt also cuts red tape.\n\n" + `"It is over," Labour Minister Pablo Ruiz said.`, "It is over", "2024-03-13"},
		{"an adverb of a participle after the act is its manner", lead + `"We have failed the miners," Mining Minister Ana Torres told the committee, repeatedly calling for an inquiry.`, "We have failed", "2024-03-12"},
		{"present perfect background", lead + `Mining Minister Ana Torres has said repeatedly: "The mines are safer than ever."`, "The mines are safer", ""},
		{"no date from an earlier episode", lead + "Mining Minister Ana Torres announced the review on March 1.\n\nThe review found gaps in training.\n\n" + `"We were too slow," Torres said.`, "We were too slow", "2024-03-12"},
		{"own date wins", lead + `"Nothing will change," Torres told a radio station in January.`, "Nothing will change", "2024-01"},
	}
	wantQuoteDates(t, cases)
}

func TestStoryDateDefaultsToPublication(t *testing.T) {
	fs := extractText(t, "Chilean lawmakers questioned the head of the copper regulator over a string of mine accidents.\n\n"+`"We have failed the miners," Mining Minister Ana Torres said.`)
	if len(fs.Statements) != 1 || fs.Statements[0].When == nil || fs.Statements[0].When.String() != "2024-03-14" {
		t.Errorf("statements %+v, want one dated the publication day", fs.Statements)
	}
}

// TestYesterdayCountsFromThePublishersDay: an article dated just after
// midnight in its own zone is the next day there, though still the day
// before in UTC; "yesterday" counts from its own day.
func TestYesterdayCountsFromThePublishersDay(t *testing.T) {
	pub := time.Date(2024, 10, 16, 0, 0, 0, 0, time.FixedZone("UTC+8", 8*3600))
	a := domain.Article{ID: "z", Text: "Drills open\n\nGeneral Tomas Vera said at yesterday's opening ceremony that \"the drills are defensive\".", PublishedAt: pub}
	fs, err := New().Extract(context.Background(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range fs.Statements {
		if st.Quote != "" {
			if st.When == nil || st.When.String() != "2024-10-15" {
				t.Errorf("%q dated %v, want 2024-10-15", st.Quote, st.When)
			}
			return
		}
	}
	t.Errorf("no quote in %+v", fs.Statements)
}
