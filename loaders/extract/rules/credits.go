package rules

import "strings"

// Bylines, contributor lines and names that only look like actors: the
// writer of the story, an outlet someone spoke to, a storm, a landform.
// None of these take part in the news, so none becomes an actor.

// bylineParagraph reports whether a paragraph is the story's byline:
// "By Name, Title", "By Name | Desk", "By Name in City" — a short
// paragraph opening with "By" and a capitalised word.
func (d *doc) bylineParagraph(p *paragraph) bool {
	if p.last-p.first < 2 || p.last-p.first > 24 {
		return false
	}
	first, next := d.toks[p.first], d.toks[p.first+1]
	if first.text != "By" && first.text != "BY" {
		return false
	}
	if next.kind != tWord || !isUpperStart(next.text) {
		return false
	}
	for i := p.first; i < p.last; i++ {
		if d.toks[i].kind == tQuote {
			return false // a story sentence quoting someone
		}
	}
	return true
}

// contributorCues mark a paragraph crediting the people who wrote or
// helped write the story.
var contributorCues = []string{"contributed reporting", "contributed to this report", "reporting contributed by",
	"contributed by", "is a correspondent", "is a reporter", "is the correspondent", "is an editor",
	"this article is part of", "reader support", "our series", "wrote this story"}

// outletEnds are the last words of a news outlet's name ("Fox News", "The
// Daily Ledger"); someone who "told" one of them gave an interview.
var outletEnds = toSet("News Times Post Herald Journal Gazette Tribune Telegraph Guardian TV Television Broadcasting Newswire Wire Dispatch Ledger Courier Avis Zeitung Chronicle Observer Standard Review")

// mediaNouns introduce an outlet after "told": "told the local newspaper X".
var mediaNouns = toSet("newspaper paper daily broadcaster radio television channel station outlet magazine website agency tabloid weekly")

// hazardHeads open names of storms: "Hurricane Talia", "Typhoon Haikui".
var hazardHeads = toSet("Hurricane Typhoon Cyclone Storm Tropical")

// indexEnds close names of indices and measures, which move but do not
// act: "Dow Jones Industrial Average", "Nasdaq Composite", "Human
// Development Index".
var indexEnds = toSet("Average Index Composite")

// indexNouns, lower case after a name, make it the name of an index.
var indexNouns = toSet("index indices indexes benchmark")

// landformEnds close names of places that are not actors: "Kéniéba Hills".
var landformEnds = toSet("Hills Mountains Mountain Valley River Lake Desert Plateau Basin Peninsula Mine Field Fields Dam Bay Strait")

// notActorMention reports whether a mention the rules read names something
// that is not an actor: an outlet someone told, a storm, a landform.
func (d *doc) notActorMention(m mention) bool {
	if m.kind == mEntity || m.kind == mDesc || m.kind == mCollective || m.b <= m.a {
		return false
	}
	if d.notActorName(m) || d.commonWordsPerson(m) || d.labelledThing(m) || d.abstractLabel(m.a, m.b) {
		return true
	}
	if hazardHeads[d.toks[m.a].text] && m.b-m.a >= 2 {
		return true
	}
	if m.b-m.a >= 2 && (landformEnds[d.toks[m.b-1].text] || indexEnds[d.toks[m.b-1].text]) {
		return true
	}
	if m.b < len(d.toks) && indexNouns[d.toks[m.b].text] {
		return true // "the Hang Seng index", "the FTSE 100 index": a measure, whatever its name looks like
	}
	if d.toldOutlet(m) {
		d.markMediaName(m)
		return true
	}
	return false
}

// toldOutlet reports whether the mention is the outlet of "told X" or
// "told the [local] newspaper X".
func (d *doc) toldOutlet(m mention) bool {
	j := m.a - 1
	media := false
	for j >= 0 && m.a-j <= 4 {
		w := d.toks[j].text
		if mediaNouns[strings.ToLower(w)] {
			media = true
		} else if !(d.toks[j].kind == tWord && (isLower(w) || w == "The")) {
			break
		}
		if strings.EqualFold(w, "told") || strings.EqualFold(w, "tell") || strings.EqualFold(w, "telling") {
			break
		}
		j--
	}
	if j < 0 || !(strings.EqualFold(d.toks[j].text, "told") || strings.EqualFold(d.toks[j].text, "telling")) {
		return false
	}
	return media || (j == m.a-1 && outletEnds[d.toks[m.b-1].text])
}

// photoWords open a credit: "(Photo by Name)", "Photograph: Name".
var photoWords = toSet(`Photo photo Photograph photograph Picture Image Images Photos Photographs Photographer
photographer Illustration illustration Illustrations Credit Credits Courtesy Graphic Video`)

// markCreditTail finds a credit the slash rule misses at the end of a
// caption paragraph — "(Photo by Name)", "Name for The Outlet" — and flags
// it to skip.
func (d *doc) markCreditTail(p *paragraph) bool {
	from := -1
	for i := p.last - 1; i >= p.first && i >= p.last-12; i-- {
		t := d.toks[i]
		if photoWords[t.text] && i+1 < p.last && (d.toks[i+1].text == "by" || d.toks[i+1].text == ":") {
			from = i
			if i > p.first && d.toks[i-1].text == "(" {
				from = i - 1
			}
			continue // an earlier credit may share the line: "Photo Illustration: X; Photos: Y"
		}
		if t.text == "." && i+1 < p.last && from < 0 && d.creditForRun(i+1, p.last) {
			from = i + 1
			break
		}
		if i == p.first && from < 0 && d.creditForRun(p.first, p.last) {
			from = p.first // a credit paragraph of its own: "Name for The Outlet"
			break
		}
	}
	if from < 0 {
		return false
	}
	for k := from; k < p.last; k++ {
		d.toks[k].skip = true
	}
	return true
}

// creditForRun reports whether tokens [i, j) read "Name Surname for The
// Outlet": capitalised words around one "for".
func (d *doc) creditForRun(i, j int) bool {
	fors := 0
	for k := i; k < j; k++ {
		t := d.toks[k]
		switch {
		case t.text == "for":
			if k == i || k == j-1 {
				return false
			}
			fors++
		case t.kind == tWord && isUpperStart(t.text), creditParticles[t.text] && k > i:
		default:
			return false
		}
	}
	return fors == 1
}
