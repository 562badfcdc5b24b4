package bench

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestCheckLoopback(t *testing.T) {
	for target, ok := range map[string]bool{
		"http://127.0.0.1:8080/query": true,
		"http://localhost:4000/":      true,
		"http://[::1]:8080/query":     true,
		"bolt://127.0.0.1:7688":       true,
		"http://10.0.0.5:8080/query":  false,
		"http://example.org/query":    false,
		"bolt://192.168.1.2:7687":     false,
	} {
		if err := CheckLoopback(target); (err == nil) != ok {
			t.Errorf("CheckLoopback(%q) = %v, want allowed=%v", target, err, ok)
		}
	}
}

func TestDriveStopsAtCountAndCountsErrors(t *testing.T) {
	var calls atomic.Int64
	res, err := Drive(context.Background(), Run{Concurrency: 4, Count: 100, Duration: time.Minute}, func(context.Context) (time.Duration, error) {
		n := calls.Add(1)
		if n%10 == 0 {
			return 0, errors.New("every tenth fails")
		}
		if n%3 == 0 {
			return time.Millisecond, nil // the server said how long it took
		}
		return 0, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 100 || calls.Load() != 100 {
		t.Fatalf("%d requests recorded, %d calls made; want 100", res.Requests, calls.Load())
	}
	if res.Errors != 10 || len(res.Latencies) != 90 || res.FirstErr == nil {
		t.Fatalf("errors %d, latencies %d, first error %v; want 10, 90, an error", res.Errors, len(res.Latencies), res.FirstErr)
	}
	// Calls 3, 6, … 99 reported a server time; 30, 60 and 90 failed.
	if len(res.ServerTimes) != 30 || res.ServerPercentile(50) != time.Millisecond {
		t.Fatalf("%d server times (p50 %v); want 30 of 1ms", len(res.ServerTimes), res.ServerPercentile(50))
	}
}

func TestServerTimeReadsTheTotalMetric(t *testing.T) {
	for header, want := range map[string]time.Duration{
		"total;dur=2.345":                   2345 * time.Microsecond,
		`db;dur=1.5, total;desc="x";dur=12`: 12 * time.Millisecond,
		"db;dur=1.5":                        0,
		"total":                             0,
		"total;dur=abc":                     0,
		"":                                  0,
	} {
		if got := ServerTime(header); got != want {
			t.Errorf("ServerTime(%q) = %v, want %v", header, got, want)
		}
	}
}

func TestPercentileNearestRank(t *testing.T) {
	var r Result
	for i := 1; i <= 100; i++ {
		r.Latencies = append(r.Latencies, time.Duration(i)*time.Millisecond)
	}
	for p, want := range map[float64]time.Duration{50: 50 * time.Millisecond, 99: 99 * time.Millisecond, 100: 100 * time.Millisecond, 0: time.Millisecond} {
		if got := r.Percentile(p); got != want {
			t.Errorf("p%v = %v, want %v", p, got, want)
		}
	}
}

func TestRunCheckRefusesUnboundedRuns(t *testing.T) {
	for _, run := range []Run{{Concurrency: 0, Count: 1}, {Concurrency: 1000, Count: 1}, {Concurrency: 1}, {Concurrency: 1, Duration: time.Hour}} {
		if run.Check() == nil {
			t.Errorf("%+v was accepted", run)
		}
	}
}

func TestCheckAnswerFindsErrorsWithoutDecodingCleanAnswers(t *testing.T) {
	for body, ok := range map[string]bool{
		`{"data":{"actor":{"name":"x"}}}`:             true,
		` {"data":{"quote":"errors are ours"}} `:      true,
		`{"data":{"quote":"the \"errors\" word"}}`:    true, // decoded: no errors entry
		`{"errors":[{"message":"boom"}],"data":null}`: false,
		`{"data":null,"errors":[{"message":"late"}]}`: false,
		`<html>oops</html>`:                           false,
		``:                                            false,
	} {
		if err := checkAnswer([]byte(body)); (err == nil) != ok {
			t.Errorf("checkAnswer(%q) = %v, want ok=%v", body, err, ok)
		}
	}
}

// TestDriveCountsRequestsInFlightAtTheDeadline: requests running when the
// duration ends are counted as cut off, ended through their context, and
// neither failed nor measured.
func TestDriveCountsRequestsInFlightAtTheDeadline(t *testing.T) {
	var ended atomic.Int64
	res, err := Drive(context.Background(), Run{Concurrency: 3, Duration: 100 * time.Millisecond}, func(ctx context.Context) (time.Duration, error) {
		select {
		case <-ctx.Done():
			ended.Add(1)
			return 0, ctx.Err()
		case <-time.After(time.Hour):
			return 0, nil
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 3 || res.CutOff != 3 || res.Errors != 0 || len(res.Latencies) != 0 || ended.Load() != 3 {
		t.Fatalf("requests %d, cut off %d, errors %d, latencies %d, ended %d; want 3, 3, 0, 0, 3",
			res.Requests, res.CutOff, res.Errors, len(res.Latencies), ended.Load())
	}
	if res.Throughput() != 0 {
		t.Fatalf("throughput %v; want 0", res.Throughput())
	}
}

func TestEndsWithGivesTheTimeLeft(t *testing.T) {
	timeout := func(ctx context.Context) time.Duration {
		var c neo4j.ExecuteQueryConfiguration
		EndsWith(ctx)(&c)
		var tc neo4j.TransactionConfig
		for _, f := range c.TransactionConfigurers {
			f(&tc)
		}
		return tc.Timeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if got := timeout(ctx); got <= 50*time.Second || got > time.Minute {
		t.Errorf("a minute left: timeout %v", got)
	}
	if got := timeout(context.Background()); got != 0 {
		t.Errorf("no deadline: timeout %v, want none (0)", got)
	}
}
