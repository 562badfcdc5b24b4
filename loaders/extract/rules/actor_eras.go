package rules

import (
	"regexp"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// A story of the Soviet era calls the Soviet Union by its capital ("an
// accord with Moscow") and its people ("the Russians"); those words
// resolve to Russia by the country table, which is the present's reading.
// When a story names the Soviet Union and never Russia itself, Moscow and
// the Russians are the Soviet Union: the story tells of its time. A story
// that names both (the Soviet Union's fall, Russia's war) keeps them apart.

var (
	sovietNames = regexp.MustCompile(`\b(Soviet Union|USSR|U\.S\.S\.R\.)`)
	russiaName  = regexp.MustCompile(`\bRussia\b|\bRussian Federation\b`)
)

// eraRedirects returns the country names a story's era redirects
// (normalised name → name), or nil.
func eraRedirects(text string) map[string]string {
	// The plain substring tests first: a regexp over every story's whole
	// text cost 3% of extraction, and few stories name the Soviet Union.
	if !strings.Contains(text, "Soviet Union") && !strings.Contains(text, "USSR") && !strings.Contains(text, "U.S.S.R.") {
		return nil
	}
	if !sovietNames.MatchString(text) || russiaName.MatchString(text) {
		return nil
	}
	return map[string]string{domain.NormalizeName("Russia"): "Soviet Union"}
}
