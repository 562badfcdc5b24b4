package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters or digits, with inner hyphens and apostrophes: "re-take", "doesn't", "U.S."
	tPunct                // any other visible rune
	tQuote                // a double quote mark, straight or curly
	tPoss                 // the possessive "'s"
)

// token is one unit of the article text with its byte span.
type token struct {
	start, end int
	text       string
	kind       tokKind
	sent       int  // sentence index
	inQuote    bool // inside (or a mark of) a quoted statement of several words
	skip       bool // boilerplate or photo credit: ignored everywhere
	date       int  // 1 + index of the date expression it belongs to, 0 if none
}

func isLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	// Arabic and Hebrew name particles written lower case and hyphenated
	// onto a capitalised name: "al-Mahdi", "el-Sisi", "bin-Zayed", "ha-Levi".
	if i := strings.IndexByte(s, '-'); i > 0 && i <= 3 && i+1 < len(s) && nameParticles[s[:i]] {
		r, _ = utf8.DecodeRuneInString(s[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// nameParticles are the lower-case particles hyphenated onto names.
var nameParticles = toSet("al el ad as at ash ar az bin ben abu ibn ha")

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text into tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i)
			toks = append(toks, token{start: i, end: j, text: text[i:j], kind: tWord})
			i = j
		case r == '"' || r == '“' || r == '”':
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], kind: tQuote})
			i += size
		case isApostrophe(r) && doubledApostrophe(text, i, size):
			// ’’ or '' typed for a closing double quote: "…,’’ X told".
			toks = append(toks, token{start: i, end: i + 2*size, text: "”", kind: tQuote})
			i += 2 * size
		case isApostrophe(r) && i > 0 && possessiveAt(text, i):
			n := size + 1
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], kind: tPoss})
			i += n
		default:
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], kind: tPunct})
			i += size
		}
	}
	return toks
}

// doubledApostrophe reports two like apostrophes at i standing for a
// double quote mark.
func doubledApostrophe(text string, i, size int) bool {
	return i+2*size <= len(text) && text[i+size:i+2*size] == text[i:i+size]
}

// possessiveAt reports whether the apostrophe at i begins "'s" after a word.
func possessiveAt(text string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	_, size := utf8.DecodeRuneInString(text[i:])
	j := i + size
	if j >= len(text) || text[j] != 's' || !(unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == '.') {
		return false
	}
	if j+1 < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		return !unicode.IsLetter(next)
	}
	return true
}

// scanWord reads a word from i: letters and digits, joined by inner
// hyphens, apostrophes (not a possessive) and digit separators, plus the
// dotted acronyms "U.S." and "U.N.".
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if j+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			joins := (r == '-' && (unicode.IsLetter(next) || unicode.IsDigit(next))) ||
				(isApostrophe(r) && unicode.IsLetter(next) && !possessiveAt(text, j)) ||
				((r == ',' || r == '.') && unicode.IsDigit(next) && j > i && isDigitByte(text[j-1]))
			if joins {
				j += size
				continue
			}
		}
		break
	}
	// Dotted acronym: single capital letters each followed by a period.
	if j == i+1 && isUpperByte(text[i]) && j < len(text) && text[j] == '.' {
		k := j
		for k+2 < len(text) && isUpperByte(text[k+1]) && text[k+2] == '.' {
			k += 2
		}
		if k > j {
			return k + 1
		}
	}
	return j
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
func isUpperByte(b byte) bool { return b >= 'A' && b <= 'Z' }

// span is a byte range of the text.
type span struct{ start, end int }

// sentence is a run of tokens [first, last) in one paragraph.
type sentence struct {
	first, last int
	para        int
	start, end  int // byte span
}

// paragraph is one line of the text, with what kind of line it is.
type paragraph struct {
	span
	first, last int  // token range
	headline    bool // the title line
	caption     bool // a photo caption
	lead        bool // the first paragraph of the story proper
}

// splitParagraphs cuts the text at line breaks.
func splitParagraphs(text string) []paragraph {
	var out []paragraph
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if t := strings.TrimSpace(line); t != "" {
			off := start + strings.Index(line, t)
			out = append(out, paragraph{span: span{off, off + len(t)}})
		}
		start = end + 1
	}
	return out
}

