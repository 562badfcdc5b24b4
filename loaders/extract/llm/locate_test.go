package llm

import (
	"testing"
)

func TestLocate(t *testing.T) {
	text := "Minister Ilse Varga said: “We are ready — but not at any price.”\nShe added that talks would resume in June…  perhaps."
	ix := newTextIndex(text)
	tests := []struct {
		snippet string
		want    string // the text found, "" when not found
	}{
		{`"We are ready - but not at any price."`, "We are ready — but not at any price"},
		{"we ARE ready", "We are ready"},
		{"talks would resume in June... perhaps", "talks would resume in June…  perhaps"},
		{"We are ready ... any price", "We are ready — but not at any price"},
		{"said:\n\n  “We", "said: “We"},
		{"We are ready to sign", ""},
		{"any price ... We are ready", ""}, // parts out of order
		{`""`, ""},
	}
	for _, tt := range tests {
		sp, ok := ix.locate(tt.snippet)
		got := ""
		if ok {
			got = ix.text(sp)
		}
		if got != tt.want {
			t.Errorf("locate(%q) = %q, want %q", tt.snippet, got, tt.want)
		}
	}
}

func TestWordMatchesWholeWordsOnly(t *testing.T) {
	ix := newTextIndex("Brian Okafor thanked Ian. Later Ian left.")
	if got := ix.wordMatches("Ian", 0); len(got) != 2 || ix.text(got[0]) != "Ian" || got[0].start != 21 {
		t.Errorf("wordMatches(Ian) = %v", got)
	}
	if ix.contains("Okafo") {
		t.Error("a word prefix must not match")
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{
			"Gen. Ada Pell met Mr. J. Ortiz in the U.S. capital. They spoke for an hour.",
			[]string{"Gen. Ada Pell met Mr. J. Ortiz in the U.S. capital.", "They spoke for an hour."},
		},
		{
			"“We will go,” she said. “Now?” he asked. Yes.",
			[]string{"“We will go,” she said.", "“Now?” he asked.", "Yes."},
		},
		{
			"Headline without a stop\n\nFirst paragraph. It ends here.\nNext one",
			[]string{"Headline without a stop", "First paragraph.", "It ends here.", "Next one"},
		},
		{
			"The vote was 3.5 points ahead... analysts said. Then it fell.",
			[]string{"The vote was 3.5 points ahead... analysts said.", "Then it fell."},
		},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var got []string
		for _, s := range splitSentences(rs) {
			got = append(got, string(rs[s.start:s.end]))
		}
		if len(got) != len(tt.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitSentences(%q)[%d] = %q, want %q", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func TestSentenceOfSpansEverySentenceAQuoteCrosses(t *testing.T) {
	text := "Intro here. “First part. Second part,” said Ada Pell. Outro."
	ix := newTextIndex(text)
	sp, ok := ix.locate("First part. Second part")
	if !ok {
		t.Fatal("quote not found")
	}
	if got := ix.text(ix.sentenceOf(sp)); got != "“First part. Second part,” said Ada Pell." {
		t.Errorf("sentenceOf = %q", got)
	}
}
