package synthetic

import (
	"math/rand"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// actor is one synthetic actor. Its index in Generator.actors is its
// activity rank: rank 0 takes part in the most events.
type actor struct {
	domain.ActorFact
	role *domain.Role // the office it holds, if any; Role.Of is actors[of].ID
	of   int          // rank of the actor the office is in; -1 without a role
}

// makeActors draws n actors with unique names. Countries, organisations
// and groups are mixed into the busiest ranks, as in news where a few
// governments and leaders dominate.
func makeActors(rng *rand.Rand, n int, start time.Time) []actor {
	maxCountries := max(2, min(200, n/20))
	seen := map[string]bool{}
	out := make([]actor, 0, n)
	countries := 0
	for rank := 0; rank < n; rank++ {
		kind := domain.KindPerson
		x := rng.Float64()
		switch {
		case countries < maxCountries && (rank < 2 || (rank < 100 && x < 0.3) || x < 0.04):
			kind = domain.KindCountry
			countries++
		case x < 0.16:
			kind = domain.KindOrganization
		case x < 0.20:
			kind = domain.KindGroup
		}
		var a actor
		for {
			a = newActor(rng, kind)
			if key := domain.NormalizeName(a.Name); !seen[key] {
				seen[key] = true
				break
			}
		}
		a.ID = domain.Slug(a.Name)
		a.of = -1
		out = append(out, a)
	}
	assignRoles(rng, out, start)
	return out
}

func newActor(rng *rand.Rand, kind domain.ActorKind) actor {
	word := func(syll int) string {
		var b strings.Builder
		for i := 0; i < syll; i++ {
			b.WriteString(syllables[rng.Intn(len(syllables))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var a actor
	a.Kind = kind
	switch kind {
	case domain.KindCountry:
		stem := word(2)
		a.Name = stem + countrySuffixes[rng.Intn(len(countrySuffixes))]
		a.Aliases = []string{"Republic of " + a.Name}
		a.Description = "a country"
	case domain.KindOrganization:
		a.Name = word(2) + " " + orgKinds[rng.Intn(len(orgKinds))]
		a.Description = "an organisation"
	case domain.KindGroup:
		a.Name = word(2) + " " + groupKinds[rng.Intn(len(groupKinds))]
		a.Description = "a group"
	default:
		first := firstNames[rng.Intn(len(firstNames))]
		last := word(2 + rng.Intn(2))
		a.Name = first + " " + last
		a.Aliases = []string{first[:1] + ". " + last}
		a.Description = "a person"
	}
	return a
}

// assignRoles gives most people an office in a country, organisation or
// group; busy people tend to hold offices in busy institutions.
func assignRoles(rng *rand.Rand, actors []actor, start time.Time) {
	var institutions []int
	for i, a := range actors {
		if a.Kind != domain.KindPerson {
			institutions = append(institutions, i)
		}
	}
	if len(institutions) == 0 {
		return
	}
	zipf := rand.NewZipf(rng, 1.2, 2, uint64(len(institutions)-1))
	for i := range actors {
		a := &actors[i]
		if a.Kind != domain.KindPerson || rng.Float64() > 0.6 {
			continue
		}
		of := institutions[zipf.Uint64()]
		titles := countryRoles
		switch actors[of].Kind {
		case domain.KindOrganization:
			titles = orgRoles
		case domain.KindGroup:
			titles = groupRoles
		}
		from := domain.Month(start.Year()-rng.Intn(8), time.Month(1+rng.Intn(12)))
		a.role = &domain.Role{Title: titles[rng.Intn(len(titles))], Of: actors[of].ID, From: &from}
		if rng.Float64() < 0.2 {
			to := domain.Year(start.Year() + 1 + rng.Intn(4))
			a.role.To = &to
		}
		a.of = of
	}
}
