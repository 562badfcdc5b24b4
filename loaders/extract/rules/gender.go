package rules

import "strings"

// Grammatical gender of a person, as the story shows it. Pronoun
// resolution uses it so that "she said" after "X met Y" goes to the woman
// of the two.
const (
	genderUnknown byte = iota
	genderMale
	genderFemale
)

// pronounGender is the gender a personal pronoun or possessive carries.
func pronounGender(w string) byte {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return genderMale
	case "she", "her", "hers", "herself":
		return genderFemale
	}
	return genderUnknown
}

// honorificGender is the gender an honorific before a name carries.
var honorificGender = map[string]byte{"Mr": genderMale, "Mrs": genderFemale, "Ms": genderFemale,
	"Miss": genderFemale, "Sir": genderMale, "Dame": genderFemale, "Lady": genderFemale, "Lord": genderMale}

// titleGender is the gender some titles carry ("spokeswoman", "king").
func titleGender(title string) byte {
	switch w := lastWord(title); {
	case strings.HasSuffix(w, "woman") || w == "queen" || w == "princess" || w == "duchess" || w == "empress" || w == "lady":
		return genderFemale
	case strings.HasSuffix(w, "man") || w == "king" || w == "prince" || w == "duke" || w == "emperor" || w == "emir" || w == "sultan":
		return genderMale
	}
	return genderUnknown
}

// inferGenders gives each person the gender the story shows: an honorific
// or gendered title at a mention, and pronouns that can refer to only one
// person (the single person named before them in their sentence or, at
// the start of a sentence, in the sentence before). Votes decide.
func (d *doc) inferGenders() {
	votes := map[int][2]int{}
	vote := func(rec int, g byte) {
		if g == genderUnknown || !d.isPerson(rec) {
			return
		}
		v := votes[rec]
		v[g-1]++
		votes[rec] = v
	}
	for _, m := range d.ments {
		if !d.isPerson(m.rec) {
			continue
		}
		vote(m.rec, titleGender(m.title))
		if m.aliasFrom > 0 {
			vote(m.rec, honorificGender[strings.TrimSuffix(d.toks[m.aliasFrom-1].text, ".")])
			if m.aliasFrom > 1 && d.toks[m.aliasFrom-1].text == "." {
				vote(m.rec, honorificGender[d.toks[m.aliasFrom-2].text])
			}
		}
	}
	for j, t := range d.toks {
		if t.kind != tWord || t.inQuote || t.skip {
			continue
		}
		if g := pronounGender(t.text); g != genderUnknown {
			if rec := d.soleAntecedent(j); rec >= 0 {
				vote(rec, g)
			}
		}
	}
	for rec, v := range votes {
		switch {
		case v[0] > v[1]:
			d.reg.recs[rec].gender = genderMale
		case v[1] > v[0]:
			d.reg.recs[rec].gender = genderFemale
		}
	}
}

// soleAntecedent is the one person a pronoun at j can refer to without
// knowing genders: the only person named before it in its sentence, or,
// when none is, the only person named in the previous sentence of its
// paragraph. It is -1 when there are several or none.
func (d *doc) soleAntecedent(j int) int {
	si := d.toks[j].sent
	only := func(first, last int) (int, int) {
		rec, n := -1, 0
		for k := first; k < last; k++ {
			if m := d.mentionStarting(k); m != nil && !d.toks[k].inQuote && d.isPerson(m.rec) && m.rec != rec {
				rec, n = m.rec, n+1
			}
		}
		return rec, n
	}
	rec, n := only(d.sents[si].first, j)
	if n == 1 {
		return rec
	}
	if n > 1 || si == 0 || d.sents[si-1].para != d.sents[si].para {
		return -1
	}
	if rec, n = only(d.sents[si-1].first, d.sents[si-1].last); n == 1 {
		return rec
	}
	return -1
}

// genderFits reports whether a person may be the referent of a pronoun.
func (d *doc) genderFits(rec int, pronoun string) bool {
	g := pronounGender(pronoun)
	rg := d.reg.recs[rec].gender
	return g == genderUnknown || rg == genderUnknown || g == rg
}

// surnameKey folds the case of a hyphenated name particle, so that
// "Al-Mahdi" opening a sentence is the "al-Mahdi" of "Karim al-Mahdi".
func surnameKey(s string) string {
	if i := strings.IndexByte(s, '-'); i > 0 && i <= 3 && nameParticles[strings.ToLower(s[:i])] {
		return strings.ToLower(s[:i]) + s[i:]
	}
	return s
}
