package words

import "testing"

func TestContains(t *testing.T) {
	cases := []struct {
		text, phrase string
		want         bool
	}{
		{"the UK and Ukraine", "UK", true},
		{"Ukraine's army", "UK", false},
		{"talks in São Paulo, said", "São Paulo", true},
		{"Paulos", "Paulo", false},
		{"UKUK UK", "UK", true},
		{"anything", "", false},
		{"Ärger", "rger", false},
	}
	for _, c := range cases {
		if got := Contains(c.text, c.phrase); got != c.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
}
