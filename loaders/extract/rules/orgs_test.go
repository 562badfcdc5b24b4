package rules

import "testing"

// TestOrganisationNamesWithInnerWords checks organisation names that hold
// "and", "of" inside a complement, or a plural possessive, on sentences
// written for the test; names joined by "and" stay two actors.
func TestOrganisationNamesWithInnerWords(t *testing.T) {
	cases := []struct{ name, text string }{
		{"Council for Peace and Reconciliation", "The Council for Peace and Reconciliation said on Monday it would boycott the vote."},
		{"Lagos Teachers and General Staff Union", "The Lagos Teachers and General Staff Union said it would strike from Friday."},
		{"Centre for Study of Coastal Erosion", "The Centre for Study of Coastal Erosion said it had registered the case."},
		{"Coffee Growers' Federation", "The Coffee Growers' Federation said prices had collapsed."},
		{"Harbour and Coastal Protection", "Harbour and Coastal Protection said on Monday the dykes would hold."},
		{"Department of Fisheries and Marine Services", "The Department of Fisheries and Marine Services said stocks were falling."},
		{"Institute on Rural Poverty", "The Institute on Rural Poverty said incomes had fallen."},
		{"Centre for a Free Coastline", "Ana Ruiz, of the Centre for a Free Coastline, said the plan was wrong."},
		{"Union of Dock Workers Employees", "The Union of Dock Workers Employees said it would strike."},
		{"Ministry of Water, Forests and Parks", "The Ministry of Water, Forests and Parks said the dam would wait."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if fs := extractText(t, c.text); !actorNamed(fs, c.name) {
				t.Errorf("no actor %q among %+v", c.name, fs.Actors)
			}
		})
	}
	fs := extractText(t, "The Council of Europe and NATO said on Monday they were worried.")
	if !actorNamed(fs, "NATO") || actorNamed(fs, "Council of Europe and NATO") {
		t.Errorf("a known name after \"and\" should stay its own actor: %+v", fs.Actors)
	}
}

// TestItsTitleTakesTheSubjectBody checks that "its president, X," gives X
// a role in the body the sentence, or the one before, is about.
func TestItsTitleTakesTheSubjectBody(t *testing.T) {
	cases := []struct{ name, text, person, body string }{
		{"same sentence", "The Textile Exporters Association backed the plan, but its president, Omar Haddad, warned of job losses.",
			"Omar Haddad", "Textile Exporters Association"},
		{"sentence before", "The Harbour Pilots Union said it would strike. \"We have no choice,\" its secretary-general, Lina Moreau, said.",
			"Lina Moreau", "Harbour Pilots Union"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, a := range fs.Actors {
				if a.Name != c.person {
					continue
				}
				for _, r := range a.Roles {
					if r.Of == c.body {
						return
					}
				}
				t.Errorf("%s has roles %+v, want one in %q", c.person, a.Roles, c.body)
				return
			}
			t.Errorf("no actor %q among %+v", c.person, fs.Actors)
		})
	}
}

// A body named for whom it gathers keeps the plural that ends its name
// ("Association of Chief Police Officers"), though a body word ("Police",
// "Petroleum") stands inside the complement.
func TestBodyNameEndsInItsMembersPlural(t *testing.T) {
	cases := map[string]string{
		"The Association of Chief Police Officers said the law was weak.":              "Association of Chief Police Officers",
		"The Organization of Petroleum Exporting Countries said output would rise.":    "Organization of Petroleum Exporting Countries",
		"The Association of Police Authorities said the budget would not cover costs.": "Association of Police Authorities",
	}
	for text, want := range cases {
		fs := extractText(t, text)
		found := false
		for _, a := range fs.Actors {
			if a.Name == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: actors %+v, want %q", text, fs.Actors, want)
		}
	}
}

// A body's bare class noun before a title ("Committee Chairman X",
// "Party Chairman Y") names no body: no actor "Committee".
func TestBareClassNounQualifierIsNoBody(t *testing.T) {
	fs := extractText(t, "Committee Chairman Jason Hale did not respond. Party Chairman Ann Bell said the vote was fair.")
	for _, a := range fs.Actors {
		if a.Name == "Committee" || a.Name == "Party" {
			t.Errorf("bare class noun %q became an actor: %+v", a.Name, fs.Actors)
		}
	}
	found := false
	for _, a := range fs.Actors {
		found = found || a.Name == "Jason Hale"
	}
	if !found {
		t.Errorf("the titled person was lost: %+v", fs.Actors)
	}
}

// An ampersand joins the words of one body's name.
func TestAmpersandInsideABodysName(t *testing.T) {
	fs := extractText(t, "The Standing Rock Medic & Healer Council said the camp was safe.")
	found := false
	for _, a := range fs.Actors {
		if a.Name == "Healer Council" {
			t.Errorf("name cut at the ampersand: %+v", fs.Actors)
		}
		found = found || a.Name == "Standing Rock Medic & Healer Council"
	}
	if !found {
		t.Errorf("actors %+v, want the whole name", fs.Actors)
	}
}
