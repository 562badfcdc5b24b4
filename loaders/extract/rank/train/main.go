// Command train fits the rank model on the annotated development set and
// measures it honestly.
//
//	go run ./loaders/extract/rank/train [-exclude FILE | -checkdir DIR] [-cv] [-check] [-write]
//
// It reads every NAME.txt / NAME.gold.json of -dev (the real development
// set), leaving out the articles -exclude lists (one name a line: a
// held-out set); -checkdir names a folder of annotated articles never
// trained on (the check set, loaders/testdata/real/blind). The rules extractor proposes candidate meetings and shifts
// (rules.Candidates); a candidate is positive when the evaluation's
// scorer would match it to a gold fact. For each kind the L2 strength and
// the decision threshold are chosen by article-level cross-validation on
// the training articles alone.
//
// -cv runs 5-fold article-level cross-validation (the choice above nested
// inside each fold), extracts each held-out article with its fold's model
// and scores all of them with scripts/score-real, beside the rules alone.
// -check trains on the articles kept and scores the held-out ones (the
// excluded or -checkdir's), pooled only, beside the rules alone: never a
// held-out article's lines or facts.
//
// -minarts drops features found in fewer training stories (a phrase one
// story wrote is no evidence about English); -tol takes the highest
// threshold within that inner-CV F1 of the best; -norule trains without
// the rule-agreement features (measured 2026-12-08: worse everywhere). -write trains on the articles kept and
// writes -out (the shipped weights).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rank"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/extract/score"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// article is one annotated article with its candidates and their labels.
type article struct {
	name   string
	art    domain.Article
	exp    score.Expected
	names  *names
	cands  map[rank.Kind][]rules.Candidate
	labels map[rank.Kind][]bool
}

var showUnreached = flag.Bool("unreached", false, "list the training articles' gold facts no candidate matches")

var dump = flag.String("dump", "", "print the candidates of this training article")

var modeFlag = flag.String("mode", "", "how the model meets the rules: \"\" (select among all candidates), filter (rule readings only) or add (rule readings kept, others added); for all kinds, or per kind as meeting=add,shift=filter (a kind not named selects)")

// modes are -mode: which candidates each kind's model is trained on and
// decides.
var modes map[rank.Kind]rank.Mode

// parseModes reads -mode: one mode for every kind, or kind=mode pairs.
func parseModes(s string) (map[rank.Kind]rank.Mode, error) {
	out := map[rank.Kind]rank.Mode{}
	if !strings.Contains(s, "=") {
		for _, k := range []rank.Kind{rank.Meeting, rank.Shift} {
			out[k] = rank.Mode(s)
		}
		return out, nil
	}
	for _, kv := range strings.Split(s, ",") {
		k, m, ok := strings.Cut(kv, "=")
		if !ok || k != string(rank.Meeting) && k != string(rank.Shift) {
			return nil, fmt.Errorf("-mode %q: want a mode or kind=mode pairs", s)
		}
		out[rank.Kind(k)] = rank.Mode(m)
	}
	return out, nil
}

var kindsFlag = flag.String("kinds", "meeting,shift", "the kinds the model decides; the others stay the rules'")

var noRule = flag.Bool("norule", false, "train without the features that say what a rule read (rule agreement), so that the model learns from the sentence alone")

var tol = flag.Float64("tol", 0, "take the highest threshold whose inner-CV F1 is within this of the best: among choices CV cannot tell apart, the one that keeps fewer weak readings")

var minArts = flag.Int("minarts", 1, "leave out features found in fewer training articles than this: a phrase one story wrote is that story's, not English's")

// ruleFeatures are the features (before any "=") only a rule's reading
// gives a candidate: whether a rule read it, or read something in its
// sentence, and how.
var ruleFeatures = map[string]bool{"rule": true, "rconf": true, "rulesup": true, "rulesub": true, "rulesent": true,
	"rdir": true, "rfrom": true, "rmulti": true}

func isRuleFeature(f string) bool {
	name, _, _ := strings.Cut(f, "=")
	return ruleFeatures[name]
}

// kinds are the kinds the model decides (-kinds).
var kinds []rank.Kind

