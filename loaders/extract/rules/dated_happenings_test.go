package rules

import "testing"

// TestDatedHappenings checks the dated-happening rule on sentences written
// for the test: a happening verb with a date in its clause gives an event
// of its subject; without a date, or between two actors, it gives none.
func TestDatedHappenings(t *testing.T) {
	cases := []struct {
		text, typ, actor, date string
	}{
		{"Peru closed the Desaguadero border post to lorries with Bolivian plates on Monday.", "OTHER", "Peru", "2024-03-11"},
		{"Iran test-launched a new cruise missile on Tuesday, state media reported.", "OTHER", "Iran", "2024-03-12"},
		{"The regional parliament convened an emergency sitting in Lima on March 4.", "OTHER", "The regional parliament", "2024-03-04"},
		{"Peru is changing its mining law. The decree was signed in January, officials said.", "OTHER", "Peru", "2024-01"},
		{"Chilean President Ana Reyes was elected in 2022.", "ELECTION", "Ana Reyes", "2022"},
		{"Chile and Peru ratified the fisheries accord last week.", "OTHER", "Chile", "2024-03"},
		{"Iran test-launched a new cruise missile, state media reported.", "", "", ""},
		{"Chile suspended Peru from the fisheries council on Tuesday.", "", "", ""},
		{"The 2026 budget launch pleased nobody.", "", "", ""},
	}
	for _, c := range cases {
		fs := extractText(t, c.text)
		if c.typ == "" {
			if len(fs.OtherEvents) != 0 {
				t.Errorf("%q: events %+v, want none", c.text, fs.OtherEvents)
			}
			continue
		}
		ok := false
		for _, ev := range fs.OtherEvents {
			hasActor := c.actor == ""
			for _, a := range ev.Actors {
				hasActor = hasActor || a == c.actor
			}
			ok = ok || (string(ev.Type) == c.typ && hasActor && ev.When != nil && ev.When.String()[:len(c.date)] == c.date)
		}
		if !ok {
			t.Errorf("%q: events %+v, want %s of %q on %s", c.text, fs.OtherEvents, c.typ, c.actor, c.date)
		}
	}
}