// splitSentences cuts the tokens of each paragraph into sentences: at a
// period, question or exclamation mark (with any closing quote) followed
// by a capital, a digit or an opening quote, unless the period ends an
// abbreviation or an initial.
func (d *doc) splitSentences() {
	for pi := range d.paras {
		p := &d.paras[pi]
		first := p.first
		for i := p.first; i < p.last; i++ {
			t := d.toks[i]
			if t.kind != tPunct || !(t.text == "." || t.text == "!" || t.text == "?" || t.text == "…") {
				continue
			}
			end := i + 1
			for end < p.last && d.toks[end].start == d.toks[end-1].end &&
				(d.toks[end].kind == tQuote || d.toks[end].text == ")" || d.toks[end].text == "'" || d.toks[end].text == "’") {
				end++
			}
			if end >= p.last {
				break
			}
			next := d.toks[end]
			if !(isUpperStart(next.text) || next.kind == tQuote || isDigitByte(next.text[0])) {
				continue
			}
			if t.text != "." && t.text != "…" && end > i+1 && d.toks[i+1].kind == tQuote && d.saidTailAt(end, p.last) {
				continue // `"We won!" Smith tweeted on Monday.`: the attribution ends the quote's sentence
			}
			if t.text == "." && i > p.first && d.toks[i-1].kind == tWord && d.toks[i-1].end == t.start {
				w := d.toks[i-1].text
				if abbreviations[w] || (len(w) == 1 && isUpperByte(w[0])) {
					continue
				}
				if w == "m" && (weekdayNames[next.text] || datelineMonths[next.text]) {
					continue // "at 4:30 a.m. Wednesday", "10:30 p.m. Aug. 9": the time runs on into its day
				}
			}
			d.addSentence(first, end, pi)
			first = end
			i = end - 1
		}
		if first < p.last {
			d.addSentence(first, p.last, pi)
		}
	}
}

// tailSayVerbs are the verbs of saying that follow a speaker's name after
// a quote: `"…!" X tweeted`, `"…?" Ms Y asked`.
var tailSayVerbs = toSet("said says told tweeted wrote writes asked asks added adds shouted exclaimed yelled posted replied responded declared insisted cried remarked wondered")

// tailAfterWords may follow the verb of a short attribution: its day,
// place or occasion ("X tweeted on Monday", "Y said yesterday").
var tailAfterWords = toSet("on in at during from via after before yesterday today tonight earlier later last this when while")

// tailEndsAt reports whether the attribution's verb is done by token k: a
// sentence mark, a comma or a word of its day or occasion, not a reported
// clause of its own (`"…?" Mr X said he would not respond`).
func (d *doc) tailEndsAt(k, last int) bool {
	if k >= last {
		return true
	}
	t := d.toks[k]
	return t.kind == tPunct || tailAfterWords[strings.ToLower(t.text)] || weekdayNames[t.text]
}

// saidTailAt reports whether the tokens at k begin an attribution after a
// quote ending in a question or exclamation mark: a capitalised name of at
// most four words (an honorific's period included) and a verb of saying.
func (d *doc) saidTailAt(k, last int) bool {
	for n := 0; n < 5 && k+n < last; n++ {
		t := d.toks[k+n]
		switch {
		case n > 0 && tailSayVerbs[t.text]:
			return d.tailEndsAt(k+n+1, last) || (t.text == "told" || t.text == "asked") && d.tailEndsAt(k+n+2, last)
		case t.kind == tWord && isUpperStart(t.text):
		case t.text == "." && n > 0 && abbreviations[d.toks[k+n-1].text]:
		default:
			return false
		}
	}
	return false
}

func (d *doc) addSentence(first, last, para int) {
	idx := len(d.sents)
	for i := first; i < last; i++ {
		d.toks[i].sent = idx
	}
	d.sents = append(d.sents, sentence{first: first, last: last, para: para, start: d.toks[first].start, end: d.toks[last-1].end})
}

// runeOffsets maps every byte offset of text to its code-point offset.
func runeOffsets(text string) []int32 {
	out := make([]int32, len(text)+1)
	n := int32(0)
	for i := range text {
		out[i] = n
		n++
	}
	// Continuation bytes share the offset of the rune they belong to.
	last := int32(0)
	for i := 0; i < len(text); i++ {
		if utf8.RuneStart(text[i]) {
			last = out[i]
		} else {
			out[i] = last
		}
	}
	out[len(text)] = n
	return out
}
