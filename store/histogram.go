package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Bucket is the width of a histogram bar.
type Bucket string

// The bucket widths.
const (
	BucketDay   Bucket = "DAY"
	BucketWeek  Bucket = "WEEK"
	BucketMonth Bucket = "MONTH"
	BucketYear  Bucket = "YEAR"
)

// TypeCount is how many events of one type a bucket holds.
type TypeCount struct {
	Type  domain.EventType
	Count int
}

// TimelineBucket is one bar of a timeline histogram. UnknownDate counts,
// of Count, the events whose date is UNKNOWN: they sort, and count, on the
// day they were reported (their undated article's ingestion).
type TimelineBucket struct {
	Label       string
	Start, End  time.Time
	Count       int
	ByType      []TypeCount
	UnknownDate int
}

// HistogramOptions says what a histogram counts beyond events per type.
type HistogramOptions struct {
	// UnknownDates counts the events of unknown date per bucket too: one
	// more read, of those events only.
	UnknownDates bool
	// scanEvents counts from the events themselves, not from tallies, and
	// undated events from every undated event: the slow path tests hold
	// the fast ones to.
	scanEvents bool
}

// The histogram reads the same candidates as the timeline, without order
// or limit, and counts them per day and type in the database — per month
// or year for bars that wide ($prefix of the sort key: 10, 7 or 4), since
// streaming a busy actor's day rows costs as much as counting them; Go folds
// them into the bucket asked for (at most 366 × 6 rows a year). The
// whole-graph case seeks the Event(type, sortKey) index once per type, so
// both values come from the index and no event node is read.
var histogramSources = map[driver]string{
	driveAll: `
UNWIND $typeList AS typ
MATCH (e:Event)
WHERE e.type = typ AND e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN substring(e.sortKey, 0, $prefix) AS day, typ AS type, count(*) AS n`,
	driveActors: `
UNWIND $drive AS aid
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = aid AND r.key >= $lower AND r.key < $upper AND {CHECK}
WITH DISTINCT r.key AS key, r.type AS type
RETURN substring(key, 0, $prefix) AS day, type, count(*) AS n`,
	driveOneActor: `
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = $drive AND r.key >= $lower AND r.key < $upper AND {CHECK}
RETURN substring(r.key, 0, $prefix) AS day, r.type AS type, count(*) AS n`,
	driveAllActors: `
MATCH (a:Actor) WHERE a.id IN $drive
WITH a ORDER BY COUNT { (a)-[:INVOLVED_IN]->() } ASC LIMIT 1
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = a.id AND r.key >= $lower AND r.key < $upper AND {CHECK}
RETURN substring(r.key, 0, $prefix) AS day, r.type AS type, count(*) AS n`,
	driveTopics: `
MATCH (t:Topic)<-[:ON]-(e:Event) USING INDEX t:Topic(id)
WHERE t.id IN $drive AND e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
WITH DISTINCT e
RETURN substring(e.sortKey, 0, $prefix) AS day, e.type AS type, count(*) AS n`,
	driveText: `
CALL db.index.fulltext.queryNodes('event_text', $drive) YIELD node AS e
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN substring(e.sortKey, 0, $prefix) AS day, e.type AS type, count(*) AS n`,
}

var histogramCypher = map[driver]string{}

// The events of unknown date carry the label DateUnknown (and only they):
// its lookup index yields them without reading a dated event. The text
// filter starts from the full-text index instead.
var (
	cypherHistogramUnknown = withCheck(`
MATCH (e:DateUnknown)
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN substring(e.sortKey, 0, $prefix) AS day, count(*) AS n`)
	cypherHistogramUnknownText = withCheck(`
CALL db.index.fulltext.queryNodes('event_text', $text) YIELD node AS e
WHERE e:DateUnknown AND e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN substring(e.sortKey, 0, $prefix) AS day, count(*) AS n`)
)

// cypherHistogramTallies counts from the day tallies (tally.go): a few
// nodes per day, whatever the number of events (one row per day: perDay).
var cypherHistogramTallies = `
MATCH (t:DayTally)
WHERE t.day >= $loDay AND t.day < $hiDay AND t.type IN $typeList
WITH t.day AS day, t.type AS type, sum(t.n) AS n
WHERE n > 0
RETURN day, type, n`

