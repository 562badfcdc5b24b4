package domain

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ActorKind says what sort of thing an Actor is.
type ActorKind string

// The actor kinds.
const (
	KindPerson       ActorKind = "PERSON"
	KindOrganization ActorKind = "ORGANIZATION"
	KindCountry      ActorKind = "COUNTRY"
	KindGroup        ActorKind = "GROUP"
)

// Valid reports whether k is one of the known kinds.
func (k ActorKind) Valid() bool {
	switch k {
	case KindPerson, KindOrganization, KindCountry, KindGroup:
		return true
	}
	return false
}

// Actor is someone or something that acts in events: a person, an
// organisation, a country (its government), a group.
type Actor struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        ActorKind `json:"kind"`
	Aliases     []string  `json:"aliases,omitempty"`
	Description string    `json:"description,omitempty"`
	// AsOf is the moment the actor was read as of (zero: the present);
	// the reads below it (its timelines) answer at that moment too.
	AsOf time.Time `json:"-"`
}

// Role is an office an actor holds in another actor: Secretary of State of
// the United States. From and To bound it when known.
type Role struct {
	Title string     `json:"title"`
	Of    string     `json:"of"` // actor id (reads) or name (facts)
	From  *FuzzyDate `json:"from,omitempty"`
	To    *FuzzyDate `json:"to,omitempty"`
}

// Topic is a subject events are about ("Russia-Ukraine war").
type Topic struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Place is where a meeting happened ("New York", "White House").
type Place struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Slug turns a name into a stable id: lower case ASCII letters and digits
// separated by single hyphens, accents folded ("Volodymyr Zelensky" →
// "volodymyr-zelensky", "U.S." → "u-s"). Actor, topic and place ids are slugs
// of their canonical names.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent left by NFKD
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "Côte d'Ivoire" → "cote-divoire": an apostrophe joins.
		default:
			hyphen = true
		}
	}
	return b.String()
}

// NormalizeName folds a name for comparison: case, accents, white space
// and quote marks. Two surface forms that normalise alike name one actor.
func NormalizeName(s string) string {
	return strings.ReplaceAll(Slug(s), "-", " ")
}
