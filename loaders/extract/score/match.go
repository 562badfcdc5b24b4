package score

import (
	"strings"
	"unicode"

	"github.com/eventgraph/eventgraph/domain"
)

// foldText prepares text for comparison: lower case, runs of white space
// (NBSP included) as one space, curly quotes as straight ones, an
// ellipsis character as three dots, and surrounding quote marks and
// spaces trimmed.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == '…' {
			b.WriteString("...")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Trim(b.String(), "\"' ")
}

// quoteMatches reports whether an extracted quote matches an expected one:
// after folding, one contains the other and the shorter has at least 80%
// of the longer's characters.
func quoteMatches(expected, got string) bool {
	e, g := foldText(expected), foldText(got)
	if e == "" || g == "" {
		return false
	}
	short, long := e, g
	if len(short) > len(long) {
		short, long = long, short
	}
	if !strings.Contains(long, short) {
		return false
	}
	return float64(len([]rune(short))) >= 0.8*float64(len([]rune(long)))
}

// stopWords carry no content; they are left out of token overlap so that
// "the" and "of" do not make unrelated sentences look alike.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true,
	"and": true, "or": true, "for": true, "at": true, "by": true, "with": true,
	"that": true, "this": true, "it": true, "its": true, "is": true, "was": true,
	"be": true, "as": true, "from": true, "s": true, "he": true, "she": true,
	"his": true, "her": true, "their": true, "they": true, "would": true, "could": true,
}

// contentTokens returns the set of lower-case content words of s.
func contentTokens(s string) map[string]bool {
	toks := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !stopWords[w] {
			toks[w] = true
		}
	}
	return toks
}

// overlap returns the share of expected's content words found in got's,
// and the share of got's content words found in expected's.
func overlap(expected, got string) (ofExpected, ofGot float64) {
	e, g := contentTokens(expected), contentTokens(got)
	if len(e) == 0 || len(g) == 0 {
		return 0, 0
	}
	common := 0
	for w := range e {
		if g[w] {
			common++
		}
	}
	return float64(common) / float64(len(e)), float64(common) / float64(len(g))
}

// paraphraseMatches is the rule for reported speech: the extracted
// paraphrase holds at least 60% of the expected text's content words, and
// at least 30% of its own content words come from the expected text, so
// that a paraphrase spanning a whole paragraph does not match every
// expected entry in it.
func paraphraseMatches(expected, got string) bool {
	ofE, ofG := overlap(expected, got)
	return ofE >= 0.6 && ofG >= 0.3
}

// evidenceMatches is the rule for a policy shift's evidence: at least half
// of the expected text's content words are in the extracted sentence.
func evidenceMatches(expected, got string) bool {
	ofE, _ := overlap(expected, got)
	return ofE >= 0.5
}

// dateMatches compares an extracted date with an expected one: nil
// expected is not checked; otherwise both must place the event and render
// to the same string at their precision (so "2025-02" needs MONTH
// precision and February 2025).
func dateMatches(expected, got *domain.FuzzyDate) bool {
	if expected == nil {
		return true
	}
	return got != nil && got.Known() && expected.Known() && got.String() == expected.String()
}

// actorIndex resolves the names facts use to expected actors. A name is
// compared folded (domain.NormalizeName: case, accents, punctuation). An
// extracted reference is widened to all the forms of the extracted
// ActorFact it names, so "the foreign minister" counts when the extractor
// listed it as an alias of an actor whose name is expected.
type actorIndex struct {
	expected  map[string][]string // folded form → expected canonical names
	extracted map[string][]string // folded form → all folded forms of that extracted actor
}

func newActorIndex(exp []entry[domain.ActorFact], got []domain.ActorFact) actorIndex {
	ix := actorIndex{expected: map[string][]string{}, extracted: map[string][]string{}}
	for _, e := range exp {
		a := e.fact
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			k := domain.NormalizeName(f)
			if k != "" && !contains(ix.expected[k], a.Name) {
				ix.expected[k] = append(ix.expected[k], a.Name)
			}
		}
	}
	for _, a := range got {
		forms := actorForms(a)
		for _, f := range forms {
			ix.extracted[f] = append(ix.extracted[f], forms...)
		}
	}
	return ix
}

// actorForms is the folded name and aliases of an extracted actor.
func actorForms(a domain.ActorFact) []string {
	var forms []string
	for _, f := range append([]string{a.Name, a.ID}, a.Aliases...) {
		if k := domain.NormalizeName(f); k != "" && !contains(forms, k) {
			forms = append(forms, k)
		}
	}
	return forms
}

// resolve returns the expected actor an extracted reference names, or "".
// The reference's own form decides first; only if it names no expected
// actor are the other forms of its extracted actor consulted, and then the
// expected actor most of them name wins.
func (ix actorIndex) resolve(ref string) string {
	k := domain.NormalizeName(ref)
	if names := ix.expected[k]; len(names) > 0 {
		return names[0]
	}
	votes := map[string]int{}
	best, bestVotes := "", 0
	for _, f := range ix.extracted[k] {
		for _, name := range ix.expected[f] {
			votes[name]++
			if votes[name] > bestVotes {
				best, bestVotes = name, votes[name]
			}
		}
	}
	return best
}

// is reports whether ref names the expected actor canonical.
func (ix actorIndex) is(ref, canonical string) bool {
	return canonical != "" && ix.resolve(ref) == canonical
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
