package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// phraseActor resolves a plain noun phrase [from, to) that is no mention
// of its own to an actor of the story, or -1: an actor named inside it
// ("EU trade ministers"), else the one organisation whose name holds the
// phrase's head noun ("the subcommittee") or two of its words in a row
// ("border guard helicopters"). Two candidates make it ambiguous.
func (d *doc) phraseActor(from, to int) int {
	for j := from; j < to; j++ {
		if m := d.mentionEnding(j); m != nil && m.a >= from {
			return m.rec
		}
	}
	words := make([]string, 0, to-from)
	for j := from; j < to; j++ {
		words = append(words, strings.ToLower(d.toks[j].text))
	}
	head := words[len(words)-1]
	found := -1
	for i, r := range d.reg.recs {
		if r.kind != domain.KindOrganization || !r.used {
			continue
		}
		if nameHolds(strings.Fields(strings.ToLower(r.name)), head, words) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// nameHolds reports whether a name's words hold head (or its singular)
// or two consecutive words of phrase.
func nameHolds(name []string, head string, phrase []string) bool {
	for i, w := range name {
		if w == head || w+"s" == head {
			return true
		}
		if i+1 < len(name) {
			for j := 0; j+1 < len(phrase); j++ {
				if phrase[j] == w && phrase[j+1] == name[i+1] {
					return true
				}
			}
		}
	}
	return false
}
