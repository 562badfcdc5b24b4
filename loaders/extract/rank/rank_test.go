package rank

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestWordKeepsOnlyLowerCaseWords(t *testing.T) {
	for tok, want := range map[string]string{
		"met": "met", "Blair": "<cap>", "NATO": "<acr>", "U.S.": "<acr>", "2019": "<num>", "G8": "<num>",
		",": "<sym>", "'s": "'s", "": "<sym>", "Talks": "<cap>", "über": "über",
	} {
		if got := Word(tok); got != want {
			t.Errorf("Word(%q) = %q, want %q", tok, got, want)
		}
	}
}

// TestShippedWeightsNameNoOne holds the rule that nothing in
// loaders/ may know an article's people, outlets or sentences: no feature
// of the shipped weights has a capital letter, and no word in one is a
// word the development articles only ever write capitalised (a name).
func TestShippedWeightsNameNoOne(t *testing.T) {
	m, err := Parse(shipped)
	if err != nil {
		t.Fatal(err)
	}
	names := capitalisedOnly(t)
	split := regexp.MustCompile(`[_+]`)
	n := 0
	for k, w := range m.Kinds {
		for f := range w.Features {
			n++
			if strings.IndexFunc(f, unicode.IsUpper) >= 0 {
				t.Errorf("%s feature %q has a capital letter", k, f)
			}
			_, value, _ := strings.Cut(f, "=")
			for _, part := range split.Split(value, -1) {
				if names[part] {
					t.Errorf("%s feature %q holds %q, a word the articles only write capitalised", k, f, part)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the shipped weights have no features")
	}
}

// capitalisedOnly are the words of the development articles never written
// in lower case, lower-cased.
func capitalisedOnly(t *testing.T) map[string]bool {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "real", "dev", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no development articles: %v", err)
	}
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			if w == "" {
				continue
			}
			if unicode.IsUpper([]rune(w)[0]) {
				capital[strings.ToLower(w)] = true
			} else {
				lower[w] = true
			}
		}
	}
	out := map[string]bool{}
	for w := range capital {
		if !lower[w] {
			out[w] = true
		}
	}
	return out
}

func TestProbAndKeep(t *testing.T) {
	w := &Weights{Bias: -1, Threshold: 0.5, Features: map[string]float64{"rule": 2}}
	if p := w.Prob([]string{"rule"}); !w.Keep(p) || p < 0.73 || p > 0.74 {
		t.Errorf("Prob(rule) = %v", p)
	}
	if p := w.Prob(nil); w.Keep(p) {
		t.Errorf("Prob() = %v kept", p)
	}
	var m *Model
	if m.For(Meeting) != nil {
		t.Error("a nil model has weights")
	}
	m = &Model{Kinds: map[Kind]*Weights{Meeting: {Off: true}}}
	if m.For(Meeting) != nil || m.On().For(Meeting) == nil {
		t.Error("Off does not switch the weights off, or On does not switch them on")
	}
}
