package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// officesAsOf returns an actor's offices as "title of" (as of at; the
// present when at is zero), sorted.
func officesAsOf(t *testing.T, s *store.Store, id string, at time.Time) []string {
	t.Helper()
	ctx := context.Background()
	var m map[string][]domain.Role
	var err error
	if at.IsZero() {
		m, err = s.RolesOf(ctx, []string{id})
	} else {
		m, err = s.RolesAsOf(ctx, []string{id}, at)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range m[id] {
		out = append(out, r.Title+" of "+r.Of)
	}
	slices.Sort(out)
	return out
}

// actorAsOf is "name kind [aliases]" of the actor as of at.
func actorAsOf(t *testing.T, s *store.Store, id string, at time.Time) string {
	t.Helper()
	a, err := s.ActorAsOf(context.Background(), id, at)
	if err != nil {
		t.Fatal(err)
	}
	aliases := slices.Clone(a.Aliases)
	slices.Sort(aliases)
	return fmt.Sprintf("%s %s [%s]", a.Name, a.Kind, strings.Join(aliases, ", "))
}

func TestAnActorAsOfShowsItsNamesKindAndOfficesAsTheyStoodThen(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/first")
	first := aMoment(t)
	// A later article calls her by another name, gives her a second office
	// and Rita Lobo one.
	later := summitFacts("https://example.test/later")
	later.Actors[0].Aliases = append(later.Actors[0].Aliases, "Minister Ferreira")
	later.Actors[0].Roles = append(later.Actors[0].Roles, domain.Role{Title: "Chair", Of: "japan"})
	later.Actors[2].Roles = []domain.Role{{Title: "Spokeswoman", Of: "portugal"}}
	if _, err := s.WriteFacts(ctx, later); err != nil {
		t.Fatal(err)
	}
	second := aMoment(t)
	if _, err := s.RenameActor(ctx, "ana-ferreira", "Ana M. Ferreira", analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetActorKind(ctx, "ana-ferreira", domain.KindOrganization, analyst); err != nil {
		t.Fatal(err)
	}
	third := aMoment(t)
	if _, err := s.MergeActors(ctx, "ana-ferreira", "rita-lobo", analyst); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		at     time.Time
		moment string
		actor  string
		rita   string
		ana    []string
		ritas  []string
	}{
		{first, "after the first article", "Ana Ferreira PERSON [Ferreira]", "Rita Lobo PERSON []",
			[]string{"Trade Minister of portugal"}, nil},
		{second, "after the second", "Ana Ferreira PERSON [Ferreira, Minister Ferreira]", "Rita Lobo PERSON []",
			[]string{"Chair of japan", "Trade Minister of portugal"}, []string{"Spokeswoman of portugal"}},
		{third, "after the rename and the kind", "Ana M. Ferreira ORGANIZATION [Ana Ferreira, Ferreira, Minister Ferreira]", "Rita Lobo PERSON []",
			[]string{"Chair of japan", "Trade Minister of portugal"}, []string{"Spokeswoman of portugal"}},
		{time.Time{}, "now, after the merge", "Ana M. Ferreira ORGANIZATION [Ana Ferreira, Ferreira, Minister Ferreira, Rita Lobo]", "",
			[]string{"Chair of japan", "Spokeswoman of portugal", "Trade Minister of portugal"}, nil},
	} {
		at := c.at
		if at.IsZero() {
			at = aMoment(t)
		}
		if got := actorAsOf(t, s, "ana-ferreira", at); got != c.actor {
			t.Errorf("%s: ana-ferreira is %q, want %q", c.moment, got, c.actor)
		}
		if c.rita != "" {
			if got := actorAsOf(t, s, "rita-lobo", at); got != c.rita {
				t.Errorf("%s: rita-lobo is %q, want %q", c.moment, got, c.rita)
			}
			if got := officesAsOf(t, s, "rita-lobo", at); !slices.Equal(got, c.ritas) {
				t.Errorf("%s: rita-lobo's offices %q, want %q", c.moment, got, c.ritas)
			}
		}
		if got := officesAsOf(t, s, "ana-ferreira", c.at); !slices.Equal(got, c.ana) {
			t.Errorf("%s: ana-ferreira's offices %q, want %q", c.moment, got, c.ana)
		}
	}
	checkNoFaults(t, s)
}

// revisionsAsOf lists an actor's revisions made by at as "KIND article
// field→after …".
func revisionsAsOf(t *testing.T, s *store.Store, id string, at time.Time) []string {
	t.Helper()
	m, err := s.ActorHistories(context.Background(), []string{id}, 50, "", at)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range m[id].Revisions {
		line := string(r.Kind) + " " + r.Article
		for _, c := range r.Changes {
			line += " " + c.Field + "→" + c.After
		}
		out = append(out, line)
	}
	return out
}

// TestAnArticleThatOnlyNamesAnActorAnewLeavesItARevision: an article whose
// one fact is a new alias of a known actor is in that actor's history,
// with the alias.
func TestAnArticleThatOnlyNamesAnActorAnewLeavesItARevision(t *testing.T) {
	s, ctx, first := summitStore(t, "https://example.test/first")
	only := domain.FactSet{Article: sealed(domain.Article{URL: "https://example.test/profile", Title: "Profile", Publisher: "Test Wire",
		PublishedAt: time.Date(2024, 3, 7, 12, 0, 0, 0, time.UTC), Text: "Kenji Sato, known as the Iron Negotiator, arrived."}),
		Actors: []domain.ActorFact{{ID: "kenji-sato", Name: "Kenji Sato", Kind: domain.KindPerson, Aliases: []string{"Sato", "Iron Negotiator"}}}}
	rep, err := s.WriteFacts(ctx, only)
	if err != nil {
		t.Fatal(err)
	}
	got := revisionsAsOf(t, s, "kenji-sato", aMoment(t))
	want := []string{"INGESTED " + first.Article.ID, "INGESTED " + rep.ArticleID + " aliases of kenji-sato→Iron Negotiator"}
	if !slices.Equal(got, want) {
		t.Fatalf("kenji-sato's history %q, want %q", got, want)
	}
	// The same article again adds nothing and records nothing.
	if _, err := s.WriteFacts(ctx, only); err != nil {
		t.Fatal(err)
	}
	if got := revisionsAsOf(t, s, "kenji-sato", aMoment(t)); len(got) != 2 {
		t.Fatalf("after the same article again kenji-sato's history is %q", got)
	}
	checkNoFaults(t, s)
}

// TestAMergedAwayActorAsOfBeforeItsMergeHasItsHistory: read as of before
// its merge, the actor merged away lists the revisions it had then; the
// survivor lists them too, now.
func TestAMergedAwayActorAsOfBeforeItsMergeHasItsHistory(t *testing.T) {
	s, ctx, first := summitStore(t, "https://example.test/first")
	if _, err := s.RenameActor(ctx, "rita-lobo", "Rita M. Lobo", analyst); err != nil {
		t.Fatal(err)
	}
	before := aMoment(t)
	if _, err := s.MergeActors(ctx, "ana-ferreira", "rita-lobo", analyst); err != nil {
		t.Fatal(err)
	}
	want := []string{"INGESTED " + first.Article.ID, "RENAMED  name→Rita M. Lobo"}
	if got := revisionsAsOf(t, s, "rita-lobo", before); !slices.Equal(got, want) {
		t.Fatalf("rita-lobo as of before the merge: history %q, want %q", got, want)
	}
	now := revisionsAsOf(t, s, "ana-ferreira", aMoment(t))
	if len(now) != 3 || now[1] != want[1] || !strings.HasPrefix(now[2], "MERGED") {
		t.Fatalf("ana-ferreira's history now %q, want the ingest, rita-lobo's rename and the merge", now)
	}
	if _, err := s.UnmergeActors(ctx, "rita-lobo", analyst); err != nil {
		t.Fatal(err)
	}
	if got := revisionsAsOf(t, s, "rita-lobo", aMoment(t)); len(got) != 4 || got[1] != want[1] {
		t.Fatalf("rita-lobo after the undo: history %q, want its own, the merge and the undo", got)
	}
	checkNoFaults(t, s)
}
