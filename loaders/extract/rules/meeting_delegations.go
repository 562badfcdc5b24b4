package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// delegationNouns name the people who speak for a body at a meeting:
// "met the leadership of the union", "talks with leaders of X".
var delegationNouns = toSet("leadership leaders representatives delegation delegations negotiators envoys members")

// delegationOf returns the body that "the leaders of X" at token e stand
// for, or -1: at a meeting they are that body's side.
func (d *doc) delegationOf(e int) int {
	if e < len(d.toks) && (strings.EqualFold(d.toks[e].text, "the") || strings.EqualFold(d.toks[e].text, "a")) {
		e++ // "the leaders of X", "a delegation from X"
	}
	if e+2 >= len(d.toks) || !delegationNouns[strings.ToLower(d.toks[e].text)] {
		return -1
	}
	if p := strings.ToLower(d.toks[e+1].text); p != "of" && p != "from" {
		return -1
	}
	return d.objectAt(e+2, -1)
}

// appositivePerson returns the person an actor's title phrase at mention
// m names ("New Zealand's foreign minister, Hamish Corbett,"), or -1.
func (d *doc) appositivePerson(m *mention) int {
	if m.b >= len(d.toks) || d.toks[m.b].kind != tPoss {
		return -1
	}
	s := d.sents[d.toks[m.a].sent]
	for j := m.b + 1; j < s.last && j <= m.b+5; j++ {
		if d.toks[j].text != "," {
			continue
		}
		if p := d.mentionStarting(j + 1); p != nil && d.isPerson(p.rec) {
			return p.rec
		}
		return -1
	}
	return -1
}

// summonsMeetings reads "X summoned the ambassador, Y, on Tuesday" as a
// meeting of X and Y: a summoned envoy comes to the ministry in person.
// A country as the summoner is left out: it names no one who met.
func (d *doc) summonsMeetings(fs *domain.FactSet) {
	for k, t := range d.toks {
		if t.inQuote || t.skip || !strings.EqualFold(t.text, "summoned") {
			continue
		}
		if p := d.paras[d.sents[t.sent].para]; p.headline || p.caption {
			continue
		}
		subj := d.subjectOf(k)
		if subj < 0 || d.reg.recs[subj].kind == domain.KindCountry {
			continue
		}
		obj := d.objectAt(k+1, subj)
		if obj < 0 || obj == subj {
			continue
		}
		if mf, ids, ok := d.meeting([]int{subj, obj}, k, k+1); ok {
			d.addMeeting(fs, mf, ids)
		}
	}
}

// representativeNouns name people who stand for a country or a body at a
// meeting ("his Japanese counterpart", "finance ministers of the G8").
var representativeNouns = toSet(`counterpart counterparts officials official ministers minister diplomats
leaders negotiators delegates representatives envoys executives delegation mediators`)

// representativesBefore reads unnamed representatives as the subject of
// the verb at v ("Egyptian mediators met …", "Hamas officials held
// talks …"): the country or body they stand for, or -1.
func (d *doc) representativesBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	if j < s.first || !representativeNouns[strings.ToLower(d.toks[j].text)] {
		return -1
	}
	for x := max(s.first, j-3); x <= j; x++ {
		if rec := d.representativesOf(x); rec >= 0 {
			return rec
		}
	}
	return -1
}

// representativesOf reads unnamed representatives at e as the country or
// body they stand for: "his Japanese counterpart", "senior Chinese
// officials", "Hamas officials", "finance ministers of the G8", "trade
// officials from Japan"; -1 when e opens no such phrase.
func (d *doc) representativesOf(e int) int {
	if e >= len(d.toks) {
		return -1
	}
	s := d.sents[d.toks[e].sent]
	if w := strings.ToLower(d.toks[e].text); w == "the" || w == "a" || possessiveDeterminers[w] {
		e++
	}
	country := ""
	for j := e; j < s.last && j <= e+3; j++ {
		if m := d.mentionStarting(j); m != nil && !d.isPerson(m.rec) && m.b < s.last && representativeNouns[strings.ToLower(d.toks[m.b].text)] {
			return m.rec // "Hamas officials", "Boeing executives"
		}
		t := d.toks[j]
		if t.kind != tWord || t.inQuote {
			return -1
		}
		if c, ok := demonyms[t.text]; ok && country == "" {
			country = c
			continue
		}
		lw := strings.ToLower(t.text)
		if representativeNouns[lw] {
			if j+2 < s.last && (d.toks[j+1].text == "of" || d.toks[j+1].text == "from") {
				if m := d.mentionStarting(d.skipThe(j + 2)); m != nil && !d.isPerson(m.rec) {
					return m.rec
				}
			}
			if country == "" {
				return -1
			}
			i := d.reg.get(country, domain.KindCountry)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, j
			}
			return i
		}
		if !isLower(t.text) {
			return -1
		}
	}
	return -1
}
