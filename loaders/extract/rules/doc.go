package rules

import (
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract/dates"
)

// doc is one article under analysis: its tokens, paragraphs, sentences,
// quotes, dates and actor mentions.
type doc struct {
	text    string
	article domain.Article
	runeAt  []int32
	toks    []token
	paras   []paragraph
	sents   []sentence
	quotes  []quote
	dates   []dates.Mention
	reg     *registry
	ments   []mention
	places  []mention         // places and occasions named in the story
	endsAt  map[int]int       // token index → index in ments of the mention ending there
	startAt map[int]int       // token index → index in ments of the mention starting there
	story   *domain.FuzzyDate // the day of the news the article reports, nil when unknown
	// acronyms maps an acronym the article pairs with a name to the name.
	acronyms map[string]string
	// mediaNames are names some mention showed to be an outlet, its staff
	// or a programme; every mention of them is dropped (nonactor_media.go).
	mediaNames map[string]bool
	// resolvingPronoun holds the pronouns whose speaker is being read: a
	// speaker read through the sentence before may lead back to the same
	// pronoun on malformed text, and the second visit answers "unknown".
	resolvingPronoun map[int]bool
	// lastQuote is the last statement read from a quote, for the next
	// quote of the same words to take its occasion (quote_occasions.go).
	lastQuote quotedAt
	// court is 0 until courtStory has looked, then 1 (no court
	// proceeding told) or 2 (meeting_proceedings.go).
	court int8
}

// quote is a quoted passage: marks at token open and close (close is -1
// when the quote runs to the end of its paragraph, as news style does when
// a quote continues in the next paragraph).
type quote struct {
	open, close int
	from, to    int // byte span of the words inside the marks
	para        int
	words       int
}

// statementMinWords is the length from which a quoted passage is someone's
// statement; one quoted word ("dumping") is a term being set off.
const statementMinWords = 2

// quoteTextMinWords is the length from which a quote's words are not read
// as the article's own narration (short fragments like "fruitful exchange" are).
const quoteTextMinWords = 4

func newDoc(a domain.Article, known []domain.Actor) *doc {
	d := &doc{text: a.Text, article: a, runeAt: runeOffsets(a.Text)}
	d.toks = tokenize(a.Text)
	d.paras = splitParagraphs(a.Text)
	d.assignParagraphTokens()
	d.markBoilerplate()
	d.splitSentences()
	d.findQuotes()
	// An article without a publication date gets its dated expressions
	// only: relative ones come back with precision UNKNOWN and their words.
	for _, m := range dates.Find(a.Text, a.PublishedAt) {
		if !d.skippedAt(m.Start) {
			d.dates = append(d.dates, m)
			d.markDate(m.Start, m.End, len(d.dates)-1)
		}
	}
	d.findStoryDate()
	d.reg = newRegistry(known, a.Publisher)
	d.reg.redirect = eraRedirects(a.Text)
	d.findMentions()
	return d
}

func (d *doc) assignParagraphTokens() {
	ti := 0
	for pi := range d.paras {
		p := &d.paras[pi]
		for ti < len(d.toks) && d.toks[ti].start < p.start {
			ti++
		}
		p.first = ti
		for ti < len(d.toks) && d.toks[ti].end <= p.end {
			ti++
		}
		p.last = ti
	}
}

// skippedAt reports whether the byte offset lies in boilerplate.
func (d *doc) skippedAt(off int) bool {
	for _, p := range d.paras {
		if off >= p.start && off < p.end {
			for i := p.first; i < p.last; i++ {
				if d.toks[i].start <= off && off < d.toks[i].end {
					return d.toks[i].skip
				}
			}
			return false
		}
	}
	return true
}

// boilerplateCues mark paragraphs that belong to the page, not the story.
var boilerplateCues = []string{"newsletter", "subscribe", "sign up", "donat", "support us", "privacy policy",
	"cookie", "all rights reserved", "dear readers", "a message from", "read more", "your support",
	"remind me later", "click here", "follow us", "support independent", "advertisement",
	"reporting by", "editing by", "writing by", "additional reporting", "compiled by"}

// boilerplateEnd marks the first paragraph of a page's trailing matter.
var boilerplateEnd = []string{"sign up for", "a message from", "dear readers", "subscribers agree", "related articles"}

