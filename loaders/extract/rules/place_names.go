package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Places read as people: a run of capitalised words no list knows reads
// as a person's name by its shape ("Santa Barbara", "Tel Rumeida"). The
// words around one of its mentions can show it is a place — "the city of
// X", "in X", "X residents" — and when every mention does so (none with a
// title, "Mr" or a speech verb after it) the name is a place, not an actor.

// placeNouns before "of" or right before a name make it a place: "the city
// of X", "the party town X".
var placeNouns = toSet(`city town village district neighbourhood neighborhood suburb province region
island port capital county municipality borough hamlet settlement`)

// residentNouns after a name make it a place: "X residents", "her X home".
var residentNouns = toSet("resident residents home homes native natives neighbourhood neighborhood area")

// locativePreps before a name say where something is: "in X", "near X".
var locativePreps = toSet("in near outside around across throughout inside")

// inObjectNouns before "in" take a person as its object: "confidence in X".
var inObjectNouns = toSet("confidence faith trust interest belief role part stake involved invested share")

// markPlaceRecords sets aside the person records every mention of which
// shows a place.
func (d *doc) markPlaceRecords() {
	place := map[int]bool{}
	person := map[int]bool{}
	for _, m := range d.ments {
		if m.rec < 0 || m.rec >= len(d.reg.recs) || d.reg.recs[m.rec].kind != domain.KindPerson {
			continue
		}
		if m.title == "" && !d.personEvidence(m) && d.placeEvidence(m) {
			place[m.rec] = true
		} else {
			person[m.rec] = true
		}
	}
	for rec := range place {
		if !person[rec] && len(d.reg.recs[rec].titles) == 0 {
			d.reg.recs[rec].place = true
		}
	}
}

// personEvidence reports a mention that reads as a person's: after an
// honorific, before a speech verb or a possessive.
func (d *doc) personEvidence(m mention) bool {
	if m.a > 0 && honorificWords[d.toks[m.a-1].text] {
		return true
	}
	return m.b < len(d.toks) && d.isSpeechVerbAt(m.b)
}

// honorificWords stand before a person's name.
var honorificWords = toSet("Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr. Sir Dame Lord Lady")

// placeEvidence reports a mention the words around show to be a place.
func (d *doc) placeEvidence(m mention) bool {
	if d.toks[m.a].inQuote {
		return false
	}
	if m.b < len(d.toks) && d.toks[m.b].kind == tWord && residentNouns[d.toks[m.b].text] {
		return true
	}
	if m.a < 1 {
		return false
	}
	prev := d.toks[m.a-1]
	if prev.kind != tWord || !isLower(prev.text) {
		return false
	}
	if placeNouns[prev.text] {
		return true
	}
	if prev.text == "of" && m.a >= 2 && placeNouns[strings.ToLower(d.toks[m.a-2].text)] {
		return true
	}
	if locativePreps[prev.text] && (m.b >= len(d.toks) || d.toks[m.b].kind != tPoss) {
		return m.a < 2 || !inObjectNouns[strings.ToLower(d.toks[m.a-2].text)]
	}
	return false
}
