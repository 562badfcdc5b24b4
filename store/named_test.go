package store_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// A write reports the name keys it linked to actors (WriteReport.Named):
// a new actor's name and aliases, the new aliases of a known one, nothing
// for an actor merely named again; after it, ActorsByNames finds what it
// found before plus those, so a resolution read made before the write
// committed can be brought up to date (loaders.IngestAll).
func TestWriteReportsTheNamesItLinked(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	idKind := func(m map[string][]domain.Actor) map[string][]domain.Actor {
		out := map[string][]domain.Actor{}
		for k, as := range m {
			for _, a := range as {
				out[k] = append(out[k], domain.Actor{ID: a.ID, Kind: a.Kind})
			}
			slices.SortFunc(out[k], func(a, b domain.Actor) int { return strings.Compare(a.ID, b.ID) })
			out[k] = slices.CompactFunc(out[k], func(a, b domain.Actor) bool { return a.ID == b.ID })
		}
		return out
	}
	names := []string{"Ana Ferreira", "Ferreira", "Kenji Sato", "Sato", "K. Sato", "Rita Lobo", "Portugal", "Lisbon", "Japan"}
	rep, err := s.WriteFacts(ctx, summitFacts("https://example.test/named-1"))
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.ActorsByNames(ctx, names)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := idKind(rep.Named), idKind(after); !reflect.DeepEqual(got, want) {
		t.Fatalf("first write named %v, the graph then finds %v", got, want)
	}
	second := summitFacts("https://example.test/named-2")
	second.Article.Text += " K. Sato left."
	if err := second.Article.Seal(); err != nil {
		t.Fatal(err)
	}
	second.Actors[1].Aliases = append(second.Actors[1].Aliases, "K. Sato")
	rep, err = s.WriteFacts(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	sato := []domain.Actor{{ID: "kenji-sato", Kind: domain.KindPerson}}
	if got, want := idKind(rep.Named), map[string][]domain.Actor{"kenji sato": sato, "sato": sato, "k sato": sato}; !reflect.DeepEqual(got, want) {
		t.Fatalf("second write named %v, want Kenji Sato's keys alone (%v)", got, want)
	}
	later, err := s.ActorsByNames(ctx, names)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range rep.Named {
		after[k] = append(after[k], v...)
	}
	if got, want := idKind(later), idKind(after); !reflect.DeepEqual(got, want) {
		t.Fatalf("after the second write the graph finds %v, the first read and what the write named %v", got, want)
	}
}
