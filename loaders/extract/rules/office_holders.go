package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Office holders of an organisation the story does not name: "The EU's
// foreign policy chief", "Nato's secretary general", "the European
// Commission president". Each becomes a person actor named by the body
// and the office ("EU Foreign Policy Chief"), with the text's wording as
// alias, as a reader would list them.

// orgOfficeTitles are the offices a body's unnamed holder is called by,
// besides the formal titles.
var orgOfficeTitles = phraseSet(`foreign policy chief, mission chief, chief, spokesman, spokeswoman,
spokesperson, head, president, secretary-general, secretary general, high representative, commissioner,
director-general, managing director, chief executive, chair, chairman, chairwoman, chief prosecutor`)

// phraseSet builds a set of comma-separated phrases.
func phraseSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, p := range strings.Split(list, ",") {
		out[strings.Join(strings.Fields(p), " ")] = true
	}
	return out
}

// orgTitleMaxWords is the longest office orgOfficeTitles holds.
const orgTitleMaxWords = 3

// orgOfficeAt reads "[the] <Organisation>['s] <office>" at token i when
// no name follows the office: the organisation's mention and a person
// mention for its office holder.
func (d *doc) orgOfficeAt(i, last int) ([]mention, bool) {
	j := i
	det := d.toks[j].text == "the" || d.toks[j].text == "The"
	if det {
		j++
	}
	if j >= last {
		return nil, false
	}
	org, ok := d.lexMatch(j, last)
	if !ok || org.entity.kind != domain.KindOrganization || org.entity.place {
		return nil, false
	}
	k := org.b
	poss := k < last && d.toks[k].kind == tPoss
	if poss {
		k++
	}
	if !det && !poss {
		return nil, false
	}
	title, end := d.orgOfficeTitle(k, last)
	if title == "" || d.nameFollows(end, last) || (end < last && d.toks[end].kind == tWord && isLower(d.toks[end].text) && !functionWords[d.toks[end].text] && !isVerbLike(d.toks[end].text)) {
		return nil, false
	}
	body := org.entity.name
	if s := d.surface(org.a, org.b); s == strings.ToUpper(s) {
		body = s // "EU" as written: readers name the office by the short form
	}
	holder := mention{a: i, b: end, kind: mEntity, rec: -1, aliasFrom: i,
		entity: lexEntry{name: body + " " + titleCase(title), kind: domain.KindPerson}}
	org.aliasFrom = org.a
	return []mention{org, holder}, true
}

// orgOfficeTitle returns the longest office in lower-case words at k and
// the token after it.
func (d *doc) orgOfficeTitle(k, last int) (string, int) {
	for n := orgTitleMaxWords; n >= 1; n-- {
		if k+n > last {
			continue
		}
		words := make([]string, 0, n)
		for x := k; x < k+n; x++ {
			if d.toks[x].kind != tWord || !isLower(d.toks[x].text) {
				break
			}
			words = append(words, d.toks[x].text)
		}
		if len(words) == n && orgOfficeTitles[strings.Join(words, " ")] {
			return strings.Join(words, " "), k + n
		}
	}
	return "", k
}

// isVerbLike reports whether a lower-case word after an office is more
// likely its verb than a further noun ("chief said", "president warned").
func isVerbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || w == "said" || w == "told" || w == "met" || w == "spoke" || w == "made" || w == "took"
}

// titleCase capitalises each word of an office: "foreign policy chief" →
// "Foreign Policy Chief", "secretary-general" → "Secretary-General".
func titleCase(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// trailingAppositions finds a description set off by commas right after
// a name — "Tom Reyes, the chancellor, said", "Mr Reyes, the home
// secretary." — which ties the title to that one person: the name takes
// the title (so a later bare "the chancellor" finds its holder) and the
// description resolves to the name. The map goes from the description's
// first token to the name's.
func (d *doc) trailingAppositions(raw []mention) map[int]int {
	out := map[int]int{}
	for i := 0; i+1 < len(raw); i++ {
		name, desc := &raw[i], &raw[i+1]
		if !(name.kind == mPerson || name.kind == mSingle) || desc.kind != mDesc || name.title != "" {
			continue
		}
		if _, formal := titleIndex[desc.title]; !formal || orgClassNouns[desc.title] || firmNouns[desc.title] {
			continue
		}
		if name.b >= len(d.toks) || d.toks[name.b].text != "," || desc.aliasFrom != name.b+1 && desc.a != name.b+1 {
			continue
		}
		if !strings.EqualFold(d.toks[name.b+1].text, "the") {
			continue // "X, his lawyer," is a relation, not an office
		}
		if desc.b < len(d.toks) && d.toks[desc.b].text != "," && d.toks[desc.b].text != "." {
			continue
		}
		name.kind, name.title, name.qual, name.qualCountry = mPerson, desc.title, desc.qual, desc.qualCountry
		out[desc.a] = name.a
	}
	return out
}

// exactTitleHolders reports whether the story has already named someone
// with exactly this title ("Chancellor X", "X, the chancellor,"): then "the
// chancellor" is that person, never another who only shares the title's
// class (a prime minister is a "leader" too).
func (d *doc) exactTitleHolders(title string, seen map[int]int) bool {
	if title == "" {
		return false
	}
	for idx := range seen {
		if rec := d.reg.recs[idx]; rec.kind == domain.KindPerson && rec.holdsTitleEnding(title) {
			return true
		}
	}
	return false
}
