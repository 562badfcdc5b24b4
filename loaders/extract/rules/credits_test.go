package rules

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// actorNamed reports whether some actor's name or alias contains name.
func actorNamed(fs domain.FactSet, name string) bool {
	for _, a := range fs.Actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(f, name) {
				return true
			}
		}
	}
	return false
}

func TestCreditsAndBylinesAreNoActors(t *testing.T) {
	const story = "Peruvian President Ana Quispe said on Monday that the new port would open in May."
	cases := []struct {
		name, text string
		not        []string
	}{
		{"credit slash agency", "Peru opens port\n\nDockers load grain in Callao. Rosa Mamani / Andes de la Costa Photo\n\n" + story, []string{"Rosa Mamani", "Andes de la Costa"}},
		{"photo colon", "Peru opens port\n\nDockers load grain in Callao. Photo: Rosa Mamani/Pacific Images\n\n" + story, []string{"Rosa Mamani", "Pacific Images"}},
		{"via getty", "Peru opens port\n\nDockers load grain in Callao. Rosa Mamani/AFP via Getty Images\n\n" + story, []string{"Rosa Mamani", "Getty"}},
		{"photo by", "Peru opens port\n\nDockers load grain in Callao. (Photo by Rosa Mamani)\n\n" + story, []string{"Rosa Mamani"}},
		{"for the outlet", "Peru opens port\n\nDockers load grain in Callao. Rosa Mamani for The Lima Ledger\n\n" + story, []string{"Rosa Mamani", "Lima Ledger"}},
		{"byline title", "By Tobias Wren, Andean Trade Correspondent\n\n" + story, []string{"Tobias Wren"}},
		{"byline bar", "By Tobias Wren | Lima bureau\n\n" + story, []string{"Tobias Wren"}},
		{"byline in city", "By Tobias Wren in Lima\n\n" + story, []string{"Tobias Wren"}},
		{"reporting by", story + "\n\nReporting by Tobias Wren; Additional reporting by Lucia Ferro; Editing by Mark Dunne", []string{"Tobias Wren", "Lucia Ferro", "Mark Dunne"}},
		{"contributed", story + "\n\nLucia Ferro contributed reporting from Cusco.", []string{"Lucia Ferro"}},
		{"contributed by", story + "\n\nAdditional reporting was contributed by Lucia Ferro in Cusco.", []string{"Lucia Ferro"}},
		{"is a correspondent", story + "\n\nTobias Wren is a correspondent covering the Andes.", []string{"Tobias Wren"}},
		{"told outlet", story + " \"The port is ready,\" she told Andes News on Tuesday.", []string{"Andes News"}},
		{"told the newspaper", story + " \"The port is ready,\" she told the regional newspaper El Faro Sur.", []string{"El Faro Sur"}},
		{"storm", story + " The old port was wrecked by Hurricane Odile two years ago.", []string{"Hurricane Odile", "Odile"}},
		{"landform", story + " Cargo will come down from the Cordillera Blanca Mountains by rail.", []string{"Cordillera Blanca"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, n := range c.not {
				if actorNamed(fs, n) {
					t.Errorf("%q became an actor", n)
				}
			}
			if !actorNamed(fs, "Ana Quispe") {
				t.Errorf("the story's speaker is missing from %+v", fs.Actors)
			}
		})
	}
}
