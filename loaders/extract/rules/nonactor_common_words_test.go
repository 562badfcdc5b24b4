package rules

import (
	"strings"
	"testing"
)

func TestCommonWordsName(t *testing.T) {
	for name, want := range map[string]bool{
		"Five British":                 true,
		"Community Support Officers":   true,
		"Rust Belt":                    true,
		"Mostly True":                  true,
		"Senior MPs":                   true,
		"Financial Crime Prevention":   true,
		"Birthright Citizenship":       true,
		"Gordon Brown":                 false,
		"Tom Jones":                    false,
		"Tony Clement":                 false,
		"Stop Stansted Expansion":      false,
		"Hereford Hospitals NHS Trust": false,
		"House Democrats":              false,
	} {
		if got := commonWordsName(strings.Fields(name)); got != want {
			t.Errorf("commonWordsName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCommonWordsAreNoActors(t *testing.T) {
	fs := extractText(t, "Five British detainees were freed on Monday, Gordon Brown said. He said Community Support Officers would patrol Rust Belt towns.")
	for _, a := range fs.Actors {
		if a.Name != "Gordon Brown" && a.Name != "United Kingdom" {
			t.Errorf("unexpected actor %q", a.Name)
		}
	}
}
