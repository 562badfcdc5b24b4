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