// markBoilerplate flags the headline, photo captions and credits, the lead,
// and page matter (banners, newsletter boxes, donation appeals) to skip.
func (d *doc) markBoilerplate() {
	title := domain.NormalizeName(d.article.Title)
	start := 0
	if title != "" {
		for pi, p := range d.paras {
			if domain.NormalizeName(d.text[p.start:p.end]) == title {
				start = pi
				break
			}
		}
	}
	publisher := strings.ToLower(d.article.Publisher)
	rest := false
	leadSet := false
	for pi := range d.paras {
		p := &d.paras[pi]
		low := strings.ToLower(d.text[p.start:p.end])
		words := len(strings.Fields(low))
		terminal := strings.ContainsAny(low[len(low)-1:], ".!?\"”:")
		for _, c := range boilerplateEnd {
			if strings.Contains(low, c) {
				rest = true
			}
		}
		skip := pi < start || rest
		for _, c := range boilerplateCues {
			skip = skip || strings.Contains(low, c) && (c != "donat" || addressesReader(low))
		}
		for _, c := range contributorCues {
			skip = skip || strings.Contains(low, c)
		}
		skip = skip || d.bylineParagraph(p)
		if publisher != "" && strings.Contains(low, publisher) && speaksAsOutlet(low) {
			skip = true
		}
		switch {
		case skip:
		case pi == start && (title != "" || (!terminal && words <= 20)):
			p.headline = true
		case !terminal && words <= 5:
			skip = true // a section heading or a page fragment
		}
		if skip {
			for i := p.first; i < p.last; i++ {
				d.toks[i].skip = true
			}
			continue
		}
		if p.headline {
			continue
		}
		d.markDateline(p)
		d.markCreditLines(p)
		if d.markCredit(p) || d.markCreditTail(p) || hasPositionMarks(low) {
			p.caption = true
			continue
		}
		if !leadSet {
			p.lead, leadSet = true, true
		}
	}
}

// addressesReader reports a paragraph that speaks to "you": a donation
// appeal does, a story about a politician's donations does not.
func addressesReader(low string) bool {
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "you" || w == "your" {
			return true
		}
	}
	return false
}

// speaksAsOutlet reports a paragraph in which the outlet speaks of itself
// ("we", "our", "us" outside quotation marks): a note to the reader, not
// the story. A source's quoted "us" ("… to exclude us," X told the
// outlet) is the source's.
func speaksAsOutlet(low string) bool {
	inQuote := false
	for _, w := range strings.FieldsFunc(low, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '!' || r == '?'
	}) {
		opens := strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
		closes := strings.HasSuffix(w, "\"") || strings.HasSuffix(w, "”")
		if opens {
			inQuote = true
		}
		bare := strings.Trim(w, "\"“”")
		if !inQuote && (bare == "we" || bare == "our" || bare == "us") {
			return true
		}
		if closes {
			inQuote = false
		}
	}
	return false
}

