package score

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// actors scores the actor list. An extracted actor matches an expected one
// when any of its folded forms (name, id, aliases) is one of the expected
// actor's. Precision is strict: every extracted actor that matches no
// expected actor counts against it, including a second extracted actor for
// an already matched one (the extractor should have merged them) and
// plausible actors the expected file does not list. Optional expected
// actors absorb extracted ones without counting.
func (s *scorer) actors() {
	exp := s.gold.actors
	expForms := make([]map[string]bool, len(exp))
	for i, a := range exp {
		expForms[i] = map[string]bool{}
		for _, f := range append([]string{a.fact.Name}, a.fact.Aliases...) {
			expForms[i][domain.NormalizeName(f)] = true
		}
	}
	gotForms := make([][]string, len(s.got.Actors))
	for i, a := range s.got.Actors {
		gotForms[i] = actorForms(a)
	}
	tally(s, TypeActors, exp, s.got.Actors,
		func(e, g int) bool {
			for _, f := range gotForms[g] {
				if expForms[e][f] {
					return true
				}
			}
			return false
		},
		func(a domain.ActorFact) string {
			if len(a.Aliases) == 0 {
				return fmt.Sprintf("%q", a.Name)
			}
			return fmt.Sprintf("%q (aliases %q)", a.Name, a.Aliases)
		})
}

// notActors counts names the article mentions that are not actors (photo
// credits, the publisher) but were extracted as actors anyway: a form of
// an extracted actor equals the name or contains it as whole words.
func (s *scorer) notActors() {
	violated := 0
	for _, n := range s.exp.NotActors {
		bad := " " + domain.NormalizeName(n) + " "
		for _, a := range s.got.Actors {
			if formsContain(actorForms(a), bad) {
				violated++
				s.miss("%s: extracted %q as actor %q", TypeNotActors, n, a.Name)
				break
			}
		}
	}
	s.res.ByType[TypeNotActors] = avoided(len(s.exp.NotActors), violated)
}

func formsContain(forms []string, padded string) bool {
	for _, f := range forms {
		if strings.Contains(" "+f+" ", padded) {
			return true
		}
	}
	return false
}

// avoided is the not_actors row: precision and recall are both the share
// of listed non-actors that were not extracted.
func avoided(listed, violated int) PR {
	p := PR{Expected: listed, Extracted: violated, Matched: listed - violated, Precision: 1, Recall: 1}
	if listed > 0 {
		p.Precision = float64(p.Matched) / float64(listed)
		p.Recall = p.Precision
	}
	return p
}

// statements scores direct quotes: the quote text (80% containment rule),
// the speaker, the principal when the expected entry names one, and the
// date when it gives one. Extracted statements without a quote are
// paraphrases and are scored there.
func (s *scorer) statements() {
	got := filterStatements(s.got.Statements, func(f domain.StatementFact) bool { return f.Quote != "" })
	tally(s, TypeStatements, s.gold.quotes, got,
		func(e, g int) bool {
			x, f := s.gold.quotes[e].fact, got[g]
			return quoteMatches(x.Quote, f.Quote) && s.ix.is(f.Speaker, x.Speaker) &&
				(x.OnBehalfOf == "" || s.ix.is(f.OnBehalfOf, x.OnBehalfOf)) && dateMatches(x.When, f.When)
		},
		func(f domain.StatementFact) string {
			return fmt.Sprintf("%s @%s %q", f.Speaker, dateString(f.When), short(f.Quote))
		})
}

// paraphrases scores reported speech: the speaker, the date when given,
// and the text by content-word overlap (see paraphraseMatches).
func (s *scorer) paraphrases() {
	got := filterStatements(s.got.Statements, func(f domain.StatementFact) bool { return f.Paraphrase != "" })
	tally(s, TypeParaphrases, s.gold.paraphrases, got,
		func(e, g int) bool {
			x, f := s.gold.paraphrases[e].fact, got[g]
			return s.ix.is(f.Speaker, x.Speaker) && dateMatches(x.When, f.When) && paraphraseMatches(x.Paraphrase, f.Paraphrase)
		},
		func(f domain.StatementFact) string {
			return fmt.Sprintf("%s @%s %q", f.Speaker, dateString(f.When), short(f.Paraphrase))
		})
}

