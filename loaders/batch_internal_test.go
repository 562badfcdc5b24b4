package loaders

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// A name read before later writes committed resolves as a read after them
// would: withNamed adds what they named, each actor once, and only for the
// names asked; the read's own answer is not changed.
func TestWithNamedIsTheReadAfterTheWrites(t *testing.T) {
	ana := domain.Actor{ID: "ana-duarte", Kind: domain.KindPerson}
	ana2 := domain.Actor{ID: "ana-duarte-2", Kind: domain.KindPerson}
	nato := domain.Actor{ID: "nato", Kind: domain.KindOrganization}
	read := map[string][]domain.Actor{"duarte": {ana}}
	later := []map[string][]domain.Actor{
		{"duarte": {ana}, "ana duarte": {ana}}, // committed before the read ended: already in it
		nil,                                    // a write that named nothing (skipped, failed)
		{"duarte": {ana2}, "nato": {nato}, "x": {nato}}, // "x" is not asked
	}
	got := withNamed(read, later, []string{"Duarte", "Ana Duarte", "NATO"})
	want := map[string][]domain.Actor{"duarte": {ana, ana2}, "ana duarte": {ana}, "nato": {nato}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("withNamed = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(read, map[string][]domain.Actor{"duarte": {ana}}) {
		t.Errorf("the read's answer changed: %v", read)
	}
}
