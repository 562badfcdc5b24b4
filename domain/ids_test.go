package domain_test

import (
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

func TestTopicIDOfTakesNamesAndIDs(t *testing.T) {
	for in, want := range map[string]string{"Grain exports": "topic-grain-exports", "topic-grain-exports": "topic-grain-exports",
		"Russia–Ukraine war": "topic-russia-ukraine-war"} {
		if got := domain.TopicIDOf(in); got != want {
			t.Errorf("TopicIDOf(%q) = %q, want %q", in, got, want)
		}
	}
}
