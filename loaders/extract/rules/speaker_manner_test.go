package rules

import (
	"strings"
	"testing"
)

func speakerOf(t *testing.T, text, quote string) string {
	t.Helper()
	for _, s := range extractText(t, text).Statements {
		if strings.Contains(s.Quote, quote) {
			return s.Speaker
		}
	}
	return ""
}

func TestMannerVerbAfterAQuoteAttributesIt(t *testing.T) {
	cases := []struct{ text, quote, want string }{
		{"\"We have answered every question,\" Tom Reyes said.\n\n\"But there is some risk,\" Anna Berg interjected.", "some risk", "Anna Berg"},
		{"\"We have answered every question,\" Tom Reyes said.\n\n\"They will not come back this year,\" she joked, \"or the next.\"\n\n\"Then we wait,\" countered Anna Berg.", "Then we wait", "Anna Berg"},
		{"\"We have answered every question,\" Tom Reyes said.\n\n\"That is not what the report says,\" Anna Berg shot back.", "not what the report", "Anna Berg"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.quote); got != c.want {
			t.Errorf("%q spoken by %q, want %q", c.quote, got, c.want)
		}
	}
}

func TestShortQuoteWithItsSpeakerPassesTheTurn(t *testing.T) {
	text := "\"We have answered every question,\" Tom Reyes said.\n\n\"Well,\" Anna Berg countered, \"then I do not understand the relevance of the report.\"\n\n\"No, Mr Reyes,\" Anna Berg said. \"I was trying to make a different point about the budget.\""
	for _, q := range []string{"then I do not understand", "I was trying to make"} {
		if got := speakerOf(t, text, q); got != "Anna Berg" {
			t.Errorf("%q spoken by %q, want Anna Berg", q, got)
		}
	}
}
