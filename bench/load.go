package bench

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"sort"
	"sync"
	"time"
)

// Limits keep a run bounded whatever the flags say.
const (
	MaxConcurrency = 256
	MaxDuration    = 10 * time.Minute
)

// Run says how to drive a request function: Concurrency callers in a closed
// loop until Duration has passed or Count requests were sent, whichever
// comes first, after Warmup requests that are not measured.
type Run struct {
	Concurrency int
	Duration    time.Duration
	Count       int
	Warmup      int
}

// Result is what a run measured.
type Result struct {
	Requests int // sent, cut off ones included
	Errors   int
	// CutOff are the requests still in flight at the deadline: counted in
	// Requests, neither failed nor measured, and ended (their context is
	// done; see EndsWith for the Neo4j work behind them).
	CutOff    int
	FirstErr  error
	Elapsed   time.Duration
	Latencies []time.Duration // as the caller saw them, sorted
	// ServerTimes are the times the server reported for itself
	// (Server-Timing), sorted; empty when it reports none.
	ServerTimes []time.Duration
}

// Throughput is successful requests per second.
func (r Result) Throughput() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests-r.Errors-r.CutOff) / r.Elapsed.Seconds()
}

// Percentile returns the latency at p in [0,100] (nearest rank).
func (r Result) Percentile(p float64) time.Duration { return percentile(r.Latencies, p) }

// ServerPercentile returns the server's own time at p in [0,100]; 0 when
// the server reported none.
func (r Result) ServerPercentile(p float64) time.Duration { return percentile(r.ServerTimes, p) }

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p/100*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// Check reports a run that would not be bounded.
func (run Run) Check() error {
	if run.Concurrency < 1 || run.Concurrency > MaxConcurrency {
		return fmt.Errorf("concurrency %d: want 1..%d", run.Concurrency, MaxConcurrency)
	}
	if run.Duration <= 0 && run.Count <= 0 {
		return fmt.Errorf("give a duration or a count")
	}
	if run.Duration > MaxDuration {
		return fmt.Errorf("duration %v: at most %v", run.Duration, MaxDuration)
	}
	return nil
}

// Drive calls do in a closed loop as run says and measures each call. do
// returns the time the server reported for itself, 0 when it reports none.
func Drive(ctx context.Context, run Run, do func(context.Context) (time.Duration, error)) (Result, error) {
	if err := run.Check(); err != nil {
		return Result{}, err
	}
	for i := 0; i < run.Warmup; i++ {
		if _, err := do(ctx); err != nil {
			return Result{}, fmt.Errorf("warm-up request: %w", err)
		}
	}
	dur := run.Duration
	if dur <= 0 {
		dur = MaxDuration
	}
	ctx, cancel := context.WithTimeout(ctx, dur)
	defer cancel()
	var mu sync.Mutex
	var res Result
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < run.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				mu.Lock()
				if run.Count > 0 && res.Requests >= run.Count {
					mu.Unlock()
					return
				}
				res.Requests++
				mu.Unlock()
				t := time.Now()
				server, err := do(ctx)
				lat := time.Since(t)
				mu.Lock()
				switch {
				case ctx.Err() != nil: // it started before the deadline and ended after
					res.CutOff++ // in flight at the deadline: not a failure, not a latency
				case err != nil:
					res.Errors++
					if res.FirstErr == nil {
						res.FirstErr = err
					}
				default:
					res.Latencies = append(res.Latencies, lat)
					if server > 0 {
						res.ServerTimes = append(res.ServerTimes, server)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	sortDurations(res.Latencies)
	sortDurations(res.ServerTimes)
	return res, nil
}

func sortDurations(d []time.Duration) { sort.Slice(d, func(i, j int) bool { return d[i] < d[j] }) }

// CheckLoopback refuses any target that is not on this machine: the load
// tool must never be pointed at someone else's server.
func CheckLoopback(target string) error {
	u, err := url.Parse(target)
	if err != nil {
		return fmt.Errorf("target %q: %w", target, err)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("target %q: only loopback hosts (127.0.0.1, ::1, localhost) are allowed", target)
	}
	return nil
}
