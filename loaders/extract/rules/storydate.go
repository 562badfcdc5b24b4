package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// storyParagraphs is how many story paragraphs, from the lead, may date
// the news the article reports.
const storyParagraphs = 2

// findStoryDate sets d.story to the day of the news event the article
// reports: the most recent day on or before publication that the lead and
// the paragraph after it name outside quotes ("… on Wednesday"), else the
// publication day. News prose dates its event once, up top, and tells the
// rest of the story in that day's past tense. An article without a
// publication date has no story day: its undated acts stay undated.
func (d *doc) findStoryDate() {
	if d.article.PublishedAt.IsZero() {
		return
	}
	pub := d.publicationDay()
	seen := 0
	reach := storyParagraphs
	if d.datelineDay() != nil && !d.leadPerfect() {
		// Wire copy whose lead tells its news in the past ("TOKYO, March 3 -
		// Japan said …"): the dateline's day; the paragraphs after it tell
		// other acts. A lead in the present perfect ("has revoked") leaves
		// the day to the paragraph after it.
		reach = 1
	}
	for pi, p := range d.paras {
		if seen == reach {
			break
		}
		if p.headline || p.caption || d.paraSkipped(pi) {
			continue
		}
		seen++
		for k := p.first; k < p.last; k++ {
			t := d.toks[k]
			if t.date == 0 || t.inQuote || t.skip {
				continue
			}
			fd := d.dates[t.date-1].Date
			if fd.Precision != domain.PrecisionDay || fd.Start.After(pub.Start) {
				continue
			}
			if d.story == nil || fd.Start.After(d.story.Start) {
				fd := fd
				d.story = &fd
			}
		}
	}
	if d.story == nil {
		d.story = d.datelineDay()
	}
	if d.story == nil {
		d.story = &pub
	}
}

// leadPerfect reports whether the first story paragraph tells its news in
// the present perfect ("has revoked", "have agreed") outside quotes.
func (d *doc) leadPerfect() bool {
	for pi, p := range d.paras {
		if p.headline || p.caption || d.paraSkipped(pi) {
			continue
		}
		for k := p.first; k+1 < p.last; k++ {
			w := strings.ToLower(d.toks[k].text)
			if (w == "has" || w == "have") && !d.toks[k].inQuote && d.toks[k+1].kind == tWord && isLower(d.toks[k+1].text) {
				return true
			}
		}
		return false
	}
	return false
}

// paraSkipped reports whether all of paragraph pi is boilerplate.
func (d *doc) paraSkipped(pi int) bool {
	p := d.paras[pi]
	for k := p.first; k < p.last; k++ {
		if !d.toks[k].skip {
			return false
		}
	}
	return true
}

// presentPerfect auxiliaries before a verb tell no particular day ("has
// argued"); pastPerfect ones tell background before the story's day ("had
// said"), though a dated sentence before may still place it;
// otherTimeAdverbs in a clause tell habits and earlier times.
var (
	presentPerfect   = toSet("has have")
	pastPerfect      = toSet("had 'd ’d")
	otherTimeAdverbs = toSet("previously repeatedly often long formerly once")
)

// otherTime reports whether the act told at tokens [from, to) of sentence
// si is told apart from the story's day: a perfect auxiliary (with
// pastToo, also a past perfect one) just before from, or an adverb of
// other times in the clause.
func (d *doc) otherTime(si, from, to int, pastToo bool) bool {
	start := from - auxiliaryReach
	if first := d.sents[si].first; start < first {
		start = first
	}
	for k := start; k < to && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.inQuote {
			continue
		}
		if k >= from && d.adverbialParticiple(k) {
			break // "X told Y, repeatedly calling for …": the manner of the same occasion
		}
		lw := strings.ToLower(t.text)
		if otherTimeAdverbs[lw] && !d.adjectivalLong(k) || (k <= from && (presentPerfect[lw] || pastToo && pastPerfect[lw])) {
			return true
		}
	}
	return false
}

// auxiliaryReach is how far before a verb its auxiliaries stand ("has
// repeatedly said").
const auxiliaryReach = 2

// afterPublication reports whether fd lies after the article's
// publication: a future date, or one that belongs to another story. With
// no publication date (or no day in fd) it cannot be told, and is not.
func (d *doc) afterPublication(fd domain.FuzzyDate) bool {
	return !d.article.PublishedAt.IsZero() && fd.Known() && (fd.Start.After(d.publicationDay().Start) || aheadOfWriting(fd))
}

// aheadOfWriting reports whether fd's words count forward from the day of
// writing ("next week", "this coming month"): a month or range that holds
// the publication day, told as still to come.
func aheadOfWriting(fd domain.FuzzyDate) bool {
	lt := strings.ToLower(fd.Text)
	return strings.HasPrefix(lt, "next ") || strings.Contains(lt, " next ") || strings.Contains(lt, "coming")
}

// presentDate is the story's day for an act told at tokens [from, to) of
// sentence si without a date of its own, or nil when the clause tells
// another time.
func (d *doc) presentDate(si, from, to int) *domain.FuzzyDate {
	if d.story == nil || d.otherTime(si, from, to, true) {
		return nil
	}
	fd := *d.story
	return &fd
}

// publicationDay is the calendar day of publication where the article was
// published (in the zone of its date): the day its "yesterday" counts from.
func (d *doc) publicationDay() domain.FuzzyDate {
	y, m, day := d.article.PublishedAt.Date()
	return domain.Day(y, m, day)
}

// adverbialParticiple reports whether the comma at k opens a participle
// phrase led by an adverb of other times ("…, repeatedly calling for an
// answer"): the adverb tells how the act went on at its occasion, not
// another time.
func (d *doc) adverbialParticiple(k int) bool {
	if d.toks[k].text != "," || k+2 >= len(d.toks) || !otherTimeAdverbs[strings.ToLower(d.toks[k+1].text)] {
		return false
	}
	w := d.toks[k+2].text
	return isLower(w) && strings.HasSuffix(w, "ing")
}
