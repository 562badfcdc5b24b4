package rules

import "testing"

// TestWireShifts checks the change verbs wire copy tells policy with:
// removing, stopping, joining, devaluing, levying,
// phasing out, and a decision told with its agent ("the decision by X
// to"), on sentences written for the test.
func TestWireShifts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"removed", "Chile removed its import duties on copper wire.", []string{"Chile"}},
		{"stop and a gerund", "Peru will stop buying Chilean wheat from June, traders said.", []string{"Peru"}},
		{"ceased", "Bolivia has ceased exports of tin to the spot market.", []string{"Bolivia"}},
		{"join an accord", "Bolivia will join the regional coffee accord next month.", []string{"Bolivia"}},
		{"devalued", "Peru devalued the sol by ten pct on Friday.", []string{"Peru"}},
		{"levied", "Bolivia has levied a new tax on tin exports.", []string{"Bolivia"}},
		{"phase out", "Chile said it would phase out its copper subsidy.", []string{"Chile"}},
		{"the decision by X to", "Traders welcomed the decision by Peru to lift its curbs on Chilean banks.", []string{"Peru"}},
	}
	wantShiftActors(t, cases)
}

// TestNoWireShift checks what the wire verbs leave: a person's dealings,
// a meeting opened, a practice asked of someone else.
func TestNoWireShift(t *testing.T) {
	for _, text := range []string{
		"Senator Mark Dunn accepted the lobbyists' offer of free flights.",
		"Chile opened talks with Peru on Monday.",
		"Senator Mark Dunn urged Peru to stop buying Chilean wheat.",
		"Peru could stop buying Chilean wheat.",
	} {
		if got := shiftActorsOf(t, text); len(got) != 0 {
			t.Errorf("%q: shifts by %q, want none", text, got)
		}
	}
}

// TestWireShiftReported checks "X said on Monday it would …": a date
// between the reporting verb and "it would" leaves the change the
// subject's own decision.
func TestWireShiftReported(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"said on a day it would", "Markets fell.\n\nChile said on Monday it would lift its ban on Peruvian wine.", []string{"Chile"}},
		{"said yesterday that it would", "Markets fell.\n\nChile said yesterday that it would stop buying Peruvian wheat.", []string{"Chile"}},
	}
	wantShiftActors(t, cases)
}

// TestWireShiftDates checks the day wire copy dates a change by: the
// dateline's day when the lead tells its news in the past, not a day the
// paragraph after the lead gives another act; a change to come is not
// dated by the day it takes effect; "it" after a dateline lead is the
// lead's subject.
func TestWireShiftDates(t *testing.T) {
	cases := []struct{ name, text, actor, want string }{
		{"the dateline's day", "WINE\n\nLIMA, March 13 - Chile said it would lift its ban on Peruvian wine.\n\nPeru had asked for the move on March 11.", "Chile", "2024-03-13"},
		{"not the day it takes effect", "COFFEE\n\nLIMA, March 13 - Bolivia said it would join the regional coffee accord next month.", "Bolivia", "2024-03-13"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			got, found := "", false
			for _, ps := range fs.PolicyShifts {
				if ps.Actor != c.actor {
					continue
				}
				found = true
				if w := ps.When; w != nil && w.Known() {
					got = w.String()
				}
			}
			if !found {
				t.Fatalf("no shift by %s in %+v", c.actor, fs.PolicyShifts)
			}
			if got != c.want {
				t.Errorf("dated %q, want %q", got, c.want)
			}
		})
	}
}
