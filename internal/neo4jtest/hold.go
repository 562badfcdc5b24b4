package neo4jtest

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// held maps a database (host:port) to the lock file this process holds on
// it; the lock is released when the process exits.
var (
	heldMu sync.Mutex
	held   = map[string]*os.File{}
)

// hold takes the database at uri for this process: an exclusive flock on a
// file named after its host and port in the temporary folder, waited for
// while another test process holds it, and kept until this one exits.
// Community Neo4j has one database and the tests wipe it, so two test
// binaries must never use it at once; with the lock, `go test` may run
// packages in parallel (those that never touch Neo4j run beside those
// that do) and the ones that use it run one after another.
func hold(uri string) error {
	key := uri
	if u, err := url.Parse(uri); err == nil && u.Host != "" {
		key = u.Host
	}
	heldMu.Lock()
	defer heldMu.Unlock()
	if held[key] != nil {
		return nil
	}
	name := "eventgraph-neo4jtest-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, key) + ".lock"
	f, err := os.OpenFile(filepath.Join(os.TempDir(), name), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		return err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return err
	}
	held[key] = f
	return nil
}
