package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// lexEntry is what a known surface form names.
type lexEntry struct {
	name    string
	kind    domain.ActorKind
	class   string // organisations: the common noun used for them ("alliance")
	capital bool   // a capital standing for its country, or a body for its seat
	place   bool   // a place, never an actor
}

// lexicon maps surface forms (tokens joined by single spaces) to entries.
var lexicon, demonyms, lexMaxLen = buildLexicon()

// titleIndex maps formal titles and role nouns (lower case, tokens joined
// by spaces) to their class, and titleMaxLen is the longest in tokens.
var titleIndex, titleMaxLen = buildTitles()

// orgClassNouns are the common nouns that refer back to an organisation.
var orgClassNouns = map[string]bool{}

func tokenKey(s string) string {
	toks := tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

func buildLexicon() (map[string]lexEntry, map[string]string, int) {
	lex := map[string]lexEntry{}
	dem := map[string]string{}
	maxLen := 1
	add := func(surface string, e lexEntry) {
		k := tokenKey(surface)
		if _, dup := lex[k]; dup {
			return
		}
		lex[k] = e
		if n := len(strings.Fields(k)); n > maxLen {
			maxLen = n
		}
	}
	for _, c := range parseCountries() {
		e := lexEntry{name: c.name, kind: domain.KindCountry}
		add(c.name, e)
		for _, o := range c.others {
			add(o, e)
		}
		for _, cap := range c.capitals {
			ce := e
			ce.capital = true
			add(cap, ce)
		}
		for _, dm := range c.demonyms {
			dem[tokenKey(dm)] = c.name
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(orgTable), "\n") {
		f := strings.Split(line, "|")
		e := lexEntry{name: f[0], kind: domain.ActorKind(f[2]), class: f[3], capital: seats[f[0]]}
		if e.class != "" {
			orgClassNouns[e.class] = true
		}
		add(f[0], e)
		for _, o := range splitList(f[1]) {
			add(o, e)
		}
	}
	for w := range orgWords {
		if !strings.HasSuffix(w, "'s") && w != "Reuters" {
			orgClassNouns[strings.ToLower(w)] = true // "the union", "the ministry"
		}
	}
	for _, p := range placeNames {
		add(p, lexEntry{name: p, place: true})
	}
	return lex, dem, maxLen
}

func buildTitles() (map[string]string, int) {
	idx := map[string]string{}
	maxLen := 1
	for _, m := range []map[string]string{formalTitles, roleNouns} {
		for t, cls := range m {
			k := strings.ToLower(tokenKey(t))
			if _, dup := idx[k]; !dup {
				idx[k] = cls
			}
			if n := len(strings.Fields(k)); n > maxLen {
				maxLen = n
			}
		}
	}
	// "Shadow chancellor X", "the shadow home secretary": the opposition's
	// spokesperson for an office, never its holder, so "the chancellor"
	// must not find them.
	// Kept within the longest title, so that titleAt looks no further.
	for t, cls := range formalTitles {
		k := "shadow " + strings.ToLower(tokenKey(t))
		if (cls == "leader" || cls == "minister" || cls == "diplomat") && len(strings.Fields(k)) <= maxLen {
			idx[k] = "politician"
		}
	}
	return idx, maxLen
}

// descriptiveTitles describe a person without naming an office they hold.
var descriptiveTitles = toSet("leader diplomat lawmaker negotiator counterpart strongman")

// roleTitle renders a title as a Role title: "secretary of state" →
// "Secretary of State".
func roleTitle(t string) string {
	words := strings.Fields(t)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for" || w == "the") {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