func main() {
	dev := flag.String("dev", filepath.Join("loaders", "testdata", "real", "dev"), "annotated articles")
	exclude := flag.String("exclude", "", "file naming articles to leave out (the check set)")
	cv := flag.Bool("cv", false, "5-fold article-level cross-validation, scored by scripts/score-real")
	check := flag.Bool("check", false, "train on the kept articles, score the excluded ones (pooled)")
	write := flag.Bool("write", false, "train on the kept articles and write -out")
	out := flag.String("out", filepath.Join("loaders", "extract", "rank", "weights.json"), "weights file")
	work := flag.String("work", filepath.Join(os.TempDir(), "rank-train"), "folder for facts and symlinks")
	extra := flag.String("extra", "", "comma-separated folders of NAME.expected.json articles used only as more training data")
	off := flag.String("off", "", "comma-separated kinds whose weights are written switched off (they stay the rules'): a model that did not beat the rules on the held-out tests")
	note := flag.String("note", "", "what the held-out tests measured, kept in the weights file")
	noteFile := flag.String("notefile", "", "a file holding -note (make train's: measured.txt)")
	checkDir := flag.String("checkdir", "", "an annotated folder never trained on (the check set): with -check, scored pooled only")
	flag.Parse()
	var err error
	if modes, err = parseModes(*modeFlag); err != nil {
		log.Fatal(err)
	}
	kinds = nil
	for _, k := range strings.Split(*kindsFlag, ",") {
		kinds = append(kinds, rank.Kind(k))
	}
	log.SetFlags(0)

	held := map[string]bool{}
	if *exclude != "" {
		b, err := os.ReadFile(*exclude)
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range strings.Fields(string(b)) {
			held[l] = true
		}
	}
	all, err := load(*dev, ".gold.json")
	if err != nil {
		log.Fatal(err)
	}
	for _, dir := range strings.Split(*extra, ",") {
		if dir == "" {
			continue
		}
		more, err := load(dir, ".expected.json")
		if err != nil {
			log.Fatal(err)
		}
		extras = append(extras, more...)
	}
	if len(extras) > 0 {
		log.Printf("%d more articles as training data only", len(extras))
	}
	var train, checkSet []*article
	for _, a := range all {
		if held[a.name] {
			checkSet = append(checkSet, a)
		} else {
			train = append(train, a)
		}
	}
	checkFrom := *dev
	if *checkDir != "" {
		more, err := load(*checkDir, ".gold.json")
		if err != nil {
			log.Fatal(err)
		}
		checkSet, checkFrom = append(checkSet, more...), *checkDir
		if len(held) > 0 {
			log.Fatal("-exclude and -checkdir: one held-out set at a time")
		}
	}
	log.Printf("%d articles: %d to train on, %d held out", len(all), len(train), len(checkSet))
	ceiling("training", train, *showUnreached)
	if len(checkSet) > 0 {
		// Counts only: the held-out articles' facts are never listed.
		ceiling("held-out", checkSet, false)
	}
	if *dump != "" {
		for _, a := range train {
			if a.name == *dump {
				dumpCandidates(a)
			}
		}
	}

	if *cv {
		crossValidate(train, *dev, filepath.Join(*work, "cv"))
	}
	if *check {
		m, _ := fitModel(train)
		for _, k := range kinds {
			w := m.Kinds[k]
			p, r, f1 := simulate(checkSet, k, func(*article) *rank.Weights { return w }).prf()
			log.Printf("held-out simulated %s: P %.3f R %.3f F1 %.3f", k, p, r, f1)
		}
		scoreSet(m, checkSet, checkFrom, filepath.Join(*work, "check"))
	}
	if *write {
		m, how := fitModel(train)
		if *noteFile != "" {
			b, err := os.ReadFile(*noteFile)
			if err != nil {
				log.Fatal(err)
			}
			*note = strings.Join(strings.Fields(string(b)), " ")
		}
		m.Note = strings.TrimSpace(how + ". " + *note)
		offKinds := map[rank.Kind]bool{}
		for _, k := range strings.Split(*off, ",") {
			offKinds[rank.Kind(k)] = true
		}
		for k, w := range m.Kinds {
			w.Off = offKinds[k]
		}
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(m); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
		for _, k := range kinds {
			log.Printf("%s: %d weights, threshold %.3f; heaviest: %s", k, len(m.Kinds[k].Features), m.Kinds[k].Threshold,
				strings.Join(topFeatures(m.Kinds[k], 12), ", "))
		}
		log.Printf("wrote %s", *out)
	}
}

