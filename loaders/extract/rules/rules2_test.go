package rules

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

func TestDatedEvents(t *testing.T) {
	cases := []struct {
		name, text string
		typ        domain.EventType
		actor      string
		date       string
	}{
		{"took office", "Kenyan President Joseph Mwangi met reporters.\n\nMwangi took office in September 2022 after a close race.", domain.TypeOther, "Joseph Mwangi", "2022-09"},
		{"came into force", "Peru's new mining royalty, which came into force on January 1, has angered investors in Peru.", domain.TypeOther, "Peru", "2024-01-01"},
		{"coup", "Sudan's army seized power in October 2021, dissolving the civilian cabinet.", domain.TypeOther, "Sudan military", "2021-10"},
		{"offensive", "The Sahel Liberation Front launched a new offensive in May 2023 near the border with Mali.", domain.TypeOther, "Sahel Liberation Front", "2023-05"},
		{"defaulted", "Zambia defaulted on its bonds in November 2020.", domain.TypeOther, "Zambia", "2020-11"},
		{"won", "Senegalese President Amadou Faye won the presidency in March 2023.", domain.TypeElection, "Amadou Faye", "2023-03"},
		{"election due", "Officials in Kenya said the budget would pass.\n\nThe next general election in Kenya is due in 2027.", domain.TypeElection, "Kenya", "2027"},
		{"demonym vote", "Polls show a tight race before Peruvians vote on Sunday.", domain.TypeElection, "Peru", "2024-03-17"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, ev := range fs.OtherEvents {
				if ev.Type == c.typ && ev.When != nil && ev.When.String() == c.date && len(ev.Actors) > 0 && ev.Actors[0] == c.actor {
					return
				}
			}
			t.Errorf("no %s of %q @%s in %+v", c.typ, c.actor, c.date, fs.OtherEvents)
		})
	}
}

func TestUndatedHappeningIsNoEvent(t *testing.T) {
	fs := extractText(t, "Rebels have launched offensives in the north for years, and Chad has often defaulted on payments.")
	if len(fs.OtherEvents) != 0 {
		t.Errorf("events %+v, want none without a date", fs.OtherEvents)
	}
}

func TestDropShifts(t *testing.T) {
	cases := []struct {
		name, text, actor, direction, date string
	}{
		{"dropped opposition", "Norway dropped its long-standing opposition to deep-sea mining on Monday.", "Norway", "REVERSED", "2024-03-11"},
		{"scrapped fees", "In February the company scrapped the roaming fees it charged travellers. Baltic Telecom had defended them for years.", "", "REVERSED", "2024-02"},
		{"reversing pledge", "The row began in January, when Egypt imposed a levy on transit cargo, reversing a pledge made in 2019 to keep fees flat.", "Egypt", "REVERSED", "2024-01"},
		{"backtracked", "Colombian Energy Minister Rosa Pardo backtracked on Wednesday after a week of protests.", "Rosa Pardo", "REVERSED", "2024-03-13"},
		{"no longer opposes", "Ireland no longer opposes the trade pact, its prime minister said on Tuesday.", "Ireland", "SOFTENED", "2024-03-12"},
		{"shift for", "Thai Foreign Minister Somchai Ratana signed the accord on Monday.\n\nThe accord marks a shift for Bangkok, which long kept out of such pacts.", "Thailand", "SHIFTED", "2024-03-11"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.text
			if c.actor == "" {
				text = "Baltic Telecom lost a court case on Tuesday.\n\n" + text
				c.actor = "Baltic Telecom"
			}
			fs := extractText(t, text)
			for _, ps := range fs.PolicyShifts {
				if ps.Actor == c.actor && ps.Direction == c.direction && ps.When != nil && ps.When.String() == c.date {
					return
				}
			}
			t.Errorf("no %s shift by %q @%s in %+v", c.direction, c.actor, c.date, fs.PolicyShifts)
		})
	}
}

func TestActorsByShape(t *testing.T) {
	cases := []struct {
		name, text, actor string
		kind              domain.ActorKind
		alias             string
	}{
		{"org after country", "The Kenya National Farmers Union said on Monday that prices would rise.", "Kenya National Farmers Union", domain.KindOrganization, ""},
		{"direction word", "The Southern Liberation Movement said it would attend.", "Southern Liberation Movement", domain.KindOrganization, ""},
		{"of connector", "The Dairy Board of Ireland said exports fell.", "Dairy Board of Ireland", domain.KindOrganization, ""},
		{"company", "Volta Energy said on Friday it would cut jobs. Volta said the plan was final.", "Volta Energy", domain.KindOrganization, "Volta"},
		{"military", "Sudan's army said on Monday it had retaken the bridge. The military said its troops held the town.", "Sudan military", domain.KindOrganization, "The military"},
		{"forward description", "Peru's foreign minister criticized Chile on Monday.\n\nPeruvian Foreign Minister Jorge Salas said the talks were over.", "Jorge Salas", domain.KindPerson, "Peru's foreign minister"},
		{"spokesman for", "A spokesman for Baltic Telecom, Karl Ots, said the company would appeal.", "Karl Ots", domain.KindPerson, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, a := range fs.Actors {
				if a.Name == c.actor {
					if a.Kind != c.kind {
						t.Errorf("%q is %s, want %s", a.Name, a.Kind, c.kind)
					}
					if c.alias != "" && !strings.Contains(strings.Join(a.Aliases, "|"), c.alias) {
						t.Errorf("%q aliases %q lack %q", a.Name, a.Aliases, c.alias)
					}
					return
				}
			}
			t.Errorf("no actor %q in %+v", c.actor, fs.Actors)
		})
	}
}

func TestNewInteractions(t *testing.T) {
	cases := []struct {
		name, text, source, target string
		kind                       domain.InteractionKind
	}{
		{"phone", "Turkish Foreign Minister Emre Kaya spoke by phone with Greek Foreign Minister Nikos Pappas on Monday.", "Emre Kaya", "Nikos Pappas", domain.InteractConsult},
		{"fined", "The European Commission fined Baltic Telecom 200 million euros on Tuesday.", "European Commission", "Baltic Telecom", domain.InteractSanction},
		{"her rival", "Peruvian candidate Rosa Pardo accused her rival Jorge Salas on Sunday of lying.", "Rosa Pardo", "Jorge Salas", domain.InteractAccuse},
		{"government in", "Argentine farmers' leader Ana Gil urged the government in Brazil to lift the ban.", "Ana Gil", "Brazil", domain.InteractAppeal},
		{"lead after dateline", "LIMA, March 12 — Peru's foreign minister accused Chile on Tuesday of spying.\n\nPeruvian Foreign Minister Jorge Salas later flew home.", "Jorge Salas", "Chile", domain.InteractAccuse},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, in := range fs.Interactions {
				if in.Source == c.source && in.Target == c.target && in.Kind == c.kind {
					return
				}
			}
			t.Errorf("no %s %s→%s in %+v", c.kind, c.source, c.target, fs.Interactions)
		})
	}
}

func TestEmbeddedFragmentQuote(t *testing.T) {
	text := "Chilean Finance Minister Ana Ruiz spoke first.\n\nBolivian Trade Minister Luis Arce called the proposal \"a step backwards for the region\" on Monday."
	fs := extractText(t, text)
	for _, s := range fs.Statements {
		if strings.Contains(s.Quote, "a step backwards") {
			if s.Speaker != "Luis Arce" {
				t.Errorf("speaker %q, want Luis Arce", s.Speaker)
			}
			return
		}
	}
	t.Errorf("no statement quoting the fragment in %+v", fs.Statements)
}
