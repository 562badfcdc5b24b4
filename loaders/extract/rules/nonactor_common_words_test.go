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
		"Solar Street Lighting":        true,
		"Safer Cities":                 true,
		"Programme Officer":            true,
		"Territory Command":            true,
		"Housing Census":               true,
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

func TestLoneNonName(t *testing.T) {
	for w, want := range map[string]bool{"MPs": true, "MEPs": true, "St": true, "Democratic": true, "Reports": true, "Critics": true, "Jones": false, "Blair": false, "Rs": false} {
		if got := loneNonName(w); got != want {
			t.Errorf("loneNonName(%q) = %v, want %v", w, got, want)
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

func TestPoliciesIdeologiesAndOutletsAreNoActors(t *testing.T) {
	fs := extractText(t, "Farmers said the Common Agricultural Policy had failed, Anna Berg told Plymouth Live on Monday. She said National Socialism was no model. The Ministry of Environment, Forestry and Tourism said it would review the plan.")
	names := namesOf(fs)
	for _, bad := range []string{"Common Agricultural Policy", "Plymouth Live", "National Socialism"} {
		if names[bad] {
			t.Errorf("%q is no actor: %v", bad, names)
		}
	}
	for _, good := range []string{"Anna Berg", "Ministry of Environment, Forestry and Tourism"} {
		if !names[good] {
			t.Errorf("missing actor %q: %v", good, names)
		}
	}
}
