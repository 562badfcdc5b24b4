package llm

import "unicode"

// passage is a part of an article sent to the model on its own: the text
// and where it lies in the article (code points), and how many times it
// was halved to get there.
type passage struct {
	text       string
	start, end int
	depth      int
	sentences  []span // the article's sentences in the passage, article offsets
}

// minPassageTokens is the least room for article text that makes a request
// worth sending; a configuration that leaves less is refused by New.
const minPassageTokens = 200

// estimateTokens estimates the tokens of s for any of the usual tokenizers:
// English runs at about four characters a token; three is assumed so that
// an estimate errs on the side of a passage too small, not one that does
// not fit. (The server's own count is unknown until it answers; a prompt it
// still finds too long is split again.)
func estimateTokens(s string) int {
	n := 0
	for range s {
		n++
	}
	return (n + 2) / 3
}

// promptTokens estimates the instructions the prompt wraps each passage in.
var promptTokens = estimateTokens(instructions(nil, 1, 1))

// passageRoom is how many tokens of article text fit one request: the
// context less the instructions, the answer and a margin for the chat
// template's own tokens.
func passageRoom(cfg Config) int {
	const templateMargin = 64
	return cfg.Context - promptTokens - cfg.MaxTokens - templateMargin
}

// splitPassages cuts text into passages of at most room estimated tokens,
// at sentence boundaries (sentences end at every line break, so paragraphs
// are kept whole where they fit). Consecutive passages share one sentence,
// so a fact told across a boundary is seen whole in one of them. A text
// that fits is one passage.
func splitPassages(text string, room int) []passage {
	rs := []rune(text)
	sentences := splitSentences(rs)
	if estimateTokens(text) <= room || len(sentences) == 0 {
		return []passage{{text: text, start: 0, end: len(rs), sentences: sentences}}
	}
	sentences = cutLongSentences(rs, sentences, room)
	var out []passage
	for i := 0; i < len(sentences); {
		j := i + 1
		for j < len(sentences) && estimateTokens(string(rs[sentences[i].start:sentences[j].end])) <= room {
			j++
		}
		out = append(out, newPassage(rs, sentences[i:j], 0))
		if j == len(sentences) {
			break
		}
		// Start the next passage on the last sentence of this one, unless
		// that sentence is the whole passage (then there is nothing to share).
		if j-1 > i {
			i = j - 1
		} else {
			i = j
		}
	}
	return out
}

func newPassage(rs []rune, sentences []span, depth int) passage {
	start, end := sentences[0].start, sentences[len(sentences)-1].end
	return passage{text: string(rs[start:end]), start: start, end: end, depth: depth, sentences: sentences}
}

// halve splits a passage into two overlapping ones at a sentence boundary,
// for a passage whose answer did not fit max tokens. ok is false for a
// passage of one sentence.
func (p passage) halve() ([2]passage, bool) {
	n := len(p.sentences)
	if n < 2 {
		return [2]passage{}, false
	}
	rs := []rune(p.text)
	// The sentences are in article offsets; the passage's runes start at p.start.
	local := func(ss []span) passage {
		start, end := ss[0].start-p.start, ss[len(ss)-1].end-p.start
		return passage{text: string(rs[start:end]), start: ss[0].start, end: ss[len(ss)-1].end, depth: p.depth + 1, sentences: ss}
	}
	mid := n / 2
	second := mid
	if n > 2 {
		second = mid - 1 // one sentence shared
	}
	return [2]passage{local(p.sentences[:mid]), local(p.sentences[second:])}, true
}

// cutLongSentences cuts any sentence longer than room at word boundaries,
// so that no passage has to exceed room.
func cutLongSentences(rs []rune, sentences []span, room int) []span {
	maxRunes := room * 3
	var out []span
	for _, s := range sentences {
		for s.end-s.start > maxRunes {
			cut := s.start + maxRunes
			for cut > s.start+maxRunes/2 && !unicode.IsSpace(rs[cut]) {
				cut--
			}
			out = append(out, span{s.start, cut})
			for cut < s.end && unicode.IsSpace(rs[cut]) {
				cut++
			}
			s.start = cut
		}
		out = append(out, s)
	}
	return out
}
