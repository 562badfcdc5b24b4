package main

import (
	"math"
	"sort"

	"github.com/eventgraph/eventgraph/loaders/extract/rank"
)

// example is one candidate as the learner sees it.
type example struct {
	feats []int
	label bool
}

// vocab numbers feature strings.
type vocab struct {
	ids   map[string]int
	names []string
}

func (v *vocab) id(f string) int {
	if i, ok := v.ids[f]; ok {
		return i
	}
	v.ids[f] = len(v.names)
	v.names = append(v.names, f)
	return len(v.names) - 1
}

// trainLR fits L2-regularised logistic regression (objective: mean log
// loss + lambda/2 |w|², bias unregularised) by full-batch gradient
// descent with AdaGrad steps; deterministic.
func trainLR(ex []example, nfeat int, lambda float64) (bias float64, w []float64) {
	w = make([]float64, nfeat)
	g2 := make([]float64, nfeat)
	var b2 float64
	grad := make([]float64, nfeat)
	n := float64(len(ex))
	if n == 0 {
		return 0, w
	}
	const rate, iters = 0.5, 400
	for it := 0; it < iters; it++ {
		for i := range grad {
			grad[i] = lambda * w[i]
		}
		var gb float64
		for _, e := range ex {
			z := bias
			for _, f := range e.feats {
				z += w[f]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.label {
				y = 1
			}
			d := (p - y) / n
			gb += d
			for _, f := range e.feats {
				grad[f] += d
			}
		}
		b2 += gb * gb
		bias -= rate * gb / (math.Sqrt(b2) + 1e-8)
		for i, g := range grad {
			if g == 0 {
				continue
			}
			g2[i] += g * g
			w[i] -= rate * g / (math.Sqrt(g2[i]) + 1e-8)
		}
	}
	return bias, w
}

// weightsOf turns a fit into the shipped form, dropping weights too small
// to matter (under 0.02) and rounding the rest.
func weightsOf(bias float64, w []float64, v *vocab, threshold float64) *rank.Weights {
	out := &rank.Weights{Bias: round4(bias), Threshold: threshold, Features: map[string]float64{}}
	for i, x := range w {
		if math.Abs(x) >= 0.02 {
			out.Features[v.names[i]] = round4(x)
		}
	}
	return out
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// topFeatures lists the heaviest weights, for the report.
func topFeatures(w *rank.Weights, n int) []string {
	type fw struct {
		f string
		w float64
	}
	var all []fw
	for f, x := range w.Features {
		all = append(all, fw{f, x})
	}
	sort.Slice(all, func(i, j int) bool { return math.Abs(all[i].w) > math.Abs(all[j].w) })
	var out []string
	for i := 0; i < n && i < len(all); i++ {
		out = append(out, all[i].f+" "+formatFloat(all[i].w))
	}
	return out
}
