package rules

import "testing"

// TestActorHygieneReadings checks, on sentences written for the test, that
// a Soviet-era story's Moscow is the Soviet Union, that a story naming
// Russia keeps Russia, that market indices and public events are no
// actors, and that an office holder the story never names is listed only
// when a fact names them.
func TestActorHygieneReadings(t *testing.T) {
	has := func(text, name string) bool {
		for _, a := range extractText(t, text).Actors {
			if a.Name == name {
				return true
			}
		}
		return false
	}
	soviet := "Chirac said Europe feared any accord with Moscow on missiles while the Soviet Union keeps its edge in other weapons."
	if !has(soviet, "Soviet Union") || has(soviet, "Russia") {
		t.Errorf("%q: want the Soviet Union for Moscow, no Russia: %+v", soviet, extractText(t, soviet).Actors)
	}
	both := "Since the Soviet Union collapsed, Russia has rebuilt its army, Moscow said."
	if !has(both, "Russia") {
		t.Errorf("%q: want Russia kept apart: %+v", both, extractText(t, both).Actors)
	}
	for _, c := range []struct{ text, name string }{
		{"Hong Kong's Hang Seng Index fell 1.2% as Chinese officials met US negotiators.", "Hang Seng Index"},
		{"Thousands attended the Etlaq Fan Experience near Duqm, organisers said.", "Etlaq Fan Experience"},
	} {
		if has(c.text, c.name) {
			t.Errorf("%q: %q listed as an actor", c.text, c.name)
		}
	}
	passing := "Malaysian Prime Minister Anwar Ibrahim's trips, joined by the foreign minister and two deputy ministers, were paid by the state, Communications Minister Fahmi Fadzil said."
	for _, a := range extractText(t, passing).Actors {
		if a.Name == "Malaysian Foreign Minister" {
			t.Errorf("%q: the unnamed foreign minister, in no fact, listed: %+v", passing, a)
		}
	}
}
