package rules

import "strings"

// Short forms of names the article gave in full. An acronym it pairs with
// a name ("the Public and Commercial Services Union (PCS)") is an alias of
// the name, and every later use of it ("PCS leader X", "the PCS said")
// names the same actor; a person's name shortened to its last words ("Bin
// Laden" of "Osama bin Laden") is that person.

// findAcronyms reads "Capitalised Name (ACR)" pairs whose acronym's letters
// are, in order, initials of the name's words, the first one the first.
func (d *doc) findAcronyms() map[string]string {
	var out map[string]string
	for i := 2; i+2 < len(d.toks); i++ {
		if d.toks[i].text != "(" || d.toks[i+2].text != ")" || !acronymLike(d.toks[i+1].text) {
			continue
		}
		a := i
		for a > 0 && i-a < 10 && d.toks[a-1].kind == tWord && (isUpperStart(d.toks[a-1].text) || nameLinkWords[d.toks[a-1].text]) {
			a--
		}
		for a < i && (nameLinkWords[strings.ToLower(d.toks[a].text)] || notNameWords[d.toks[a].text]) {
			a++ // "The", "But the": not the name's
		}
		if i-a < 2 {
			continue
		}
		words := make([]string, 0, i-a)
		for k := a; k < i; k++ {
			words = append(words, d.toks[k].text)
		}
		acr := d.toks[i+1].text
		if !initialsSpell(acr, words) || documentHeads[words[len(words)-1]] {
			continue // a law's or a programme's short form names no actor either
		}
		if out == nil {
			out = map[string]string{}
		}
		out[acr] = strings.Join(words, " ")
	}
	return out
}

// nameLinkWords join the words of a long name ("Ministry of Environment,
// Forestry and Tourism").
var nameLinkWords = toSet("of and for the on")

// acronymLike reports a word of two to six capitals, digits or "&".
func acronymLike(w string) bool {
	if len(w) < 2 || len(w) > 6 || !isUpperByte(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !(isUpperByte(w[i]) || isDigitByte(w[i]) || w[i] == '&') {
			return false
		}
	}
	return true
}

// initialsSpell reports whether the acronym's letters are initials of the
// capitalised words, in order, starting with the first word's.
func initialsSpell(acr string, words []string) bool {
	if acr[0] != words[0][0] {
		return false
	}
	k := 0
	for _, w := range words {
		if k < len(acr) && isUpperStart(w) && w[0] == acr[k] {
			k++
		}
	}
	return k == len(acr)
}

// acronymMention reads a paired acronym at token i as a mention of the
// name it abbreviates.
func (d *doc) acronymMention(i int) (mention, bool) {
	full, ok := d.acronyms[d.toks[i].text]
	if !ok {
		return mention{}, false
	}
	return mention{a: i, b: i + 1, kind: mOrg, rec: -1, name: full, aliasFrom: i}, true
}

// longerNameEnding returns the one person's name in the story that ends
// with name, its case aside ("Osama bin Laden" for "Bin Laden" opening a
// sentence), or name itself when there is none or more than one.
func (d *doc) longerNameEnding(raw []mention, name string) string {
	found := ""
	suffix := " " + strings.ToLower(name)
	for _, m := range raw {
		if m.kind != mPerson || len(m.name) <= len(name) || !strings.HasSuffix(strings.ToLower(m.name), suffix) {
			continue
		}
		if found != "" && found != m.name {
			return name
		}
		found = m.name
	}
	if found == "" {
		return name
	}
	return found
}

// givenNames are words that are also modals or months and open people's
// names ("Will Moy", "May Ling"): one is a given name when it starts a name
// (no part read yet), does not open its sentence, and a surname follows.
var givenNames = toSet("Will May June April August")

func (d *doc) givenNameAt(k, last, partsRead int) bool {
	if partsRead > 0 || !givenNames[d.toks[k].text] || k+1 >= last || d.sentenceInitial(k) {
		return false
	}
	next := d.toks[k+1]
	return next.kind == tWord && isUpperStart(next.text) && !notNameWords[next.text] && !isAcronym(next.text)
}

// quotedName reports a short quote whose words are all capitalised: the
// title of a plan, book or campaign set off in quotation marks (the
// "Marshall Plan", a "Stop X" bid), not words anyone said.
func (d *doc) quotedName(q quote) bool {
	if q.words > 4 || q.close < 0 {
		return false
	}
	for k := q.open + 1; k < q.close; k++ {
		t := d.toks[k]
		if t.kind == tWord && !isUpperStart(t.text) && !nameLinkWords[t.text] {
			return false
		}
	}
	return true
}

// monthSurnameAt reports a month that is a surname ("Theresa May", "Ann
// June"): after one given name no list forbids, with no day number after it.
func (d *doc) monthSurnameAt(k, last int, parts []string) bool {
	if len(parts) != 1 || !givenNames[d.toks[k].text] || notNameWords[parts[0]] || d.toks[k-1].kind != tWord {
		return false
	}
	return k+1 >= last || !isDigits(d.toks[k+1].text)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
