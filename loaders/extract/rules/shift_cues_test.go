package rules

import (
	"sort"
	"strings"
	"testing"
)

// shiftActorsOf lists the actors of the policy shifts read from text.
func shiftActorsOf(t *testing.T, text string) []string {
	var out []string
	for _, ps := range extractText(t, text).PolicyShifts {
		out = append(out, ps.Actor)
	}
	sort.Strings(out)
	return out
}

// wantShiftActors runs each case's text through the extractor and checks
// the actors of the shifts read from it, sorted, one per shift.
func wantShiftActors(t *testing.T, cases []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := shiftActorsOf(t, c.text); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("shift actors %q, want %q", got, c.want)
			}
		})
	}
}

// wantShiftActorSets is wantShiftActors for texts that may tell one
// change twice: at least one shift, and the actors without repeats.
func wantShiftActorSets(t *testing.T, cases []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := shiftActorsOf(t, c.text); len(got) == 0 || strings.Join(dedupeSorted(got), "|") != strings.Join(c.want, "|") {
				t.Errorf("shift actors %q, want %q", got, c.want)
			}
		})
	}
}

// TestShiftCues checks the ways news copy reports a change of position,
// on sentences written for the test.
func TestShiftCues(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"went back on", "Prime Minister Karl Weber went back on a pledge to hold a referendum on the treaty.", []string{"Karl Weber"}},
		{"came round to", "Finance Minister Ana Rojas has come round to the idea of a wealth tax.", []string{"Ana Rojas"}},
		{"came to his senses", "Senator Mark Dunn, a loyal ally who eventually came to his senses, now criticises the plan.", []string{"Mark Dunn"}},
		{"scrapped a relief", "Finance Minister Ana Rojas also scrapped fuel duty relief for hauliers.", []string{"Ana Rojas"}},
		{"paused tariffs", "President Lena Berg paused tariffs on Chilean copper on Friday.", []string{"Lena Berg"}},
		{"restored sanctions", "Canada restored sanctions on Belarus in March.", []string{"Canada"}},
		{"dropped an investigation", "Attorney General Omar Haddad dropped the investigation into the minister on Monday.", []string{"Omar Haddad"}},
		{"no longer", "Norway is no longer committed to the oil fund's ethical rules, a critic said.", []string{"Norway"}},
		{"now supports", "Senator Mark Dunn now supports the carbon tax he voted against in 2019.", []string{"Mark Dunn"}},
		{"for the first time", "For the first time, India backed the resolution on Myanmar at the United Nations.", []string{"India"}},
		{"after initially", "Prime Minister Karl Weber declared the gifts on Monday after initially insisting they were private.", []string{"Karl Weber"}},
		{"contracted pronoun", "Prime Minister Karl Weber met farmers on Monday. He's also softened his stance on fuel taxes.", []string{"Karl Weber"}},
		{"members for their body", "The Danish Prosecution Service reviewed the file. Prosecutors in Denmark have dropped the investigation into the minister.", []string{"Danish Prosecution Service"}},
		{"as recently as", "As recently as 2019, Senator Mark Dunn opposed the carbon tax. He now backs a smaller version of it.", []string{"Mark Dunn"}},
	}
	wantShiftActorSets(t, cases)
}

// dedupeSorted drops repeats from a sorted list.
func dedupeSorted(in []string) []string {
	var out []string
	for i, s := range in {
		if i == 0 || in[i-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// TestNoShiftWithoutAChange checks that the cues give nothing where no
// position changed.
func TestNoShiftWithoutAChange(t *testing.T) {
	for _, text := range []string{
		"Senator Mark Dunn said it would be unpalatable to go back on the pledge.",
		"Prime Minister Karl Weber will not go back on his promise to cut taxes.",
		"Senator Mark Dunn entered the Senate in 2004 after first contesting a seat in 1998.",
		"The Greens won a majority for the first time since 1993.",
		"Police restored order in the capital on Sunday.",
		"An English hospital has suspended plans to close its maternity ward, Health Minister Ana Rojas said.",
		"The union, which is opposed to ending the ban, said talks would go on.",
		"The Greens say scrapping tuition fees wins them young voters.",
	} {
		if got := shiftActorsOf(t, text); len(got) != 0 {
			t.Errorf("%q: shifts by %q, want none", text, got)
		}
	}
}
