package rules

import "testing"

// hasActorAlias reports whether an actor called name carries alias.
func hasActorAlias(t *testing.T, text, name, alias string) {
	t.Helper()
	fs := extractText(t, text)
	for _, a := range fs.Actors {
		if a.Name != name {
			continue
		}
		for _, al := range a.Aliases {
			if al == alias {
				return
			}
		}
		t.Errorf("actor %q has aliases %q, want %q", name, a.Aliases, alias)
		return
	}
	t.Errorf("no actor %q among %+v", name, fs.Actors)
}

func TestUnnamedOfficeHoldersOfBodies(t *testing.T) {
	cases := []struct{ name, text, actor, alias string }{
		{"possessive acronym", "The AU's peace and security commissioner was silent, but the OAS's secretary general said the vote was fair.",
			"OAS Secretary General", "the OAS's secretary general"},
		{"determiner and body", "Lisbon officials briefed the European Commission president on Friday.",
			"European Commission President", "the European Commission president"},
		{"canonical short name", "Nato's spokesman said allies would meet in March.",
			"NATO Spokesman", "Nato's spokesman"},
		{"of a country", "Oman's foreign minister, Salim Harthy, thanked the sultan of Oman for his help.",
			"Omani Sultan", "the sultan of Oman"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { hasActorAlias(t, c.text, c.actor, c.alias) })
	}
	fs := extractText(t, "Nato's secretary general Mark Lindqvist said the drill was planned.")
	for _, a := range fs.Actors {
		if a.Name == "NATO Secretary General" {
			t.Errorf("a named holder became the unnamed office %q", a.Name)
		}
	}
}

// An office used as a modifier or told of another time names no holder:
// no "U.S. Deputy Prime Minister" is invented for "the deputy prime
// minister post", nor a person for "the next president".
func TestNoHolderForOfficeAsModifierOrOtherTime(t *testing.T) {
	cases := []struct{ name, text string }{
		{"modifier", "Jane Smith said she wanted the deputy prime minister post after the election."},
		{"next", "The next American president will face a hard choice, Jane Smith said."},
		{"former", "The former prime minister has criticised the plan, Jane Smith said."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, a := range extractText(t, c.text).Actors {
				if a.Name != "Jane Smith" && a.Name != "United States" {
					t.Errorf("actor %q (aliases %q) from an office that names no holder", a.Name, a.Aliases)
				}
			}
		})
	}
}
