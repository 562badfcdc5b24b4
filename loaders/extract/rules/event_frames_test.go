package rules

import "testing"

// TestEventAndShiftFrames checks dated-event and shift frames on
// sentences written for the test.
func TestEventAndShiftFrames(t *testing.T) {
	events := []struct{ text, typ, date string }{
		{"Peruvian President Jorge Salas won a runoff in June 2021 by a narrow margin.", "ELECTION", "2021-06"},
		{"Venezuelan troops opened fire on the border post early on Monday.", "OTHER", "2024-03-11"},
		{"The Senate passed the budget bill on Tuesday by 61 votes to 39.", "OTHER", "2024-03-12"},
		{"The truce between Peru and Bolivia took effect on Monday.", "OTHER", "2024-03-11"},
	}
	for _, c := range events {
		fs := extractText(t, c.text)
		ok := false
		for _, ev := range fs.OtherEvents {
			ok = ok || (string(ev.Type) == c.typ && ev.When != nil && ev.When.String() == c.date)
		}
		if !ok {
			t.Errorf("%q: events %+v, want %s on %s", c.text, fs.OtherEvents, c.typ, c.date)
		}
	}
	fs := extractText(t, "Peruvian President Jorge Salas had praised the mining code as recently as January. On Monday he said he had changed his mind.")
	if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != "Jorge Salas" || fs.PolicyShifts[0].From == "" {
		t.Errorf("shifts %+v, want Jorge Salas with a former position", fs.PolicyShifts)
	}
}
