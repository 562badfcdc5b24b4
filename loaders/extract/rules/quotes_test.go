package rules

import (
	"slices"
	"strings"
	"testing"
)

// attrCase is a text, a quote fragment in it, and who should have said it
// (and when, if want date is set).
type attrCase struct {
	name, text, quote, speaker, date string
}

func checkAttribution(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if st.Quote == "" || !strings.Contains(st.Quote, c.quote) {
					continue
				}
				if st.Speaker != c.speaker {
					t.Errorf("quote %q: speaker %q, want %q", c.quote, st.Speaker, c.speaker)
				}
				if c.date != "" && (st.When == nil || st.When.String() != c.date) {
					t.Errorf("quote %q: date %v, want %s", c.quote, st.When, c.date)
				}
				return
			}
			t.Errorf("no statement quoting %q in %+v", c.quote, fs.Statements)
		})
	}
}

func TestAttributionFrames(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"pronoun by gender", "Chilean Senator Rosa Medina said her party would back the accord.\n\nShe met Argentine Economy Minister Pablo Ortiz in Santiago on Monday. \"We have nothing more to discuss today,\" she told reporters.",
			"nothing more to discuss", "Rosa Medina", ""},
		{"honorific gives gender", "Mr. Tomas Berg and Lena Holm spoke at the forum on Monday.\n\n\"The port must reopen now,\" he said.",
			"port must reopen", "Tomas Berg", ""},
		{"capitalised particle", "Libyan Interior Minister Faraj al-Sharif visited Tunis on Monday.\n\nAl-Sharif, who negotiated the last border deal, had called it at the time \"a model for the region.\"",
			"a model for the region", "Faraj al-Sharif", ""},
		{"fragment before said X", "Greek Prime Minister Nikos Pappas praised the deal. Chancellor Ingrid Vogel, who called Greece \"a reliable friend,\" said Germany would invest more.",
			"a reliable friend", "Ingrid Vogel", ""},
		{"date before that", "Kenyan Foreign Minister Joseph Kamau spoke on Monday. He told reporters that militants had attacked a post on Saturday \"without warning.\"",
			"without warning", "Joseph Kamau", "2024-03-11"},
		{"telling participle", "Irish Finance Minister Cara Doyle defended the budget, telling parliament that it was \"the fairest plan in a decade.\"",
			"the fairest plan", "Cara Doyle", ""},
	})
}

func TestPredicateQuoteAndTitles(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"chairperson title", "Commission Chairperson Nadia Osei said she had urged both sides \"to keep talking.\"",
			"to keep talking", "Nadia Osei", ""},
	})
	// One quoted word is no statement, as the annotation conventions have
	// it, even as what a speaker said they were; nor is a quoted title.
	fs := extractText(t, "Critics called the plan \"reckless\" and the tax \"unfair.\" Harbour Freight Lines said in a statement on Monday that it was \"astonished\" by the ruling. Tom Reyes said he backed a \"Stop Velt\" bid and a new \"Harlow Recovery Plan\".")
	for _, st := range fs.Statements {
		if st.Quote != "" {
			t.Errorf("a word set off in narration became a statement: %+v", st)
		}
	}
}

func TestDatelineWithSeveralCities(t *testing.T) {
	fs := extractText(t, "Peace talks\n\nLUSAKA/HARARE (Southern Wire) - Zambian President Peter Banda met Zimbabwe's leader on Friday.")
	for _, a := range fs.Actors {
		if a.Name == "LUSAKA" || a.Name == "HARARE" || strings.Contains(a.Name, "Southern Wire") {
			t.Errorf("dateline became actor %q", a.Name)
		}
	}
}

// TestRunOnQuoteReopenedWithoutAParagraphBreak: copy that lost its
// paragraph breaks reopens a running quote after a sentence's end; each
// reopening starts a new statement, and the narration after them is none.
func TestRunOnQuoteReopenedWithoutAParagraphBreak(t *testing.T) {
	text := `Shadow minister Jo Brand said the bill was a "shambles". "This is a further retreat by the government. "Instead of freeing the market, the bill now restricts it." Shares in betting firms fell on Monday.`
	fs := extractText(t, text)
	var quotes []string
	for _, st := range fs.Statements {
		if st.Quote != "" {
			quotes = append(quotes, st.Quote)
			if st.Speaker != "Jo Brand" {
				t.Errorf("%q spoken by %q, want Jo Brand", st.Quote, st.Speaker)
			}
		}
		if strings.Contains(st.Quote, "Shares") {
			t.Errorf("narration read as a quote: %q", st.Quote)
		}
	}
	want := []string{"shambles", "This is a further retreat by the government.", "Instead of freeing the market, the bill now restricts it."}
	for _, w := range want[1:] {
		if !slices.ContainsFunc(quotes, func(q string) bool { return strings.TrimSpace(q) == w }) {
			t.Errorf("no statement %q in %q", w, quotes)
		}
	}
}