// cypherHistogramMonthTallies counts from the month tallies; each month's
// count is reported on its first day, which the bucket folding places in
// that month's (or year's) bar.
var cypherHistogramMonthTallies = `
MATCH (t:MonthTally)
WHERE t.month >= $loMonth AND t.month < $hiMonth AND t.type IN $typeList
WITH t.month AS month, t.type AS type, sum(t.n) AS n
WHERE n > 0
RETURN month + '-01' AS day, type, n`

// monthBound reports whether a sort-key bound falls on a month's first
// instant (or is open).
func monthBound(key string) bool {
	return key == keyFloor || key == keyCeiling || (dayBound(key) && key[8:10] == "01")
}

// monthOf is the month part of a bound; open bounds stay open.
func monthOf(key string) string {
	if key == keyFloor || key == keyCeiling {
		return key
	}
	return key[:7]
}

// dayBound reports whether a sort-key bound falls on a day boundary (or is
// open), where day tallies count exactly.
func dayBound(key string) bool {
	return key == keyFloor || key == keyCeiling || (len(key) == len(domain.SortKeyTime) && key[10:] == "T00:00:00Z")
}

// dayOf is the day part of a bound; open bounds stay open.
func dayOf(key string) string {
	if key == keyFloor || key == keyCeiling {
		return key
	}
	return key[:10]
}

// unknownByDriver counts the undated events among a driver's candidates
// (the histogram's source, kept to DateUnknown), for the drivers that
// start from actors or topics.
var unknownByDriver = map[driver]string{}

// perDay makes a count by day and type ("RETURN day, type, n", and u
// for the undated events of actor tallies) one row per day, its types and
// counts in lists: a row per day and type was six times the rows, and the
// driver reads each as a message of its own (for the benchmark's year by
// month, 72 rows: 1.37 ms against 1.03 as 12).
func perDay(src string) string {
	i := strings.LastIndex(src, "\nRETURN ")
	ret := "\nRETURN day, collect(type) AS types, collect(n) AS ns"
	if strings.HasSuffix(src, " AS u") || strings.HasSuffix(src, ", u") {
		ret += ", collect(u) AS us"
	}
	return src[:i] + "\nWITH " + src[i+len("\nRETURN "):] + ret
}

func init() {
	cypherHistogramTallies = perDay(cypherHistogramTallies)
	cypherHistogramMonthTallies = perDay(cypherHistogramMonthTallies)
	cypherActorHistogramTallies = perDay(cypherActorHistogramTallies)
	for d, src := range histogramSources {
		histogramCypher[d] = perDay(withCheck(src))
		if d != driveAll && d != driveText {
			unknownByDriver[d] = withCheck(strings.Replace(src, "{CHECK}", "e:DateUnknown AND {CHECK}", 1))
		}
	}
}

