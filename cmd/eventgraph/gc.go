package main

import (
	"os"
	"runtime/debug"
)

// tuneGC sets the collector for a server whose live heap is small (a few
// tens of MB) while every request allocates a page's worth of short-lived
// objects: with Go's default GOGC=100 the collector runs every few
// requests and takes a large share of a timeline page's CPU. GOGC=400 lets
// the heap grow to five times the live data between collections, and a
// soft memory limit of 1 GiB makes the collector work harder before the
// process grows past it. GOGC and GOMEMLIMIT set in the environment win.
// It returns the settings in effect, for the log.
func tuneGC() (gcPercent int, memLimit int64) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
	// SetGCPercent returns the setting it replaces; put it straight back.
	gcPercent = debug.SetGCPercent(100)
	debug.SetGCPercent(gcPercent)
	return gcPercent, debug.SetMemoryLimit(-1) // a negative limit only reads it
}
