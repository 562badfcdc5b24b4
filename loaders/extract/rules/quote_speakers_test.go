package rules

import (
	"strings"
	"testing"
	"time"
)

func TestShortQuoteOfAnUnreadSayerIsNotTheLastSpeakers(t *testing.T) {
	fs := extractText(t, "\"We will win this vote,\" Anna Berg said on Monday.\n\nBut the veteran campaigner said the plan was \"a load of nonsense\".")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "load of nonsense") && s.Speaker == "Anna Berg" {
			t.Errorf("%q given to the last speaker %q", s.Quote, s.Speaker)
		}
	}
}

func TestWriterAfterTheVerbSpeaks(t *testing.T) {
	fs := extractText(t, "Tom Reyes said the cuts were needed.\n\n\"Three in four families who qualified received nothing,\" wrote sociologist Ana Costa in her book.")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "Three in four") && s.Speaker != "Ana Costa" {
			t.Errorf("%q spoken by %q, want Ana Costa", s.Quote, s.Speaker)
		}
	}
}

func TestPartyQualifyingAnUnreadLeaderDoesNotSpeak(t *testing.T) {
	fs := extractText(t, "Michael Howard has denied his shadow cabinet was split.\n\nThe Tory leader said his team had reached a \"collective view\", but admitted it was \"not an easy issue\".")
	for _, s := range fs.Statements {
		if s.Speaker == "Conservative Party" {
			t.Errorf("%q given to the party that only qualifies its leader", s.Quote)
		}
	}
}

func TestOwnerlessDocumentIsNotTheLastSpeaker(t *testing.T) {
	fs := extractText(t, "Edward Heath said he hoped for a deal.\n\n\"Jeremy said he was encountering a rather embarrassing problem with his colleagues,\" reads a telephone memo for Mr Heath.")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "embarrassing problem") {
			t.Errorf("a memo's words given to %q", s.Speaker)
		}
	}
}

func TestSpeltOutShareOfPeopleIsUnnamed(t *testing.T) {
	fs := extractText(t, "Andy Beshear won the race, he said on Tuesday.\n\nA new poll shows majority support for impeachment. Fifty-one percent say that \"the president should be impeached by the House.\"")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "impeached by the House") {
			t.Errorf("a poll's respondents' words given to %q", s.Speaker)
		}
	}
}

func TestInterviewAnswerAfterAQuestionIsTheIntervieweesNotWhoItAsksAbout(t *testing.T) {
	fs := extractText(t, "\"It is all about delivery,\" says Anna Berg.\n\nIs Tom Reyes a good leader?\n\n\"Well, I am fully supportive of him, I want him to succeed.\"\n\nShe also thinks Tom Reyes is right about the budget.\n\n\"The people are in a negotiation with themselves about this.\"")
	got := 0
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "fully supportive") || strings.Contains(s.Quote, "negotiation with themselves") {
			got++
			if s.Speaker != "Anna Berg" {
				t.Errorf("%q spoken by %q, want the interviewee Anna Berg", s.Quote, s.Speaker)
			}
		}
	}
	if got != 2 {
		t.Errorf("got %d of the 2 answers: %+v", got, fs.Statements)
	}
}

func TestAdverbBetweenTailSpeakerAndVerb(t *testing.T) {
	fs := extractText(t, "\"The checks were done,\" Anna Berg said.\n\n\"We messed up; I messed up,\" Tom Reyes allegedly told a supervisor.")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "messed up") && s.Speaker != "Tom Reyes" {
			t.Errorf("%q spoken by %q, want Tom Reyes", s.Quote, s.Speaker)
		}
	}
}

func TestPronounAfterAParagraphAboutSomeoneElseLeavesTheLastSpeakersRun(t *testing.T) {
	fs := extractText(t, "\"Care costs too much,\" said Jessica Hart, a sociologist.\n\nWhen Jane Roberts gave birth, she stayed home with the baby.\n\nIn the fall, Roberts won't return to teaching. \"I've devoted my entire adult life to this profession,\" she said.")
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "devoted my entire") && s.Speaker != "Jane Roberts" {
			t.Errorf("%q spoken by %q, want Jane Roberts", s.Quote, s.Speaker)
		}
	}
}

// A quote ending in an exclamation or question mark keeps the short
// attribution after it in its sentence: `"…!" X tweeted on Monday` is X's,
// dated Monday, even after a paragraph about someone else; a reported
// clause after the name (`"…?" Mr X said he would …`) stays a sentence of
// its own.
func TestAttributionAfterExclamationOrQuestion(t *testing.T) {
	text := "Storm grows\n\nDonald Hale won the vote.\n\nThe storm is whipping up in the capital.\n\n" +
		"“Just met with General Ross – was very impressed!” Hale tweeted on Monday, thickening the intrigue.\n\n" +
		"“Who pays for it?” Mr Hale asked.\n"
	fs := extractText(t, text)
	want := map[string]bool{"Just met with General Ross – was very impressed!": false, "Who pays for it?": false}
	for _, s := range fs.Statements {
		if _, ok := want[s.Quote]; !ok {
			continue
		}
		want[s.Quote] = true
		if s.Speaker != "Donald Hale" {
			t.Errorf("%q by %q, want Donald Hale", s.Quote, s.Speaker)
		}
		if s.Quote[0] == 'J' && (s.When == nil || s.When.Start.Weekday() != time.Monday) {
			t.Errorf("%q dated %v, want the Monday it was tweeted", s.Quote, s.When)
		}
	}
	for q, found := range want {
		if !found {
			t.Errorf("quote %q not extracted: %+v", q, fs.Statements)
		}
	}
}