// TimelineHistogram counts the events matching f per bucket and type,
// oldest bucket first; buckets without events are left out.
func (s *Store) TimelineHistogram(ctx context.Context, f TimelineFilter, b Bucket, opt HistogramOptions) ([]TimelineBucket, error) {
	lower, upper := keyBounds(f)
	d, params := plan(f)
	params["lower"], params["upper"] = lower, upper
	if d == driveAll || d == driveTypes {
		d = driveAll
		types := f.Types
		if len(types) == 0 {
			types = domain.EventTypes
		}
		params["typeList"], params["types"] = typeNames(types), nil
	}
	cypher := histogramCypher[d]
	params["prefix"] = keyPrefix(b)
	withUnknown := false // the read counts the undated events too
	switch {
	case opt.scanEvents:
	case d == driveOneActor && actorTalliesAnswer(f, b, lower, upper):
		// One actor, whole months, bars of a month or more: its month
		// tallies answer, undated events included (actortally.go).
		cypher, withUnknown = cypherActorHistogramTallies, true
		params["actor"], params["typeList"] = f.Actors[0], typeNames(f.Types)
		if len(f.Types) == 0 {
			params["typeList"] = typeNames(domain.EventTypes)
		}
		params["loMonth"], params["hiMonth"] = monthOf(lower), monthOf(upper)
	case d == driveAll && (b == BucketMonth || b == BucketYear) && monthBound(lower) && monthBound(upper):
		// Nothing but types, whole months, bars of a month or more: the
		// month tallies answer (counted on each month's first day).
		cypher = cypherHistogramMonthTallies
		params["loMonth"], params["hiMonth"] = monthOf(lower), monthOf(upper)
	case d == driveAll && dayBound(lower) && dayBound(upper):
		// Nothing but types and whole days: the day tallies answer.
		cypher = cypherHistogramTallies
		params["loDay"], params["hiDay"] = dayOf(lower), dayOf(upper)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	byStart := map[time.Time]*TimelineBucket{}
	perType := map[time.Time]map[domain.EventType]int{}
	for _, r := range recs {
		day, err := parseKeyPrefix(recordString(r, "day"))
		if err != nil {
			return nil, err
		}
		start, end, label := bucketOf(day, b)
		bk := byStart[start]
		if bk == nil {
			bk = &TimelineBucket{Label: label, Start: start, End: end}
			byStart[start], perType[start] = bk, map[domain.EventType]int{}
		}
		types, ns := recordStrings(r, "types"), recordInts(r, "ns")
		for i, n := range ns[:min(len(ns), len(types))] {
			bk.Count += n
			perType[start][domain.EventType(types[i])] += n
		}
		if withUnknown && opt.UnknownDates {
			for _, u := range recordInts(r, "us") {
				bk.UnknownDate += u
			}
		}
	}
	if opt.UnknownDates && !withUnknown {
		if err := s.countUnknownDates(ctx, f, b, lower, upper, opt.scanEvents, byStart); err != nil {
			return nil, err
		}
	}
	out := make([]TimelineBucket, 0, len(byStart))
	for start, bk := range byStart {
		for _, t := range domain.EventTypes {
			if n := perType[start][t]; n > 0 {
				bk.ByType = append(bk.ByType, TypeCount{Type: t, Count: n})
			}
		}
		out = append(out, *bk)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}

// countUnknownDates sets UnknownDate on the buckets of byStart (every
// event of unknown date is counted in one of them already).
func (s *Store) countUnknownDates(ctx context.Context, f TimelineFilter, b Bucket, lower, upper string, scan bool, byStart map[time.Time]*TimelineBucket) error {
	params := checkParams(f)
	params["lower"], params["upper"], params["prefix"] = lower, upper, keyPrefix(b)
	cypher := cypherHistogramUnknown
	switch d, dp := plan(f); {
	case strings.TrimSpace(f.Text) != "":
		cypher, params["text"] = cypherHistogramUnknownText, AllWordsQuery(f.Text)
	case unknownByDriver[d] != "" && !scan:
		// Actors or topics: follow them, as the histogram does, and keep
		// their undated events, rather than every undated event of the graph.
		cypher, params = unknownByDriver[d], dp
		params["lower"], params["upper"], params["prefix"] = lower, upper, keyPrefix(b)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return err
	}
	for _, r := range recs {
		day, err := parseKeyPrefix(recordString(r, "day"))
		if err != nil {
			return err
		}
		start, _, _ := bucketOf(day, b)
		if bk := byStart[start]; bk != nil {
			bk.UnknownDate += recordInt(r, "n")
		}
	}
	return nil
}

// keyPrefix is how much of a sort key the database counts by for bars of
// width b: the day (which Go folds into weeks), the month or the year.
func keyPrefix(b Bucket) int {
	switch b {
	case BucketMonth:
		return 7
	case BucketYear:
		return 4
	default:
		return 10
	}
}

// parseKeyPrefix reads a counted prefix of a sort key ("2025-09-24",
// "2025-09" or "2025") as the first day it covers.
func parseKeyPrefix(p string) (time.Time, error) {
	layout := map[int]string{10: "2006-01-02", 7: "2006-01", 4: "2006"}[len(p)]
	if layout == "" {
		return time.Time{}, fmt.Errorf("histogram: event sort key without a date: %q", p)
	}
	day, err := time.Parse(layout, p)
	if err != nil {
		return time.Time{}, fmt.Errorf("histogram: event sort key without a date: %w", err)
	}
	return day, nil
}

// bucketOf returns the bucket holding day: its start, end and label. Weeks
// are ISO weeks, Monday to Sunday, labelled like 2025-W39.
func bucketOf(day time.Time, b Bucket) (start, end time.Time, label string) {
	switch b {
	case BucketDay:
		return day, day.AddDate(0, 0, 1), day.Format("2006-01-02")
	case BucketWeek:
		start = day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
		y, w := start.ISOWeek()
		return start, start.AddDate(0, 0, 7), fmt.Sprintf("%d-W%02d", y, w)
	case BucketYear:
		start = time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, 0), day.Format("2006")
	default:
		start = time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, 0), day.Format("2006-01")
	}
}
