package rules

import (
	"slices"
	"strings"
	"testing"
)

// actorWithAlias returns the actor that has the given alias, "" if none.
func actorWithAlias(t *testing.T, text, alias string) string {
	t.Helper()
	fs := extractText(t, text)
	for _, a := range fs.Actors {
		if slices.Contains(a.Aliases, alias) {
			return a.Name
		}
	}
	return ""
}

func TestHeadOfficeDescriptionFindsOnlyItsHolder(t *testing.T) {
	cases := []struct{ name, text, alias, want string }{
		{"a prime minister is not the president-elect",
			"Maltese Prime Minister Karl Vella met Anna Ruiz in Valletta on Thursday. Ms Ruiz arrived late. The president-elect said the talks had been useful.",
			"The president-elect", "Anna Ruiz"},
		{"a shadow chancellor is not the chancellor",
			"Shadow chancellor Tom Hale attacked the budget on Monday. Chancellor Ruth Avery was in Paris. The chancellor said growth was strong.",
			"The chancellor", "Ruth Avery"},
		{"the first minister is the one titled so",
			"First Minister Alan Reid has ordered a review. The review will be led by Mary Cole, the deputy health minister. The first minister said he was concerned.",
			"The first minister", "Alan Reid"},
		{"a body's leader is no other body's",
			"President Omar Daud opened the session. The Green Alliance's parliamentary leader argued that the law was clear.",
			"The Green Alliance's parliamentary leader", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := actorWithAlias(t, c.text, c.alias); got != c.want {
				t.Errorf("%q resolved to %q, want %q", c.alias, got, c.want)
			}
		})
	}
}

func TestBareOfficeIsTheStorysSubject(t *testing.T) {
	cases := []struct{ name, text, alias, want string }{
		{"the one the story is about",
			"Tom Reyes will set out plans for schools on Monday. Mr Reyes will speak in Leeds, where Ann Obi runs a college. The prime minister is expected to promise more money.",
			"The prime minister", "Tom Reyes"},
		{"two offices nobody holds are not guessed",
			"Tom Reyes and Ed Marsh met on Monday. Mr Reyes and Mr Marsh talked for an hour, and Mr Reyes left first. The prime minister and the chancellor later issued a statement.",
			"The prime minister", ""},
		{"not the one the sentence speaks of",
			"Tom Reyes spoke at a temple on Sunday. Mr Reyes met worshippers. He said the prime minister had offered some movement.",
			"the prime minister", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := actorWithAlias(t, c.text, c.alias); got != c.want {
				t.Errorf("%q resolved to %q, want %q", c.alias, got, c.want)
			}
		})
	}
}

func TestSurnameGoesToThePersonTheHonorificFits(t *testing.T) {
	text := "President Okafor praised Ruth Adler on Tuesday. Ms. Adler, seated next to Mr. Okafor, said she was leaving. " +
		"Grace Okafor was also there. Ms. Okafor said she would miss her. Mr. Okafor said she had done \"a fantastic job\"."
	fs := extractText(t, text)
	for _, a := range fs.Actors {
		if a.Name == "Grace Okafor" && slices.Contains(a.Aliases, "President Okafor") {
			t.Errorf("Grace Okafor took the president's mentions: %q", a.Aliases)
		}
	}
	for _, st := range fs.Statements {
		if strings.Contains(st.Quote, "fantastic job") && st.Speaker == "Grace Okafor" {
			t.Errorf("Mr. Okafor's quote went to Grace Okafor")
		}
	}
}
