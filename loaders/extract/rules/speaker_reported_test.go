package rules

import (
	"strings"
	"testing"
)

// speakerCase is a short made-up story, a quote's first words and whom
// the quote must be attributed to ("" when it must not be a statement).
type speakerCase struct {
	name, text, quote, speaker string
}

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if strings.HasPrefix(st.Quote, c.quote) {
					if st.Speaker != c.speaker {
						t.Errorf("%q spoken by %q, want %q", st.Quote, st.Speaker, c.speaker)
					}
					return
				}
			}
			if c.speaker != "" {
				t.Errorf("no statement %q in %+v", c.quote, fs.Statements)
			}
		})
	}
}

// TestSpeakerOfTheReportingClause holds that a quote hung on a verb inside
// a reported clause is the reporter's, and that a thing an actor owns
// (a spokesman, a letter) speaks for its owner.
func TestSpeakerOfTheReportingClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"participle continues the reporter",
			"Union leader Karl Ots met the families on Monday. He said Mr Brand had spoken with \"real warmth\", adding: \"He listened to every one of us.\"",
			"He listened to every one", "Karl Ots"},
		{"pronoun inside the reported clause",
			"In an interview with Tom Reyes, Maria Holt said she believes the plan she promised works because voters \"feel the change now\".",
			"feel the change now", "Maria Holt"},
		{"a named subject of the reported clause keeps its quote",
			"Jo Brand said that Karl Ots told reporters: \"We will appeal the ruling.\"",
			"We will appeal", "Karl Ots"},
		{"an owner's spokesman",
			"Karl Ots met Jo Brand on Monday.\n\nMr Ots's official spokesman said nobody present would \"ever forget the apology\".",
			"ever forget", "Karl Ots"},
		{"a letter to someone",
			"The Harbour Workers Union wrote to Jo Brand on Monday.\n\nThe Harbour Workers Union's letter to Jo Brand, the port commissioner, said: \"The dock must stay open all year.\"",
			"The dock must stay open", "Harbour Workers Union"},
	})
}

// TestPronounKeepsItsSubject holds that a pronoun after a quote of several
// sentences means the person the paragraph before introduced, and that a
// body named as a modifier does not hide the person it describes.
func TestPronounKeepsItsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"subject after a connective, quote of two sentences",
			"\"We agreed the terms,\" Jo Brand said.\n\nThe line will be run by a state firm.\n\nHowever, Harbour Gas Company pipelines executive Karl Ots has doubts about the project.\n\n\"It is one option. If we build a long line, I have a lot of concerns,\" he said.",
			"It is one option", "Karl Ots"},
	})
}