func filterStatements(all []domain.StatementFact, keep func(domain.StatementFact) bool) []domain.StatementFact {
	var out []domain.StatementFact
	for _, f := range all {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// meetings scores meetings: the participants, resolved to expected actors,
// form the same set; the date matches when given.
func (s *scorer) meetings() {
	exp, got := s.gold.meetings, s.got.Meetings
	tally(s, TypeMeetings, exp, got,
		func(e, g int) bool {
			return s.sameActors(exp[e].fact.Participants, got[g].Participants) && dateMatches(exp[e].fact.When, got[g].When)
		},
		func(f domain.MeetingFact) string { return fmt.Sprintf("%q @%s", f.Participants, dateString(f.When)) })
}

// sameActors reports whether the extracted references name exactly the
// expected actors (as sets; an unresolvable reference spoils the match).
func (s *scorer) sameActors(expected, refs []string) bool {
	want := map[string]bool{}
	for _, n := range expected {
		want[n] = true
	}
	have := map[string]bool{}
	for _, r := range refs {
		n := s.ix.resolve(r)
		if n == "" || !want[n] {
			return false
		}
		have[n] = true
	}
	return len(have) == len(want)
}

// interactions scores dyadic events: source, target and kind, and the
// date when given.
func (s *scorer) interactions() {
	exp, got := s.gold.interactions, s.got.Interactions
	tally(s, TypeInteractions, exp, got,
		func(e, g int) bool {
			x, f := exp[e].fact, got[g]
			return x.Kind == f.Kind && s.ix.is(f.Source, x.Source) && s.ix.is(f.Target, x.Target) && dateMatches(x.When, f.When)
		},
		func(f domain.InteractionFact) string {
			return fmt.Sprintf("%s %s %s @%s", f.Source, f.Kind, f.Target, dateString(f.When))
		})
}

// policyShifts scores shifts: the actor, the date when given, and the
// evidence (sentence, from and to together) holding at least half of the
// expected text's content words. The topic is free text and not compared.
func (s *scorer) policyShifts() {
	exp, got := s.gold.policyShifts, s.got.PolicyShifts
	tally(s, TypePolicyShifts, exp, got,
		func(e, g int) bool {
			x, f := exp[e].fact, got[g]
			evidence := f.Evidence.Sentence + " " + f.From + " " + f.To
			return s.ix.is(f.Actor, x.Actor) && dateMatches(x.When, f.When) && evidenceMatches(x.Evidence.Sentence, evidence)
		},
		func(f domain.PolicyShiftFact) string {
			return fmt.Sprintf("%s @%s on %q %q", f.Actor, dateString(f.When), f.Topic, short(f.Evidence.Sentence))
		})
}

// otherEvents scores other events: the kind (event type), the actor when
// given (any of the event's actors), and the date when given.
func (s *scorer) otherEvents() {
	exp, got := s.gold.otherEvents, s.got.OtherEvents
	tally(s, TypeOtherEvents, exp, got,
		func(e, g int) bool {
			x, f := exp[e].fact, got[g]
			if x.Type != f.Type || !dateMatches(x.When, f.When) {
				return false
			}
			if len(x.Actors) == 0 {
				return true
			}
			for _, a := range f.Actors {
				if s.ix.is(a, x.Actors[0]) {
					return true
				}
			}
			return false
		},
		func(f domain.OtherEventFact) string {
			return fmt.Sprintf("%s %q @%s %q", f.Type, f.Actors, dateString(f.When), short(f.Title))
		})
}
