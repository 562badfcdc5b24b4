package store

import "testing"

// Every driver plan can pick reads the timeline and the histogram alike:
// a driver missing from either would be an empty statement at run time.
func TestEveryDriverHasATimelineAndAHistogram(t *testing.T) {
	for d := driveAll; d <= driveTypes; d++ {
		if timelineCypher[d]["ASC"] == "" || timelineCypher[d]["DESC"] == "" {
			t.Errorf("driver %d has no timeline statement", d)
		}
		// The histogram counts types alone as it counts the whole graph.
		if histogramCypher[d] == "" && d != driveTypes {
			t.Errorf("driver %d has no histogram statement", d)
		}
	}
	for _, tc := range []struct {
		f    TimelineFilter
		want driver
	}{
		{TimelineFilter{}, driveAll},
		{TimelineFilter{Actors: []string{"a"}}, driveOneActor},
		{TimelineFilter{Actors: []string{"a", "b"}}, driveActors},
		{TimelineFilter{AllActors: []string{"a", "b"}, Actors: []string{"c"}}, driveAllActors},
		{TimelineFilter{Text: "grain", Actors: []string{"c"}}, driveText},
	} {
		if got, _ := plan(tc.f); got != tc.want {
			t.Errorf("plan(%+v) = %d, want %d", tc.f, got, tc.want)
		}
	}
}
