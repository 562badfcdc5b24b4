package rules

import "testing"

func TestFragmentInASentenceOpenedByANamedActorIsTheirs(t *testing.T) {
	cases := []struct{ text, quote, want string }{
		{"\"We will win this vote,\" Tom Reyes said.\n\nOn Wednesday, Anna Berg provoked fury by branding the campaign \"two-bit Tories\".", "two-bit Tories", "Anna Berg"},
		{"\"We will win this vote,\" Tom Reyes said.\n\nAnna Berg, the county sheriff, released a statement condemning the \"paid agitators and protesters\" at the camp.", "paid agitators", "Anna Berg"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.quote); got != c.want {
			t.Errorf("%q spoken by %q, want %q", c.quote, got, c.want)
		}
	}
}

func TestFragmentAfterANameThatOnlyQualifiesKeepsTheLastSpeaker(t *testing.T) {
	cases := []struct{ text, quote, notWant string }{
		{"Michael Howard said the vote was close.\n\nIf Labour voters \"stayed at home\" the seat would fall, he said.", "stayed at home", "Labour Party"},
		{"\"We will win this vote,\" Tom Reyes said.\n\nContrasting Anna Berg (\"a kind and decent human being\") with his rival, he spoke for an hour.", "kind and decent", "Anna Berg"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.quote); got == c.notWant {
			t.Errorf("%q given to %q", c.quote, got)
		}
	}
}

func TestPersonBeforeAnAffiliationSetOffByOneCommaSpeaks(t *testing.T) {
	text := "Tom Reyes said the conference would move.\n\nAnna Berg, Blackpool Hotel Association said: \"We have tried very hard to make sure they come back.\""
	if got := speakerOf(t, text, "tried very hard"); got != "Anna Berg" {
		t.Errorf("spoken by %q, want Anna Berg", got)
	}
}
