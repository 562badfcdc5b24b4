package llm

import (
	"fmt"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// mergeAnswers joins the answers for an article's passages into one, for
// convert to check against the whole article: convert already makes one
// actor of entries that share a name or alias. What it cannot see is that
// "Campos" in one passage is "Lucia Campos" in another, so a one-word person
// name that is the last word of exactly one other person's name becomes
// that person's alias here.
func mergeAnswers(answers []answer) answer {
	if len(answers) == 1 {
		return answers[0]
	}
	var out answer
	for _, a := range answers {
		out.Actors = append(out.Actors, a.Actors...)
		out.Statements = append(out.Statements, a.Statements...)
		out.Meetings = append(out.Meetings, a.Meetings...)
		out.Interactions = append(out.Interactions, a.Interactions...)
		out.PolicyShifts = append(out.PolicyShifts, a.PolicyShifts...)
		out.OtherEvents = append(out.OtherEvents, a.OtherEvents...)
	}
	for i, short := range out.Actors {
		if isPerson(short) && len(strings.Fields(string(short.Name))) == 1 {
			if j, ok := onlyFullNameEnding(out.Actors, string(short.Name)); ok && j != i {
				out.Actors[j].Aliases = append(out.Actors[j].Aliases, string(short.Name))
			}
		}
	}
	return out
}

func isPerson(a answerActor) bool {
	return strings.EqualFold(string(a.Kind), string(domain.KindPerson))
}

// onlyFullNameEnding finds the one person of several words whose name ends
// with the word surname; two such people ("Ana Ruiz", "Jorge Ruiz") leave
// the short name alone.
func onlyFullNameEnding(actors []answerActor, surname string) (int, bool) {
	key := domain.NormalizeName(surname)
	found, at := map[string]bool{}, -1
	for j, a := range actors {
		words := strings.Fields(string(a.Name))
		if !isPerson(a) || len(words) < 2 || domain.NormalizeName(words[len(words)-1]) != key {
			continue
		}
		found[domain.NormalizeName(string(a.Name))] = true
		if at < 0 {
			at = j
		}
	}
	return at, len(found) == 1
}

// dedupeFacts removes facts that two overlapping passages both reported:
// the same kind of fact by the same actors at the same sentence. Roles an
// actor was given twice are kept once.
func dedupeFacts(fs *domain.FactSet) {
	seen := map[string]bool{}
	first := func(kind string, ev domain.Evidence, parts ...string) bool {
		k := fmt.Sprintf("%s|%d|%s", kind, ev.Start, strings.Join(parts, "|"))
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	fs.Statements = slices.DeleteFunc(fs.Statements, func(s domain.StatementFact) bool {
		return !first("statement", s.Evidence, s.Speaker, s.Quote, s.Paraphrase)
	})
	fs.Meetings = slices.DeleteFunc(fs.Meetings, func(m domain.MeetingFact) bool {
		who := slices.Clone(m.Participants)
		slices.Sort(who)
		return !first("meeting", m.Evidence, who...)
	})
	fs.Interactions = slices.DeleteFunc(fs.Interactions, func(x domain.InteractionFact) bool {
		return !first("interaction", x.Evidence, x.Source, x.Target, string(x.Kind))
	})
	fs.PolicyShifts = slices.DeleteFunc(fs.PolicyShifts, func(p domain.PolicyShiftFact) bool {
		return !first("shift", p.Evidence, p.Actor, strings.ToLower(p.Topic))
	})
	fs.OtherEvents = slices.DeleteFunc(fs.OtherEvents, func(o domain.OtherEventFact) bool {
		return !first("other", o.Evidence, strings.ToLower(o.Title))
	})
	for i := range fs.Actors {
		roles := map[string]bool{}
		fs.Actors[i].Roles = slices.DeleteFunc(fs.Actors[i].Roles, func(r domain.Role) bool {
			k := strings.ToLower(r.Title) + "|" + r.Of
			if roles[k] {
				return true
			}
			roles[k] = true
			return false
		})
	}
}