// extras are articles only ever trained on: never held out, scored or
// used to choose a threshold.
var extras []*article

// load reads the annotated articles (NAME.txt beside NAME+suffix) and
// their candidates.
func load(dir, suffix string) ([]*article, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*"+suffix))
	if err != nil {
		return nil, err
	}
	sort.Strings(golds)
	var out []*article
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), suffix)
		items, err := source.ReadFile(filepath.Join(dir, name+".txt"), source.Options{})
		if err != nil || len(items) != 1 || items[0].Err != nil {
			return nil, fmt.Errorf("%s: cannot read the article: %v", name, err)
		}
		exp, err := score.LoadExpected(g)
		if err != nil {
			return nil, err
		}
		a := &article{name: name, art: items[0].Article, exp: exp, names: newNames(exp),
			cands: map[rank.Kind][]rules.Candidate{}, labels: map[rank.Kind][]bool{}}
		cs, err := rules.Candidates(context.Background(), a.art, extract.Gazetteer{})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, c := range cs {
			a.cands[c.Kind] = append(a.cands[c.Kind], c)
			a.labels[c.Kind] = append(a.labels[c.Kind], a.matchesAny(c))
		}
		out = append(out, a)
	}
	return out, nil
}

func (a *article) matchesAny(c rules.Candidate) bool {
	if c.Kind == rank.Meeting {
		for _, g := range a.exp.Meetings {
			if a.names.meetingMatches(g, c.Meeting) {
				return true
			}
		}
		return false
	}
	for _, g := range a.exp.PolicyShifts {
		if a.names.shiftMatches(g, c.Shift) {
			return true
		}
	}
	return false
}

// ceiling reports how many candidates set's articles have and what share
// of their gold facts some candidate (and some rule candidate) would
// match; show lists the gold facts none reaches.
func ceiling(set string, arts []*article, show bool) {
	for _, k := range kinds {
		var cands, pos, gold, reach, ruleReach int
		for _, a := range arts {
			cands += len(a.cands[k])
			for _, l := range a.labels[k] {
				if l {
					pos++
				}
			}
			n := len(a.exp.Meetings)
			if k == rank.Shift {
				n = len(a.exp.PolicyShifts)
			}
			gold += n
			for g := 0; g < n; g++ {
				any, rule := false, false
				for _, c := range a.cands[k] {
					ok := false
					if k == rank.Meeting {
						ok = a.names.meetingMatches(a.exp.Meetings[g], c.Meeting)
					} else {
						ok = a.names.shiftMatches(a.exp.PolicyShifts[g], c.Shift)
					}
					if ok {
						any = true
						rule = rule || c.Rule
					}
				}
				if any {
					reach++
				} else if show {
					if k == rank.Meeting {
						log.Printf("  unreached %s %q: %.120s", a.name, a.exp.Meetings[g].Participants, a.exp.Meetings[g].Text)
					} else {
						log.Printf("  unreached %s %q: %.120s", a.name, a.exp.PolicyShifts[g].Actor, a.exp.PolicyShifts[g].Text)
					}
				}
				if rule {
					ruleReach++
				}
			}
		}
		log.Printf("%s %s: %d candidates, %d positive; recall ceiling %d of %d gold (%.3f), rule candidates alone %d (%.3f)",
			set, k, cands, pos, reach, gold, float64(reach)/float64(max(gold, 1)), ruleReach, float64(ruleReach)/float64(max(gold, 1)))
	}
}

// folds splits articles into n folds, the same way every run.
func folds(arts []*article, n int) [][]*article {
	idx := rand.New(rand.NewSource(15)).Perm(len(arts))
	out := make([][]*article, n)
	for i, j := range idx {
		out[i%n] = append(out[i%n], arts[j])
	}
	return out
}

func without(f [][]*article, k int) []*article {
	var out []*article
	for i, x := range f {
		if i != k {
			out = append(out, x...)
		}
	}
	return out
}

