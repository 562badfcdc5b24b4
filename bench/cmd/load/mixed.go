package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/bench"
)

// mixed sends the mixed read load at a fixed rate and prints the whole
// run's figures and each kind's, and the server's peak memory when given
// its pid.
func mixed(ctx context.Context, o options) error {
	drv, err := bench.NewCypherClient(o.neo4jURI)
	if err != nil {
		return err
	}
	defer drv.Close(ctx)
	ids, err := bench.BusiestActors(ctx, drv, o.actors)
	if err != nil {
		return err
	}
	actors, err := bench.ActorNames(ctx, drv, ids)
	if err != nil {
		return err
	}
	c, err := bench.NewMixedClient(o.url, actors, 256)
	if err != nil {
		return err
	}
	c.Authorization = o.authorization
	run := bench.RateRun{Rate: o.rate, Duration: o.run.Duration, Warmup: o.run.Warmup, KindOf: c.Kind}
	all, byKind, err := bench.DriveRate(ctx, run, func(ctx context.Context, i int) (time.Duration, error) {
		r, err := c.Do(ctx, i)
		return r.Server, err
	})
	if err != nil {
		return err
	}
	peak := ""
	var peakKB int
	if o.serverPID > 0 {
		if peakKB, err = peakRSS(o.serverPID); err != nil {
			return err
		}
		peak = fmt.Sprintf("  server peak RSS %d MiB", peakKB/1024)
	}
	msf := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	name := o.name
	if name == "" {
		name = "mixed"
	}
	fmt.Printf("%-12s rate=%-6g n=%-6d errors=%-4d %8.1f req/s  p50=%7.2fms  p99=%7.2fms%s\n",
		name, o.rate, all.Requests, all.Errors, all.Throughput(), msf(all.Percentile(50)), msf(all.Percentile(99)), peak)
	for _, k := range bench.MixedKinds {
		r := byKind[k]
		fmt.Printf("  %-12s n=%-6d errors=%-4d p50=%7.2fms  p99=%7.2fms  server p99=%7.2fms\n",
			k, r.Requests, r.Errors, msf(r.Percentile(50)), msf(r.Percentile(99)), msf(r.ServerPercentile(99)))
	}
	if all.FirstErr != nil {
		fmt.Fprintln(os.Stderr, "first error:", all.FirstErr)
	}
	if o.out != "" {
		fields := map[string]any{"name": name, "rate": o.rate, "requests": all.Requests, "errors": all.Errors,
			"rps": all.Throughput(), "p50ms": msf(all.Percentile(50)), "p99ms": msf(all.Percentile(99)), "peakRSSKiB": peakKB}
		for _, k := range bench.MixedKinds {
			fields[k+"P99ms"] = msf(byKind[k].Percentile(99))
		}
		if err := appendResult(o.out, fields); err != nil {
			return err
		}
	}
	if all.Errors > 0 {
		return fmt.Errorf("%d of %d requests failed", all.Errors, all.Requests)
	}
	return nil
}

// peakRSS reads a process's peak resident set size (VmHWM, KiB) from /proc.
func peakRSS(pid int) (int, error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, fmt.Errorf("-server-pid: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
	}
	return 0, fmt.Errorf("-server-pid %d: no VmHWM in /proc/%d/status", pid, pid)
}
