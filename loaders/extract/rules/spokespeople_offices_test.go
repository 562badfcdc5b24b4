package rules

import (
	"strings"
	"testing"
)

// TestSpokespersonSpeaksOnBehalfOfTheirPrincipal checks the principal a
// named spokesperson's quote is given, on sentences written for the test.
func TestSpokespersonSpeaksOnBehalfOfTheirPrincipal(t *testing.T) {
	cases := []struct{ name, text, quote, speaker, behalf string }{
		{"office before the spokesman", "Port closed\n\nU.N. Secretary-General spokesman Tomas Berg said the chief \"deplores the violence\" in the port.",
			"deplores the violence", "Tomas Berg", "United Nations Secretary-General"},
		{"office in full", "Port closed\n\nUnited Nations High Commissioner spokeswoman Lea Novak said the office was \"deeply alarmed\" by the expulsions.",
			"deeply alarmed", "Lea Novak", "United Nations High Commissioner"},
		{"ministry before the spokesman, country before the quote", "Port closed\n\nPeruvian Foreign Ministry spokesman Raul Vega said Lima \"will not accept the blockade\" of its ports.",
			"will not accept the blockade", "Raul Vega", "Peruvian Foreign Ministry"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if !strings.Contains(st.Quote, c.quote) {
					continue
				}
				if st.Speaker != c.speaker || st.OnBehalfOf != c.behalf {
					t.Errorf("quote %q: %q for %q, want %q for %q", c.quote, st.Speaker, st.OnBehalfOf, c.speaker, c.behalf)
				}
				return
			}
			t.Errorf("no statement quoting %q in %+v", c.quote, fs.Statements)
		})
	}
}