var lambdas = []float64{0.001, 0.003, 0.01, 0.03, 0.1}

// fit trains kind's weights on arts and the extras with L2 strength lambda.
func fit(arts []*article, k rank.Kind, lambda float64) *rank.Weights {
	v := &vocab{ids: map[string]int{}}
	var ex []example
	from := append(append([]*article(nil), arts...), extras...)
	inArts := articleCounts(from, k)
	for _, a := range from {
		for i, c := range a.cands[k] {
			if !decides(c) {
				continue
			}
			e := example{label: a.labels[k][i]}
			for _, f := range c.Features {
				if *noRule && isRuleFeature(f) || inArts[f] < *minArts {
					continue
				}
				e.feats = append(e.feats, v.id(f))
			}
			ex = append(ex, e)
		}
	}
	b, w := trainLR(ex, len(v.names), lambda)
	out := weightsOf(b, w, v, 0.5)
	out.Mode = modes[k]
	return out
}

// decides reports whether the model in -mode decides candidate c (filter:
// the rule readings only; add: all but them).
func decides(c rules.Candidate) bool {
	m := modes[c.Kind]
	return !(m == rank.Filter && !c.Rule || m == rank.Add && c.Rule)
}

// articleCounts counts, for each feature of kind's candidates that the
// model decides, the articles whose candidates have it.
func articleCounts(arts []*article, k rank.Kind) map[string]int {
	n := map[string]int{}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, c := range a.cands[k] {
			if !decides(c) {
				continue
			}
			for _, f := range c.Features {
				if !seen[f] {
					seen[f] = true
					n[f]++
				}
			}
		}
	}
	return n
}

// simulate counts what the selection with w finds on arts, by the
// scorer's matching (before the extractor's last dedupe passes).
func simulate(arts []*article, k rank.Kind, w func(*article) *rank.Weights) tally {
	var t tally
	for _, a := range arts {
		cs := append([]rules.Candidate(nil), a.cands[k]...)
		kept := rules.Select(cs, w(a))
		if k == rank.Meeting {
			t.add(greedy(len(a.exp.Meetings), len(kept), func(g, p int) bool {
				return a.names.meetingMatches(a.exp.Meetings[g], kept[p].Meeting)
			}))
		} else {
			t.add(greedy(len(a.exp.PolicyShifts), len(kept), func(g, p int) bool {
				return a.names.shiftMatches(a.exp.PolicyShifts[g], kept[p].Shift)
			}))
		}
	}
	return t
}

// choose picks kind's L2 strength and threshold by 4-fold cross-validation
// on arts, and returns the weights fitted on all of arts with them.
func choose(arts []*article, k rank.Kind) (*rank.Weights, string) {
	f := folds(arts, 4)
	bestF, bestL, bestT := -1.0, 0.0, 0.5
	curve := map[float64][]float64{} // per lambda, F1 by threshold step
	for _, l := range lambdas {
		byArt := map[*article]*rank.Weights{}
		for i := range f {
			w := fit(without(f, i), k, l)
			for _, a := range f[i] {
				byArt[a] = w
			}
		}
		for t := 0.0; t < 1.01; t += 0.025 {
			tt := t
			ws := map[*rank.Weights]*rank.Weights{}
			s := simulate(arts, k, func(a *article) *rank.Weights {
				w := byArt[a]
				if ws[w] == nil {
					c := *w
					c.Threshold = tt
					ws[w] = &c
				}
				return ws[w]
			})
			_, _, f1 := s.prf()
			curve[l] = append(curve[l], f1)
			if f1 > bestF+1e-9 {
				bestF, bestL, bestT = f1, l, t
			}
		}
	}
	// The highest threshold CV cannot tell from the best (within -tol) at
	// the chosen strength: fewer of the model's weaker readings.
	for i, f1 := range curve[bestL] {
		if t := float64(i) * 0.025; t > bestT && f1 >= bestF-*tol {
			bestT = t
		}
	}
	w := fit(arts, k, bestL)
	w.Threshold = round4(bestT)
	return w, fmt.Sprintf("%s: lambda %g, threshold %.3f (inner CV F1 %.3f on %d articles)", k, bestL, bestT, bestF, len(arts))
}

