package store_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/store"
)

func TestEscapeLuceneEscapesEverySpecialCharacter(t *testing.T) {
	for in, want := range map[string]string{
		`a+b-c`:            `a\+b\-c`,
		`x && y || !z`:     `x \&\& y \|\| \!z`,
		`(a){b}[c]^d"e"~f`: `\(a\)\{b\}\[c\]\^d\"e\"\~f`,
		`*?:\/`:            `\*\?\:\\\/`,
		`plain words`:      `plain words`,
	} {
		if got := store.EscapeLucene(in); got != want {
			t.Errorf("EscapeLucene(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordsQueriesKeepOperatorsAsWords(t *testing.T) {
	for _, tc := range []struct{ in, all, any string }{
		{`Grain AND "corridors"`, `grain AND and AND corridors`, `grain and corridors`},
		{`c++ (draft) a:b`, `c AND draft AND a AND b`, `c draft a b`},
		{`&& || !`, ``, ``},
	} {
		if got := store.AllWordsQuery(tc.in); got != tc.all {
			t.Errorf("AllWordsQuery(%q) = %q, want %q", tc.in, got, tc.all)
		}
		if got := store.AnyWordsQuery(tc.in); got != tc.any {
			t.Errorf("AnyWordsQuery(%q) = %q, want %q", tc.in, got, tc.any)
		}
	}
}
