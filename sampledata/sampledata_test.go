package sampledata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// decodeSeed decodes Seed as the importer must: into domain.FactSet with
// no unknown fields and nothing after the one JSON value.
func decodeSeed(t *testing.T) domain.FactSet {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(Seed))
	dec.DisallowUnknownFields()
	var fs domain.FactSet
	if err := dec.Decode(&fs); err != nil {
		t.Fatalf("decoding seed.json: %v", err)
	}
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		t.Fatalf("seed.json has data after its FactSet (err %v)", err)
	}
	if fs.Article == nil || fs.Article.Text == "" || fs.Article.PublishedAt.IsZero() {
		t.Fatal("seed.json has no article with text and publishedAt")
	}
	return fs
}

// fact is what the checks need from one fact, whatever its type.
type fact struct {
	label    string
	refs     []string // actor refs
	evidence []domain.Evidence
	dates    []*domain.FuzzyDate // nil entries are dates the source does not give
	verbatim []string            // words that must appear in the evidence sentence
}

// facts flattens fs into the list the checks walk.
func facts(fs domain.FactSet) []fact {
	var out []fact
	for _, a := range fs.Actors {
		f := fact{label: "actor " + a.Name, evidence: a.Evidence}
		for _, r := range a.Roles {
			f.refs = append(f.refs, r.Of)
			f.dates = append(f.dates, r.From, r.To)
		}
		out = append(out, f)
	}
	for i, s := range fs.Statements {
		f := fact{label: fmt.Sprintf("statement %d (%s)", i, s.Speaker), evidence: []domain.Evidence{s.Evidence},
			refs: append([]string{s.Speaker}, s.About...), dates: []*domain.FuzzyDate{s.When}, verbatim: []string{s.Quote}}
		for _, r := range []string{s.OnBehalfOf, s.Target} {
			if r != "" {
				f.refs = append(f.refs, r)
			}
		}
		out = append(out, f)
	}
	for i, m := range fs.Meetings {
		out = append(out, fact{label: fmt.Sprintf("meeting %d", i), refs: m.Participants,
			evidence: []domain.Evidence{m.Evidence}, dates: []*domain.FuzzyDate{m.When}})
	}
	for i, x := range fs.Interactions {
		out = append(out, fact{label: fmt.Sprintf("interaction %d (%s)", i, x.Kind), refs: []string{x.Source, x.Target},
			evidence: []domain.Evidence{x.Evidence}, dates: []*domain.FuzzyDate{x.When}, verbatim: []string{x.Text}})
	}
	for i, p := range fs.PolicyShifts {
		f := fact{label: fmt.Sprintf("policy shift %d", i), refs: []string{p.Actor},
			evidence: []domain.Evidence{p.Evidence}, dates: []*domain.FuzzyDate{p.When}}
		if p.OnActor != "" {
			f.refs = append(f.refs, p.OnActor)
		}
		out = append(out, f)
	}
	for i, e := range fs.OtherEvents {
		out = append(out, fact{label: fmt.Sprintf("event %d (%s)", i, e.Title), refs: e.Actors,
			evidence: []domain.Evidence{e.Evidence}, dates: []*domain.FuzzyDate{e.When}})
	}
	for i := range out {
		for _, d := range out[i].dates {
			if d != nil {
				out[i].verbatim = append(out[i].verbatim, d.Text)
			}
		}
	}
	return out
}

func TestSeedActorsAreWellFormed(t *testing.T) {
	fs := decodeSeed(t)
	seen := map[string]bool{}
	for _, a := range fs.Actors {
		if seen[a.Name] {
			t.Errorf("actor %q is listed twice", a.Name)
		}
		seen[a.Name] = true
		if !a.Kind.Valid() {
			t.Errorf("actor %q has kind %q", a.Name, a.Kind)
		}
	}
}

// Every ref in the seed uses an actor's canonical name, stricter than the
// format (which also allows aliases), so the file reads unambiguously.
func TestSeedActorRefsNameListedActors(t *testing.T) {
	fs := decodeSeed(t)
	names := map[string]bool{}
	for _, a := range fs.Actors {
		names[a.Name] = true
	}
	for _, f := range facts(fs) {
		for _, r := range f.refs {
			if !names[r] {
				t.Errorf("%s: ref %q names no listed actor", f.label, r)
			}
		}
	}
}

