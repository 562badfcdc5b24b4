package rank

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a candidate is: a meeting or a policy shift.
type Kind string

// The candidate kinds; each has its own weights.
const (
	Meeting Kind = "meeting"
	Shift   Kind = "shift"
)

// Word is the form of a token a feature may carry: the token itself when
// it is a lower-case word, else its shape — "<cap>" for a capitalised word
// (a name, or any word at a sentence's start), "<acr>" for one in capitals,
// "<num>" for one with a digit, "<sym>" for punctuation. So no feature can
// name a person, an outlet or a place.
func Word(tok string) string {
	r, _ := utf8.DecodeRuneInString(tok)
	switch {
	case tok == "":
		return "<sym>"
	case strings.IndexFunc(tok, unicode.IsDigit) >= 0:
		return "<num>"
	case unicode.IsUpper(r):
		if len(tok) > 1 && strings.IndexFunc(tok, unicode.IsLower) < 0 {
			return "<acr>"
		}
		return "<cap>"
	case unicode.IsLower(r):
		return strings.ToLower(tok)
	case tok == "'s" || tok == "’s":
		return "'s"
	}
	return "<sym>"
}

// Features collects a candidate's feature strings without repeats.
type Features struct {
	list []string
	seen map[string]bool
}

// Add records the feature prefix+"="+value (or prefix alone when value is
// empty).
func (f *Features) Add(prefix, value string) {
	name := prefix
	if value != "" {
		name += "=" + value
	}
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	if !f.seen[name] {
		f.seen[name] = true
		f.list = append(f.list, name)
	}
}

// AddWord records prefix=Word(tok).
func (f *Features) AddWord(prefix, tok string) { f.Add(prefix, Word(tok)) }

// List returns the features recorded so far.
func (f *Features) List() []string { return f.list }

// Bucket names a count or distance coarsely: "0", "1", "2", "3-4", "5-8", "9+".
func Bucket(n int) string {
	switch {
	case n <= 2:
		if n < 0 {
			return "neg"
		}
		return string(rune('0' + n))
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	}
	return "9+"
}
