package main

import (
	"regexp"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract/score"
)

// names resolves extracted actor names to a gold file's actors the way
// the evaluation's scorer (../shared/tools/score-extraction) does: folded
// name or alias, a person's last name, else the first form of more than
// three letters found as whole words inside the name.
type names struct {
	forms []string
	canon map[string]string
	words map[string]*regexp.Regexp
}

func fold(s string) string {
	r := strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "`", "'",
		"\u201c", "\"", "\u201d", "\"", "\u201e", "\"", "\u201f", "\"")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}

func trimForm(s string) string { return strings.Trim(s, " ,.'\"") }

func newNames(e score.Expected) *names {
	n := &names{canon: map[string]string{}, words: map[string]*regexp.Regexp{}}
	add := func(form, name string) {
		if _, ok := n.canon[form]; !ok {
			n.canon[form] = name
			n.forms = append(n.forms, form)
			n.words[form] = regexp.MustCompile(`\b` + regexp.QuoteMeta(form) + `\b`)
		}
	}
	for _, a := range e.Actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			add(trimForm(fold(f)), a.Name)
		}
		if a.Kind == string(domain.KindPerson) {
			w := strings.Fields(a.Name)
			if len(w) > 0 {
				add(fold(w[len(w)-1]), a.Name)
			}
		}
	}
	return n
}

func (n *names) resolve(s string) string {
	f := trimForm(fold(s))
	if c, ok := n.canon[f]; ok {
		return c
	}
	for _, form := range n.forms {
		if len(form) > 3 && n.words[form].MatchString(f) {
			return n.canon[form]
		}
	}
	return ""
}

// meetingMatches is the scorer's rule: the gold participants are all
// among the resolved ones, with at most one more.
func (n *names) meetingMatches(g score.ExpectedMeeting, m domain.MeetingFact) bool {
	ps := map[string]bool{}
	for _, p := range m.Participants {
		if r := n.resolve(p); r != "" {
			ps[r] = true
		}
	}
	gs := map[string]bool{}
	for _, p := range g.Participants {
		gs[p] = true
	}
	for p := range gs {
		if !ps[p] {
			return false
		}
	}
	return len(ps) <= len(gs)+1
}

// shiftMatches is the scorer's rule: the actor, and at least 40% of the
// gold text's words in the evidence.
func (n *names) shiftMatches(g score.ExpectedPolicyShift, p domain.PolicyShiftFact) bool {
	if n.resolve(p.Actor) != g.Actor {
		return false
	}
	gt := map[string]bool{}
	for _, w := range strings.Fields(fold(g.Text)) {
		gt[w] = true
	}
	ev := fold(p.Evidence.Sentence)
	if ev == "" || len(gt) == 0 {
		return true
	}
	common := 0
	have := map[string]bool{}
	for _, w := range strings.Fields(ev) {
		have[w] = true
	}
	for w := range gt {
		if have[w] {
			common++
		}
	}
	return float64(common) >= 0.4*float64(len(gt))
}

// tally counts what greedy matching in gold order (the scorer's) finds.
type tally struct{ tp, pred, gold int }

func (t *tally) add(o tally) { t.tp += o.tp; t.pred += o.pred; t.gold += o.gold }

func (t tally) prf() (p, r, f float64) {
	if t.pred > 0 {
		p = float64(t.tp) / float64(t.pred)
	}
	if t.gold > 0 {
		r = float64(t.tp) / float64(t.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func greedy(gold int, pred int, match func(g, p int) bool) tally {
	used := make([]bool, pred)
	t := tally{pred: pred, gold: gold}
	for g := 0; g < gold; g++ {
		for p := 0; p < pred; p++ {
			if !used[p] && match(g, p) {
				used[p] = true
				t.tp++
				break
			}
		}
	}
	return t
}
