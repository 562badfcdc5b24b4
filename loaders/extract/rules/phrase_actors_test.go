package rules

import "testing"

// TestPhraseActors checks that a dated happening whose subject is a plain
// noun phrase goes to the actor that phrase stands for: one named inside
// it, or the organisation whose name holds its head noun.
func TestPhraseActors(t *testing.T) {
	cases := []struct{ text, actor string }{
		{"The Andean Fisheries Commission met in Lima. The commission voted on Thursday to close the season.", "Andean Fisheries Commission"},
		{"EU farm ministers are expected to vote on the quota in June.", "EU"},
		{"Striking teachers marched through Lima on Tuesday.", "Striking teachers"},
		{"The new law was filed by Peru's attorney general. The ombudsman filed a complaint on Monday.", "The ombudsman"},
	}
	for _, c := range cases {
		fs := extractText(t, c.text)
		found := false
		for _, ev := range fs.OtherEvents {
			for _, a := range ev.Actors {
				found = found || (a == c.actor && ev.When != nil)
			}
		}
		if !found {
			t.Errorf("%q: events %+v, want a dated one of %q", c.text, fs.OtherEvents, c.actor)
		}
	}
}

// TestFailedToIsNoHappening checks that "failed to" opens no event while
// a bare "failed" with a date does.
func TestFailedToIsNoHappening(t *testing.T) {
	if fs := extractText(t, "The pumps failed to start on Monday."); len(fs.OtherEvents) != 0 {
		t.Errorf("failed to: events %+v, want none", fs.OtherEvents)
	}
	if fs := extractText(t, "The main water pipes failed on Monday night."); len(fs.OtherEvents) != 1 {
		t.Errorf("failed: events %+v, want one", fs.OtherEvents)
	}
}

// TestNounVoteIsNoElection checks that "a … vote in January" is no
// election of the clause's subject, while "X votes in …" still is.
func TestNounVoteIsNoElection(t *testing.T) {
	for _, ev := range extractText(t, "Peru, which abstained in a preliminary vote in January, backed the text.").OtherEvents {
		if ev.Type == "ELECTION" {
			t.Errorf("noun vote: got election %+v", ev)
		}
	}
}

// TestVotedInFavourIsNoElection checks that taking a side in a vote is no
// election.
func TestVotedInFavourIsNoElection(t *testing.T) {
	for _, ev := range extractText(t, "Peru voted in favour of the annex in January.").OtherEvents {
		if ev.Type == "ELECTION" {
			t.Errorf("voted in favour: got election %+v", ev)
		}
	}
}