// hasPositionMarks spots photo captions: "Name (L)", "(2nd R)", "(left)".
func hasPositionMarks(low string) bool {
	for _, m := range []string{" l)", " r)", "(l)", "(r)", "(c)", "(left)", "(right)", "(center)", "(centre)"} {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// markCredit finds a photo credit at the end of a paragraph — "Firstname
// Lastname / AGENCY", "Photo: AGENCY" — and flags its tokens to skip.
func (d *doc) markCredit(p *paragraph) bool {
	for i := p.last - 1; i >= p.first && i >= p.last-8; i-- {
		t := d.toks[i]
		if t.text == "/" && i+1 < p.last {
			if !d.capsRun(i+1, p.last) {
				return false
			}
			j := i - 1
			for j >= p.first && j >= i-4 && d.toks[j].kind == tWord && isUpperStart(d.toks[j].text) {
				j--
			}
			if j == i-1 || (j >= p.first && d.toks[j].text != "." && d.toks[j].text != ":" && d.toks[j].text != "(") {
				return false
			}
			for k := j + 1; k < p.last; k++ {
				d.toks[k].skip = true
			}
			return true
		}
		if strings.EqualFold(t.text, "photo") && i+1 < p.last && d.toks[i+1].text == ":" {
			for k := i; k < p.last; k++ {
				d.toks[k].skip = true
			}
			return true
		}
	}
	return false
}

// capsRun reports whether tokens [i, j) are capitalised words or "&".
func (d *doc) capsRun(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if !(t.kind == tWord && (isUpperStart(t.text) || creditParticles[t.text])) && t.text != "&" && t.text != ")" {
			return false
		}
	}
	return true
}

// creditParticles are the lower-case words inside an agency's name or a
// credit line: "Río de la Plata Press", "Name/AFP via Getty Images".
var creditParticles = toSet("via de la del do da di du des van von der den of for and y e")

// findQuotes pairs quote marks within each paragraph. A straight mark
// opens when no quote is open and closes otherwise; a paragraph ending
// inside a quote gives an unclosed quote running to its end.
func (d *doc) findQuotes() {
	for pi, p := range d.paras {
		if p.headline {
			continue
		}
		open := -1
		for i := p.first; i < p.last; i++ {
			t := d.toks[i]
			if t.kind != tQuote || t.skip {
				continue
			}
			switch {
			case open < 0 && d.orphanCloser(i, p.last):
				// `… from Europe." When he was …`: copy that lost a quote's
				// opening mark; this one closes nothing and opens nothing.
			case open < 0 && t.text != "”":
				open = i
			case open >= 0 && d.reopensQuote(open, i):
				// `… government. "Instead …`: copy that lost its paragraph
				// breaks reopens a running quote; the mark starts the next.
				d.addQuote(open, i, pi)
				open = i
			case open >= 0 && t.text != "“":
				d.addQuote(open, i, pi)
				open = -1
			}
		}
		if open >= 0 && open+1 < p.last {
			d.addQuote(open, -1, pi)
		}
	}
}

// orphanCloser reports a straight mark at i that can only close: it
// stands against the sentence end before it and a space follows it.
func (d *doc) orphanCloser(i, last int) bool {
	if d.toks[i].text != "\"" || i == 0 {
		return false
	}
	prev := d.toks[i-1]
	if prev.end != d.toks[i].start || (prev.text != "." && prev.text != "?" && prev.text != "!") {
		return false
	}
	return i+1 >= last || d.toks[i+1].start > d.toks[i].end
}

// reopensQuote reports a straight mark at i, inside the quote opened at
// open, that opens rather than closes: it stands after a sentence's end and
// a space, against the capitalised word it opens.
func (d *doc) reopensQuote(open, i int) bool {
	if d.toks[i].text != "\"" || i < open+2 || i+1 >= len(d.toks) {
		return false
	}
	prev, next := d.toks[i-1], d.toks[i+1]
	if prev.text != "." && prev.text != "?" && prev.text != "!" {
		return false
	}
	return prev.end < d.toks[i].start && next.start == d.toks[i].end && next.kind == tWord && isUpperStart(next.text)
}

func (d *doc) addQuote(open, close, para int) {
	q := quote{open: open, close: close, para: para, from: d.toks[open].end}
	last := close
	if close < 0 {
		last = d.paras[para].last
		q.to = d.toks[last-1].end
	} else {
		q.to = d.toks[close].start
	}
	for i := open + 1; i < last; i++ {
		if d.toks[i].kind == tWord {
			q.words++
		}
	}
	if q.words >= quoteTextMinWords {
		for i := open; i < last; i++ {
			d.toks[i].inQuote = true
		}
		if close >= 0 {
			d.toks[close].inQuote = true
		}
	}
	d.quotes = append(d.quotes, q)
}

// ev builds the evidence for a byte span of the text.
func (d *doc) ev(start, end int, conf float64) domain.Evidence {
	return domain.Evidence{
		Sentence:   strings.TrimSpace(d.text[start:end]),
		Start:      int(d.runeAt[start]),
		End:        int(d.runeAt[end]),
		Extractor:  Name,
		Confidence: conf,
	}
}

// markDate flags the tokens of a date expression.
func (d *doc) markDate(start, end, idx int) {
	for i := range d.toks {
		t := &d.toks[i]
		if t.start >= start && t.end <= end {
			t.date = idx + 1
		}
	}
}

// markDateline flags a dateline opening a paragraph ("KUALA LUMPUR —",
// "BEIJING (Reuters) -") to skip: the city is where the story was filed.
func (d *doc) markDateline(p *paragraph) {
	k := p.first
	for k < p.last && k-p.first < 7 && d.toks[k].kind == tWord && strings.ToUpper(d.toks[k].text) == d.toks[k].text && len(d.toks[k].text) > 1 || (k < p.last && (d.toks[k].text == "," || d.toks[k].text == "/")) {
		k++
	}
	if k == p.first || k >= p.last {
		return
	}
	k = d.skipDatelineDate(k, p.last)
	if d.toks[k].text == "(" {
		for k < p.last && d.toks[k].text != ")" {
			k++
		}
		k++
	}
	if k < p.last && (d.toks[k].text == "—" || d.toks[k].text == "–" || d.toks[k].text == "-") {
		for i := p.first; i <= k; i++ {
			d.toks[i].skip = true
		}
	}
}

// datelineMonths are the month forms a dateline's date uses ("KUALA
// LUMPUR, Oct 16 —").
var datelineMonths = toSet(`Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March
April June July August September October November December`)

// skipDatelineDate steps over the date of a dateline: a month, an optional
// period and a day number.
func (d *doc) skipDatelineDate(k, last int) int {
	if k+1 >= last || !datelineMonths[d.toks[k].text] {
		return k
	}
	j := k + 1
	if d.toks[j].text == "." {
		j++
	}
	if j < last && d.toks[j].kind == tWord && isDigitByte(d.toks[j].text[0]) && j+1 < last {
		return j + 1
	}
	return k
}
