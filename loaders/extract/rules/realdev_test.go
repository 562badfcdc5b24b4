package rules_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// realDevDir is the development set of real published articles, annotated
// by ../shared/corpora/ANNOTATING.md.
var realDevDir = filepath.Join("..", "..", "testdata", "real", "dev")

// realScore is what scripts/score-real --json prints: pooled counts and
// micro-averages per fact type, as the evaluation pools them.
type realScore struct {
	Articles    int      `json:"articles"`
	Failed      []string `json:"failed"`
	NotActors   []string `json:"not_actors_extracted"`
	Statements  realPRF  `json:"statements"`
	Meetings    realPRF  `json:"meetings"`
	Shifts      realPRF  `json:"policy_shifts"`
	Actors      realPRF  `json:"actors"`
	DatesScored struct {
		Right   int `json:"right"`
		Matched int `json:"matched"`
	} `json:"dates"`
}

type realPRF struct {
	TP        int     `json:"tp"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// TestRealDevScore holds the extractor to the real development set: read
// its misses (scripts/score-real --misses) and tune on it.
func TestRealDevScore(t *testing.T) {
	scoreRealSet(t, realDevDir, realDevBars)
}

// TestRealBlindScore holds the extractor to the real blind set, annotated
// by readers who never saw the extractor and measured once, after the
// tuning it was kept apart from (the tenth blind set, 2026-12-08, extractor
// at a68521a). Its bars are that measurement, rounded down, so that a change which makes
// extraction worse on text no rule was written for fails. Never tune on
// it: read loaders/testdata/real/README.md.
func TestRealBlindScore(t *testing.T) {
	scoreRealSet(t, realBlindDir, realBlindBars)
}

// realBlindDir is the blind set; no rule may be written from it.
var realBlindDir = filepath.Join("..", "..", "testdata", "real", "blind")

// realBlindBars are the one measurement of the blind set (the tenth, 62
// articles, 2026-12-08 on a68521a's extractor: statements P 0.801 R 0.787,
// meetings P 0.382 R 0.236 F1 0.292 (13 of 55), shifts P 0.231 R 0.103 F1
// 0.143 (3 of 29), actors P 0.889 R 0.849 F1 0.869, dates 63 of 81, 4
// non-actors), rounded down. They are under the acceptance: they
// guard against regressions on text no rule was written for, they are no
// goal to tune towards.
var realBlindBars = realBars{statementsP: 0.80, statementsR: 0.78,
	actorsP:    0.88,
	actorsF1:   0.86,
	meetingsF1: 0.29, shiftsF1: 0.14, dates: 0.77,
	notActors: 4,
}

// realBars are the least figures a set must reach.
type realBars struct {
	statementsP, statementsR, actorsP, actorsF1, meetingsF1, shiftsF1, dates float64
	notActors                                                                int
}

// scoreRealSet extracts every article of a set of real published articles
// in process, the way `eventgraph extract` does, and scores the facts with
// the evaluation's own scorer (scripts/score-real, which loads
// ../shared/tools/score-extraction). Every article is read, the undated
// ones (no sidecar) too.
func scoreRealSet(t *testing.T, dir string, bars realBars) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	out := t.TempDir()
	refused := 0
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		items, err := source.ReadFile(filepath.Join(dir, name+".txt"), source.Options{})
		if err != nil || len(items) != 1 || items[0].Err != nil {
			refused++
			t.Logf("%s: refused: %v %v", name, err, itemErr(items))
			continue
		}
		fs, err := loaders.ExtractArticle(context.Background(), rules.New(), items[0].Article, extract.Gazetteer{})
		if err != nil {
			t.Fatalf("%s: extract: %v", name, err)
		}
		b, err := json.Marshal(fs)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("python3", filepath.Join("..", "..", "..", "scripts", "score-real"), "--facts", out, "--json", dir)
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("scripts/score-real: %v\n%s", err, stderrOf(err))
	}
	var got realScore
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("scripts/score-real printed %q: %v", raw, err)
	}
	t.Logf("%d articles, %d refused", got.Articles, refused)
	if refused > 0 {
		t.Errorf("%d articles refused; undated articles are read with a warning", refused)
	}
	for _, f := range []struct {
		name string
		s    realPRF
	}{{"statements", got.Statements}, {"meetings", got.Meetings}, {"policy shifts", got.Shifts}, {"actors", got.Actors}} {
		t.Logf("%-13s P %.3f R %.3f F1 %.3f (tp %d, predicted %d, gold %d)", f.name, f.s.Precision, f.s.Recall, f.s.F1, f.s.TP, f.s.Predicted, f.s.Gold)
	}
	// The count only, as score-real's pooled line gives it: this runs on the
	// blind set too, whose text no developer may read (names are in
	// `scripts/score-real --misses` for dev).
	t.Logf("dates %d of %d matched dated facts right; %d non-actors", got.DatesScored.Right, got.DatesScored.Matched, len(got.NotActors))

	checkReal(t, "statements precision", got.Statements.Precision, bars.statementsP)
	checkReal(t, "statements recall", got.Statements.Recall, bars.statementsR)
	checkReal(t, "actors precision", got.Actors.Precision, bars.actorsP)
	checkReal(t, "actors F1", got.Actors.F1, bars.actorsF1)
	checkReal(t, "meetings F1", got.Meetings.F1, bars.meetingsF1)
	checkReal(t, "policy shifts F1", got.Shifts.F1, bars.shiftsF1)
	if got.DatesScored.Matched > 0 {
		checkReal(t, "dates right", float64(got.DatesScored.Right)/float64(got.DatesScored.Matched), bars.dates)
	}
	if len(got.NotActors) > bars.notActors {
		t.Errorf("%d non-actors extracted (want at most %d; `scripts/score-real --misses` names them on dev)", len(got.NotActors), bars.notActors)
	}
}

// realDevBars sit a little under the measurement on the 195 development
// articles (the fourth blind set folded in once measured, 2026-12-07, at
// be96926): statements 0.856/0.804, meetings P 0.700 R 0.382 F1 0.494 (42
// of 110), shifts P 0.714 R 0.378 F1 0.495 (45 of 119), actors 0.835/0.840,
// dates 198 of 264 (0.75), twenty non-actors; with 24 more BBC articles
// annotated for development (219 articles, at e861d35): statements
// 0.860/0.812, meetings P 0.676 R 0.364 F1 0.473 (48 of 132), shifts P
// 0.687 R 0.368 F1 0.479 (46 of 125), actors 0.836/0.843, dates 199 of 265,
// 26 non-actors; dates and actors raised after the dating and
// actor-hygiene rules (219 articles: actors 0.845/0.852, dates 220 of
// 265, 0.830; 13 non-actors); statements raised after the interview-answer
// rules (219 articles: 0.866/0.817); actors and dates raised after the
// actor-hygiene and quote-tail rules of the quotes2 session (219 articles:
// actors 0.856/0.867, dates 223 of 267, 0.835; 12 non-actors); the 219 reached
// statements 0.875/0.827, meetings F1 0.525, shifts F1 0.513, dates 0.865
// after coreference and dating work. With the fifth blind set folded in
// (272 articles, e1c5e8e) the bars are that measurement rounded down; so
// again with the sixth folded in (311 articles, f66512b), the seventh (354
// articles, a675fa8), the eighth (402 articles, 2026-12-08) and the ninth
// (482 articles, 2026-12-08, extractor a68521a). One field a line, so that
// helpers raising different bars do not collide.
var realDevBars = realBars{
	statementsP: 0.88, // 0.881 on the 482 (the ninth blind set folded in, 2026-12-08); 0.893 on the 402
	statementsR: 0.84, // 0.840 on the 482 (0.847 on the 402)
	actorsP:     0.87, // 0.871 on the 482 (0.871 on the 402)
	actorsF1:    0.87, // 0.871 on the 482 (0.872 on the 402)
	meetingsF1:  0.47, // 0.476 (110 of 296, P 0.663) on the 482; 0.510 on the 402; the ninth blind set's 53 at 0.297
	shiftsF1:    0.44, // 0.447 (88 of 271, P 0.715) on the 482; 0.508 on the 402; the ninth blind set's 54 at 0.127
	dates:       0.85, // 583 of 681, 0.856, on the 482 (0.873 on the 402)
	notActors:   45,   // 45 on the 482: the ninth set's pages bring a newsletter's credits (17 on the 402)
}

func checkReal(t *testing.T, what string, got, want float64) {
	t.Helper()
	if got < want {
		t.Errorf("%s %.3f, want at least %.2f", what, got, want)
	}
}

func itemErr(items []source.Item) error {
	for _, it := range items {
		if it.Err != nil {
			return it.Err
		}
	}
	return nil
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}
