package rank

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

// Weights are one kind's logistic-regression weights and the decision
// threshold chosen by cross-validation.
type Weights struct {
	Bias      float64 `json:"bias"`
	Threshold float64 `json:"threshold"`
	// Mode is how the model meets the rules: Select (choose among all
	// candidates, the rules' readings among them), Filter (keep only rule
	// readings it rates at the threshold) or Add (keep every rule reading
	// and add the other candidates it rates at the threshold).
	Mode Mode `json:"mode,omitempty"`
	// Off keeps the weights out of use: the kind stays the rules' (For
	// returns nil). The trainer sets it when the model did not beat the
	// rules on cross-validation, so that the weights ship measured but
	// unused.
	Off      bool               `json:"off,omitempty"`
	Features map[string]float64 `json:"features"`
}

// Prob is the model's probability that a candidate with these features is
// a fact the annotators would list.
func (w *Weights) Prob(features []string) float64 {
	z := w.Bias
	for _, f := range features {
		z += w.Features[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Keep reports whether a candidate with probability p is kept.
func (w *Weights) Keep(p float64) bool { return p >= w.Threshold }

// Mode is how a kind's model meets the rules' own readings.
type Mode string

// The modes; the empty mode is Select.
const (
	Select Mode = ""
	Filter Mode = "filter"
	Add    Mode = "add"
)

// Model holds the weights per candidate kind, with a note on how it was
// trained and measured.
type Model struct {
	Note    string              `json:"note,omitempty"`
	Kinds   map[Kind]*Weights   `json:"kinds"`
	Measure map[string][]string `json:"measure,omitempty"`
}

// For returns the weights for kind, or nil when the model has none (the
// extractor then keeps the rules' own facts of that kind).
func (m *Model) For(k Kind) *Weights {
	if m == nil || m.Kinds[k] == nil || m.Kinds[k].Off {
		return nil
	}
	return m.Kinds[k]
}

// On returns a copy of m with every kind's weights in use (Off cleared):
// how to try shipped weights the trainer left off.
func (m *Model) On() *Model {
	if m == nil {
		return nil
	}
	c := &Model{Note: m.Note, Kinds: map[Kind]*Weights{}, Measure: m.Measure}
	for k, w := range m.Kinds {
		x := *w
		x.Off = false
		c.Kinds[k] = &x
	}
	return c
}

// Parse reads a model from its JSON form.
func Parse(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("rank model: %w", err)
	}
	return &m, nil
}

//go:embed weights.json
var shipped []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default is the shipped model (weights.json, written by
// `go run ./loaders/extract/rank/train`). A file that does not parse
// yields nil, and a kind whose weights are off has none: the extractor
// then keeps its rules' readings.
func Default() *Model {
	defaultOnce.Do(func() {
		m, err := Parse(shipped)
		if err == nil {
			defaultModel = m
		}
	})
	return defaultModel
}