func TestSeedEvidenceSpansMatchSentences(t *testing.T) {
	fs := decodeSeed(t)
	text := []rune(fs.Article.Text)
	for _, f := range facts(fs) {
		if len(f.evidence) == 0 {
			t.Errorf("%s: no evidence", f.label)
		}
		for _, ev := range f.evidence {
			if ev.Start < 0 || ev.End <= ev.Start || ev.End > len(text) {
				t.Errorf("%s: span [%d,%d) outside the text (%d code points)", f.label, ev.Start, ev.End, len(text))
				continue
			}
			if got := string(text[ev.Start:ev.End]); got != ev.Sentence {
				t.Errorf("%s: span [%d,%d) is %q, sentence is %q", f.label, ev.Start, ev.End, got, ev.Sentence)
			}
			if ev.Extractor != "curated" || ev.Confidence != 1 {
				t.Errorf("%s: extractor %q confidence %v, want curated 1", f.label, ev.Extractor, ev.Confidence)
			}
			for _, words := range f.verbatim {
				if !strings.Contains(ev.Sentence, words) {
					t.Errorf("%s: %q is not in its sentence %q", f.label, words, ev.Sentence)
				}
			}
		}
	}
}

func TestSeedDatesFitTheirPrecision(t *testing.T) {
	fs := decodeSeed(t)
	for _, f := range facts(fs) {
		for _, d := range f.dates {
			if d == nil {
				continue
			}
			if err := checkDate(*d); err != nil {
				t.Errorf("%s: %v", f.label, err)
			}
		}
	}
}

// checkDate reports whether d is one whole day, month or year in UTC, as
// its precision says.
func checkDate(d domain.FuzzyDate) error {
	if !d.End.After(d.Start) {
		return fmt.Errorf("date %v: end %v is not after start", d.Start, d.End)
	}
	if d.Start.Location().String() != "UTC" {
		return fmt.Errorf("date %v is not UTC", d.Start)
	}
	var want domain.FuzzyDate
	switch d.Precision {
	case domain.PrecisionDay:
		want = domain.Day(d.Start.Date())
	case domain.PrecisionMonth:
		want = domain.Month(d.Start.Year(), d.Start.Month())
	case domain.PrecisionYear:
		want = domain.Year(d.Start.Year())
	default:
		return fmt.Errorf("date %v: unknown precision %q", d.Start, d.Precision)
	}
	if !d.Start.Equal(want.Start) || !d.End.Equal(want.End) {
		return fmt.Errorf("date [%v, %v) is not one whole %s; want [%v, %v)", d.Start, d.End, d.Precision, want.Start, want.End)
	}
	return nil
}

func TestCheckDate(t *testing.T) {
	day := domain.Day(2025, 9, 24)
	tests := []struct {
		name string
		date domain.FuzzyDate
		ok   bool
	}{
		{"day", day, true},
		{"month", domain.Month(2025, 2), true},
		{"year", domain.Year(2025), true},
		{"day claimed as month", domain.FuzzyDate{Start: day.Start, End: day.End, Precision: domain.PrecisionMonth}, false},
		{"month not from the 1st", domain.FuzzyDate{Start: day.Start, End: day.Start.AddDate(0, 1, 0), Precision: domain.PrecisionMonth}, false},
		{"end before start", domain.FuzzyDate{Start: day.End, End: day.Start, Precision: domain.PrecisionDay}, false},
		{"no precision", domain.FuzzyDate{Start: day.Start, End: day.End}, false},
	}
	for _, tc := range tests {
		if err := checkDate(tc.date); (err == nil) != tc.ok {
			t.Errorf("%s: checkDate = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

func TestSeedEventKindsAreKnown(t *testing.T) {
	fs := decodeSeed(t)
	for i, x := range fs.Interactions {
		if !x.Kind.Valid() {
			t.Errorf("interaction %d: unknown kind %q", i, x.Kind)
		}
	}
	for i, e := range fs.OtherEvents {
		if !e.Type.Valid() {
			t.Errorf("event %d: unknown type %q", i, e.Type)
		}
	}
	for i, s := range fs.Statements {
		if s.Quote == "" && s.Paraphrase == "" {
			t.Errorf("statement %d: neither quote nor paraphrase", i)
		}
	}
}
