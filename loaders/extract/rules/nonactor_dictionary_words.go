package rules

import "strings"

// A run of capitalised words read as a person's name, with no title to say
// it is one, whose every word is a common English word and whose first word
// is no given name, names a thing, a place, an event or a work: "Midnight
// Mass", "Iron Curtain", "Celebrity Fit Club", "Climate Change", "Old Town",
// "Cracker Barrel". People's given names are proper names ("Jack Straw",
// "Chad Wolf"), or no English word at all ("Mitt Romney"). A body named in
// common words is kept when it speaks ("Age Concern argued"), and so are
// names that end like a body or a firm, or hold a title or a party's
// members, which other rules read.

// firmEnds end the names of firms and associations in abbreviated or legal
// form ("BlackBerry Limited", "Consumer Electronics Assn").
var firmEnds = toSet("Limited Ltd Plc PLC LLC LLP Assn Inc Corp Co International")

// dropDictionaryPersons drops the mentions dictionaryWordsPerson finds. It
// runs after the outlets are read, so that a list still shows a name to be
// an outlet's ("Harbour Wire, Agence Lumen and Kestrel Eye").
func (d *doc) dropDictionaryPersons(raw []mention) []mention {
	keep := raw[:0]
	for _, m := range raw {
		if !d.dictionaryWordsPerson(m) {
			keep = append(keep, m)
		}
	}
	return keep
}

// bodyPeopleNouns after a name make it a body's: "Band Aid founder X",
// "Age Concern members".
var bodyPeopleNouns = toSet("founder co-founder boss chief head member members staff supporters volunteers campaigners activists")

// dictionaryWordsPerson reports an untitled person mention whose words are
// all common English words, the first no given name.
func (d *doc) dictionaryWordsPerson(m mention) bool {
	if m.kind != mPerson || m.title != "" || m.b-m.a < 2 {
		return false
	}
	words := 0
	for k := m.a; k < m.b; k++ {
		w := strings.TrimSuffix(d.toks[k].text, ".")
		if words >= 2 && (w == "" || len(w) == 1 && isUpperStart(w)) {
			continue // "Prisoner Cell Block H.": a letter closing a title
		}
		words++
		if d.toks[k].kind != tWord || !isUpperStart(w) || isAcronym(w) || orgWords[w] || firmEnds[w] ||
			partyMemberWords[strings.TrimSuffix(w, "s")] || rankWords[strings.ToLower(w)] || namePrefixWords[w] {
			return false
		}
		if _, title := titleIndex[strings.ToLower(w)]; title {
			return false
		}
		word, proper := englishWord(w)
		if !word || k == m.a && proper {
			return false
		}
	}
	return !d.bodyUse(m) && !d.endsLongerName(m)
}

// endsLongerName reports a run that the story also gives after a given
// name: "Hawk Sawyer" of "Kathleen Hawk Sawyer" is a short form of a
// person's name.
func (d *doc) endsLongerName(m mention) bool {
	surface := d.surface(m.a, m.b)
	for from := 0; ; {
		i := strings.Index(d.text[from:], " "+surface)
		if i < 0 {
			return false
		}
		at := from + i
		j := at
		for j > 0 && d.text[j-1] != ' ' && d.text[j-1] != '\n' {
			j--
		}
		if w := d.text[j:at]; isUpperStart(w) && !notNameWords[w] && !strings.ContainsAny(w, ".,;:\"'’”“") && !lexFirstWords[w] {
			if word, proper := englishWord(w); !word || proper {
				return true
			}
		}
		from = at + 1
	}
}

// bodyUse reports a name used as a body uses it: it speaks ("Age Concern
// argued", "…, says Age Concern.") or a title names one of its people
// ("Band Aid founder Bob Geldof").
func (d *doc) bodyUse(m mention) bool {
	if m.b >= len(d.toks) || modifierWords[strings.ToLower(d.toks[m.a].text)] {
		return false // "Former Conservative minister X": no body
	}
	if d.isSpeechVerbAt(m.b) {
		return true
	}
	if next := d.toks[m.b]; next.kind == tWord && isLower(next.text) {
		if cls, title := titleIndex[next.text]; title && cls != "minister" || bodyPeopleNouns[next.text] {
			return true // not "Information Technology minister X": a portfolio
		}
	}
	end := d.toks[m.b].text
	return m.a > 0 && d.isSpeechVerbAt(m.a-1) && (end == "." || end == ",")
}
