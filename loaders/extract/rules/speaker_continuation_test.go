package rules

import (
	"strings"
	"testing"
)

func quoteSpeaker(t *testing.T, text, quote string) (string, bool) {
	t.Helper()
	fs := extractText(t, text)
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, quote) {
			return s.Speaker, true
		}
	}
	return "", false
}

func TestOpenQuoteEndsWhereItsContinuationCloses(t *testing.T) {
	text := "Party spokesman Tom Reyes said the candidate had been suspended. He told reporters: \"He appears to have said these things. We have suspended him.\n\n" +
		"\"By all accounts none of this was mentioned at his selection meeting.\n\n" +
		"\"It is simply a distraction from the real task.\" Mr Jo Brand was quoted in a newspaper saying: \"I feel the party has over-reacted.\""
	for _, q := range []string{"By all accounts", "simply a distraction"} {
		if got, _ := quoteSpeaker(t, text, q); got == "Jo Brand" {
			t.Errorf("%q given to the speaker of a later quote", q)
		}
	}
	if got, _ := quoteSpeaker(t, text, "over-reacted"); got != "Jo Brand" {
		t.Errorf("the later quote's own speaker is %q, want Jo Brand", got)
	}
}

func TestOpenQuoteTakesTheSpeakerNamedAtTheEndOfItsRun(t *testing.T) {
	text := "Ministers met on Monday.\n\n\"We will not give way on this.\n\n\"The plan stays as it is,\" said Anna Berg, the health minister."
	if got, _ := quoteSpeaker(t, text, "not give way"); got != "Anna Berg" {
		t.Errorf("open quote spoken by %q, want Anna Berg", got)
	}
}

func TestPronounOfTheOtherGenderIsNotTheLastSpeaker(t *testing.T) {
	text := "Mr Tom Reyes said: \"The agency is failing.\"\n\nMichelle, a mother of twins, said she had faced an \"on-going battle\" with the agency. \"I have to chase them all the time,\" she said."
	if got, ok := quoteSpeaker(t, text, "chase them"); ok && got == "Tom Reyes" {
		t.Errorf("a woman's words given to the last speaker, a man")
	}
}

func TestSheAfterAnUnnamedSpokeswomanIsHers(t *testing.T) {
	text := "Scottish Conservative leader David Brand said it was \"almost beyond belief\".\n\nThe executive spokeswoman said the leave was agreed by officials. She said: \"Ministers were told of that, but it would not be common practice for them to sign it off.\""
	if got, ok := quoteSpeaker(t, text, "common practice"); ok && got == "David Brand" {
		t.Errorf("an unnamed spokeswoman's words given to %q", got)
	}
}

func TestHonouredSurnameEndingLikeALawIsAPerson(t *testing.T) {
	fs := extractText(t, "Lib Dem spokesman David Laws criticised the plan. Mr Laws said: \"It is a total mess for everyone.\"\n\nThe Corn Laws were repealed long ago.")
	var names []string
	for _, a := range fs.Actors {
		names = append(names, a.Name)
	}
	joined := strings.Join(names, "|")
	if !strings.Contains(joined, "David Laws") {
		t.Errorf("David Laws not read as an actor: %v", names)
	}
	if strings.Contains(joined, "Corn Laws") {
		t.Errorf("a law read as an actor: %v", names)
	}
}

func TestItIsNoPersonsWords(t *testing.T) {
	text := "Chairman Sir Tom Reyes said: \"If the agency cannot be rescued, it must be replaced.\"\n\nThe committee reached its conclusions after months. It warned that it could be years before the agency was \"fit for purpose\", describing it as \"a failing organisation\"."
	if got, ok := quoteSpeaker(t, text, "failing organisation"); ok && got == "Tom Reyes" {
		t.Errorf("words of an \"it\" given to the last speaker, a person")
	}
	text = "Mr Jo Brand's statement said: \"The party has been making an impact on tax.\" It added: \"The other side will want to distract attention from the issues.\""
	if got, _ := quoteSpeaker(t, text, "distract attention"); got != "Jo Brand" {
		t.Errorf("\"It added\" after X's statement spoken by %q, want Jo Brand", got)
	}
}
