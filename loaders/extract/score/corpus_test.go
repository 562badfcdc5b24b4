package score

import (
	"strings"
	"testing"
)

// seedExpected is the project's founding fixture, outside the repository
// beside it (see shared/fixtures/README.md).
const seedExpected = "../../../../shared/fixtures/seed/expected.json"

func TestLoadSeedCase(t *testing.T) {
	c, err := LoadCase(seedExpected)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Expected.Validate(); err != nil {
		t.Errorf("seed expected facts: %v", err)
	}
	if c.Article.PublishedAt.IsZero() || c.Article.Text == "" || c.Article.ID == "" {
		t.Errorf("seed article not loaded: %+v", c.Article)
	}
	if len(c.Expected.Statements) == 0 || len(c.Expected.NotActors) == 0 {
		t.Errorf("seed expected facts look empty: %+v", c.Expected)
	}
}

func TestValidateFindsProblems(t *testing.T) {
	exp := fixture()
	exp.Statements = append(exp.Statements, ExpectedStatement{Speaker: "Nobody Known", Quote: "x"})
	exp.Meetings = append(exp.Meetings, ExpectedMeeting{Participants: []string{"Ana Ferreira", "Japan"}, Date: date("2025-13")})
	exp.Interactions = append(exp.Interactions, ExpectedInteraction{Source: "Japan", Target: "Brazil", Kind: "HUG"})
	err := exp.Validate()
	if err == nil {
		t.Fatal("Validate accepted an unknown speaker, a bad date and an unknown kind")
	}
	for _, want := range []string{`"Nobody Known" is not a listed actor`, `"2025-13"`, `"HUG"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate error lacks %q: %v", want, err)
		}
	}
	if err := fixture().Validate(); err != nil {
		t.Errorf("fixture: %v", err)
	}
}
