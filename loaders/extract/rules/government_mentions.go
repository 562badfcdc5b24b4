package rules

import (
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// "The government" names the story's government as an actor: it decides,
// U-turns and is criticised. News copy rarely says whose government when the
// story is about one country, so the mention is resolved to the government
// of the country the story names far more than any other (or of the
// demonym before it: "the British government"), named as governmentOf
// names it ("UK government"). Only Britain's, for now: British copy tells
// its government apart from the country as a body of its own, while other
// copy uses "the government" and the country's name for one actor about
// as often as for two, and a second actor there costs more than it finds.

// governmentMentions adds to raw, in order, a mention for each "the
// government" no other mention covers, when the story's country is clear.
func (d *doc) governmentMentions(raw []mention) []mention {
	covered := map[int]bool{}
	desc := map[int]int{} // last token of a description → its index in raw
	for i, m := range raw {
		if m.kind == mDesc && strings.EqualFold(d.toks[m.b-1].text, "government") {
			desc[m.b-1] = i // "the government" read as a description resolves to no one
			continue
		}
		for k := m.a; k < m.b; k++ {
			covered[k] = true
		}
	}
	drop := map[int]bool{}
	country := ""
	var added []mention
	for _, p := range d.paras {
		if p.headline {
			continue
		}
		for k := p.first + 1; k < p.last; k++ {
			t := d.toks[k]
			if t.skip || !strings.EqualFold(t.text, "government") || covered[k] {
				continue
			}
			if k+1 < len(d.toks) && (d.toks[k+1].text == "of" || d.toks[k+1].text == "in") {
				continue // "the government of X" names its own country
			}
			a, c := k-1, ""
			if dem, ok := demonyms[d.toks[a].text]; ok && a > p.first && !covered[a] {
				c, a = dem, a-1 // "the British government"
			}
			if a < p.first || !strings.EqualFold(d.toks[a].text, "the") || covered[a] {
				continue
			}
			if c == "" {
				if country == "" {
					country = storyCountryOf(raw)
				}
				if country == "-" {
					continue
				}
				c = country
			}
			if c != "United Kingdom" {
				continue
			}
			name, ok := governmentNames[c]
			if !ok {
				name = c + " government"
			}
			e := lexEntry{name: name, kind: domain.KindOrganization, class: "government"}
			added = append(added, mention{a: a, b: k + 1, kind: mEntity, rec: -1, entity: e, aliasFrom: a})
			if i, ok := desc[k]; ok {
				drop[i] = true
			}
		}
	}
	if len(added) == 0 {
		return raw
	}
	keep := raw[:0]
	for i, m := range raw {
		if !drop[i] {
			keep = append(keep, m)
		}
	}
	raw = append(keep, added...)
	sort.SliceStable(raw, func(i, j int) bool { return raw[i].a < raw[j].a })
	return raw
}

// nationalBodies are bodies of one country's national politics, whose
// mentions tell the story's country as its name would: British copy often
// never names Britain ("Downing Street said", "Tory and Labour MPs").
var nationalBodies = map[string]string{
	"Downing Street": "United Kingdom", "Conservative Party": "United Kingdom", "Labour Party": "United Kingdom",
	"Liberal Democrats": "United Kingdom", "Scottish National Party": "United Kingdom", "Plaid Cymru": "United Kingdom",
	"UK Independence Party": "United Kingdom",
	"White House":           "United States", "Pentagon": "United States", "U.S. State Department": "United States",
	"U.S. Congress": "United States", "U.S. Senate": "United States", "Kremlin": "Russia",
}

// storyCountryOf is the country the raw mentions name, or qualify a title
// with, at least twice as often as any other, or "-" when none is that clear.
func storyCountryOf(raw []mention) string {
	counts := map[string]int{}
	for _, m := range raw {
		if m.kind == mEntity && !m.entity.place && m.entity.kind == domain.KindCountry {
			counts[m.entity.name]++
		} else if e := lexicon[m.entity.name]; m.kind == mEntity && m.entity.place && e.capital && e.kind == domain.KindCountry {
			counts[e.name]++ // "in south London": the story is set in that country
		} else if c := nationalBodies[m.entity.name]; m.kind == mEntity && c != "" {
			counts[c]++ // "Downing Street said", "Labour MPs": the story is about that country's politics
		} else if m.qualCountry && m.qual != "" {
			counts[m.qual]++ // "British Prime Minister X"
		}
	}
	best, first, second := "-", 0, 0
	for c, n := range counts {
		switch {
		case n > first || n == first && c < best:
			best, first, second = c, n, first
		case n > second:
			second = n
		}
	}
	if first < 2*second || first == 0 {
		return "-"
	}
	return best
}