// fitModel chooses and fits both kinds on arts.
func fitModel(arts []*article) (*rank.Model, string) {
	m := &rank.Model{Kinds: map[rank.Kind]*rank.Weights{}}
	var notes []string
	for _, k := range kinds {
		w, note := choose(arts, k)
		m.Kinds[k] = w
		notes = append(notes, note)
		log.Print(note)
	}
	return m, strings.Join(notes, "; ")
}

// crossValidate runs the outer 5-fold cross-validation.
func crossValidate(arts []*article, dev, work string) {
	f := folds(arts, 5)
	learned, ruled := filepath.Join(work, "learned"), filepath.Join(work, "rules")
	reset(learned, ruled)
	sims := make([]tally, len(kinds))
	for i := range f {
		m, _ := fitModel(without(f, i))
		for j, k := range kinds {
			w := m.Kinds[k]
			t := simulate(f[i], k, func(*article) *rank.Weights { return w })
			sims[j].add(t)
		}
		writeFacts(rules.WithModel(m), f[i], learned)
		writeFacts(rules.WithModel(nil), f[i], ruled)
	}
	for j, k := range kinds {
		p, r, f1 := sims[j].prf()
		log.Printf("cv simulated %s: P %.3f R %.3f F1 %.3f (tp %d pred %d gold %d)", k, p, r, f1, sims[j].tp, sims[j].pred, sims[j].gold)
	}
	links := linkSet(arts, dev, filepath.Join(work, "set"))
	fmt.Printf("== cross-validated, %d articles, learned ==\n%s", len(arts), scoreReal(learned, links))
	fmt.Printf("== same articles, rules alone ==\n%s", scoreReal(ruled, links))
}

// scoreSet trains nothing: it extracts arts with m and with the rules
// alone and prints the pooled figures only.
func scoreSet(m *rank.Model, arts []*article, dev, work string) {
	learned, ruled := filepath.Join(work, "learned"), filepath.Join(work, "rules")
	reset(learned, ruled)
	writeFacts(rules.WithModel(m), arts, learned)
	writeFacts(rules.WithModel(nil), arts, ruled)
	links := linkSet(arts, dev, filepath.Join(work, "set"))
	fmt.Printf("== check set, %d articles, learned (trained without them) ==\n%s", len(arts), scoreReal(learned, links))
	fmt.Printf("== same articles, rules alone ==\n%s", scoreReal(ruled, links))
}

func reset(dirs ...string) {
	for _, d := range dirs {
		if err := os.RemoveAll(d); err != nil {
			log.Fatal(err)
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
	}
}

// writeFacts extracts each article as `eventgraph extract` does and
// writes its facts to dir/NAME.json.
func writeFacts(x extract.Extractor, arts []*article, dir string) {
	for _, a := range arts {
		fs, err := extractArticle(x, a.art)
		if err != nil {
			log.Fatalf("%s: %v", a.name, err)
		}
		b, err := json.Marshal(fs)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, a.name+".json"), b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// linkSet makes a folder of symlinks to arts' files, for scripts/score-real.
func linkSet(arts []*article, dev, dir string) string {
	reset(dir)
	absDev, err := filepath.Abs(dev)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range arts {
		for _, ext := range []string{".txt", ".json", ".gold.json"} {
			src := filepath.Join(absDev, a.name+ext)
			if _, err := os.Stat(src); err == nil {
				if err := os.Symlink(src, filepath.Join(dir, a.name+ext)); err != nil {
					log.Fatal(err)
				}
			}
		}
	}
	return dir
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// dumpCandidates prints an article's candidates, labels and features.
func dumpCandidates(a *article) {
	for _, k := range kinds {
		for i, c := range a.cands[k] {
			what := fmt.Sprint(c.Meeting.Participants)
			ev := c.Meeting.Evidence.Sentence
			if k == rank.Shift {
				what, ev = c.Shift.Actor, c.Shift.Evidence.Sentence
			}
			fmt.Printf("%s s%d %v rule=%v %s | %.100s\n   %v\n", k, c.Sentence, a.labels[k][i], c.Rule, what, ev, c.Features)
		}
	}
}
