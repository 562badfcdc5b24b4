package bench

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// RateRun says how to drive requests at a fixed rate: an open loop, as
// many independent clients would send them, each request on its schedule
// whether or not those before it were answered. Latency counts from the
// time a request was due, so a server that falls behind shows it in the
// percentiles rather than by being sent less (no coordinated omission).
type RateRun struct {
	Rate     float64 // requests per second
	Duration time.Duration
	Warmup   int // unmeasured requests first, one after the other
	// MaxInFlight bounds the requests waiting for an answer; one due
	// beyond it is not sent and counts as an error (the server is not
	// keeping up). 0 means 512.
	MaxInFlight int
	// KindOf names request i's kind, for percentiles per kind; nil: one kind.
	KindOf func(i int) string
}

// MaxRate bounds RateRun.Rate whatever the flags say.
const MaxRate = 5000

// Check reports a run that would not be bounded.
func (run RateRun) Check() error {
	if run.Rate <= 0 || run.Rate > MaxRate {
		return fmt.Errorf("rate %v: want more than 0 and at most %d per second", run.Rate, MaxRate)
	}
	if run.Duration <= 0 || run.Duration > MaxDuration {
		return fmt.Errorf("duration %v: want more than 0 and at most %v", run.Duration, MaxDuration)
	}
	return nil
}

// DriveRate sends do(ctx, i) for i = 0, 1, … at run.Rate for run.Duration
// and measures each. do returns the time the server reported for itself,
// 0 when it reports none.
func DriveRate(ctx context.Context, run RateRun, do func(ctx context.Context, i int) (time.Duration, error)) (Result, map[string]Result, error) {
	if err := run.Check(); err != nil {
		return Result{}, nil, err
	}
	for i := 0; i < run.Warmup; i++ {
		if _, err := do(ctx, i); err != nil {
			return Result{}, nil, fmt.Errorf("warm-up request: %w", err)
		}
	}
	maxInFlight := run.MaxInFlight
	if maxInFlight <= 0 {
		maxInFlight = 512
	}
	kindOf := run.KindOf
	if kindOf == nil {
		kindOf = func(int) string { return "" }
	}
	var (
		mu     sync.Mutex
		all    Result
		byKind = map[string]*Result{}
		wg     sync.WaitGroup
	)
	record := func(kind string, lat, server time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		for _, r := range []*Result{&all, byKind[kind]} {
			r.Requests++
			if err != nil {
				r.Errors++
				if r.FirstErr == nil {
					r.FirstErr = err
				}
				continue
			}
			r.Latencies = append(r.Latencies, lat)
			if server > 0 {
				r.ServerTimes = append(r.ServerTimes, server)
			}
		}
	}
	slots := make(chan struct{}, maxInFlight)
	interval := time.Duration(float64(time.Second) / run.Rate)
	start := time.Now()
	n := int(run.Duration.Seconds() * run.Rate)
	for i := 0; i < n; i++ {
		due := start.Add(time.Duration(i) * interval)
		if wait := time.Until(due); wait > 0 {
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				return Result{}, nil, ctx.Err()
			}
		}
		j := run.Warmup + i // the warm-up sent 0 … Warmup-1
		kind := kindOf(j)
		mu.Lock()
		if byKind[kind] == nil {
			byKind[kind] = &Result{}
		}
		mu.Unlock()
		select {
		case slots <- struct{}{}:
		default:
			record(kind, 0, 0, fmt.Errorf("%d requests in flight: the server is not keeping up", maxInFlight))
			continue
		}
		wg.Add(1)
		go func(j int, due time.Time) {
			defer wg.Done()
			defer func() { <-slots }()
			server, err := do(ctx, j)
			record(kind, time.Since(due), server, err)
		}(j, due)
	}
	wg.Wait()
	all.Elapsed = time.Since(start)
	out := map[string]Result{}
	for k, r := range byKind {
		r.Elapsed = all.Elapsed
		sortDurations(r.Latencies)
		sortDurations(r.ServerTimes)
		out[k] = *r
	}
	sortDurations(all.Latencies)
	sortDurations(all.ServerTimes)
	return all, out, nil
}
