package store_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// A write whose acknowledgement was lost is written again by its loader
// under the same write id: the second attempt changes nothing and reports
// what the first committed, so the loader's report is the truth; another
// writer of the same article is told it was already present. The dump
// does not change either way.
func TestWriteAgainUnderTheSameIDReportsTheFirstCommit(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	id := store.NewWriteID()
	first, err := s.WriteFactsWith(ctx, summitFacts("https://example.org/summit"), store.WriteOptions{WriteID: id})
	if err != nil {
		t.Fatal(err)
	}
	if first.AlreadyPresent || first.EventsCreated == 0 || first.ActorsCreated == 0 {
		t.Fatalf("first write: %+v", first)
	}
	before, err := s.DumpGraph(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.WriteFactsWith(ctx, summitFacts("https://example.org/summit"), store.WriteOptions{WriteID: id})
	if err != nil {
		t.Fatal(err)
	}
	// A replay cannot tell what the first attempt named (WriteReport.Named
	// is nil then, so an ingester reads names again); the rest is the
	// first commit's report.
	if again.Named != nil {
		t.Errorf("the same write again reported names %v; want none", again.Named)
	}
	want := first
	want.Named = nil
	if !reflect.DeepEqual(again, want) {
		t.Fatalf("the same write again reported %+v, want the first commit's %+v", again, want)
	}
	other, err := s.WriteFactsWith(ctx, summitFacts("https://example.org/summit"), store.WriteOptions{WriteID: store.NewWriteID()})
	if err != nil || !other.AlreadyPresent || other.EventsCreated != 0 {
		t.Fatalf("another writer of the same article: %+v, %v; want already present", other, err)
	}
	after, err := s.DumpGraph(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	if after.Digest != before.Digest || after.Nodes != before.Nodes || after.Relationships != before.Relationships {
		t.Fatalf("writing again changed the graph: %d nodes %d relationships → %d, %d", before.Nodes, before.Relationships, after.Nodes, after.Relationships)
	}
	if _, err := s.DumpGraph(ctx, 3); err == nil {
		t.Fatal("a dump over its limit was not refused")
	}
}

// The store checks a set once: refused whole by default, naming the first
// problem's path; under DropInvalidFacts written without the facts that
// have problems, which the report lists as values.
func TestInvalidFactsAreRefusedOrLeftOutAndListed(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	bad := summitFacts("https://example.org/lonely")
	bad.Meetings = append(bad.Meetings, domain.MeetingFact{Participants: []string{"ana-ferreira"}})
	_, err := s.WriteFacts(ctx, bad)
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.EInvalid || de.Field != "meetings[1].participants" {
		t.Fatalf("a meeting of one: %v, want BAD_USER_INPUT on meetings[1].participants", err)
	}
	rep, err := s.WriteFactsWith(ctx, bad, store.WriteOptions{DropInvalidFacts: true})
	if err != nil || rep.EventsCreated != len(summitFacts("").EventRecords(domain.FuzzyDate{})) {
		t.Fatalf("written without the bad meeting: %+v %v", rep, err)
	}
	want := domain.FieldPath{Section: domain.SectionMeetings, Index: 1, Field: "participants"}
	if len(rep.Dropped) != 1 || rep.Dropped[0].Path != want || rep.Dropped[0].Code != domain.FieldTooFew {
		t.Fatalf("dropped %v, want the meeting of one", rep.Dropped)
	}
	unsealed := summitFacts("https://example.org/unsealed")
	unsealed.Article.ContentHash = ""
	if _, err := s.WriteFactsWith(ctx, unsealed, store.WriteOptions{DropInvalidFacts: true}); domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("an unsealed article was written: %v", err)
	}
}
