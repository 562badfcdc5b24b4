package neo4jtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Private is a Neo4j of a test's own, on a free port with a home in the
// test's temporary folder (sharing the downloaded jars), so that the test
// can stop and start it without disturbing other tests.
//
// The server is a child of the test process (scripts/neo4j run: the
// script becomes the JVM), not a daemon behind a pid file: Stop waits for
// the process itself to exit, so a Start after it never finds the old
// server's port, store lock or pid still taken. Start and Stop return
// their errors rather than failing the test, so that they may be called
// from any goroutine; the test decides what a failure ends.
type Private struct {
	URI  string
	home string
	port string

	mu   sync.Mutex
	proc *process // nil: stopped
}

// process is one run of the server.
type process struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed when cmd.Wait returns
	err    error         // cmd.Wait's, once exited is closed
}

// How long the steps of a restart may take before they are called failed:
// a start on a loaded 2-core machine takes 5–30 s, a stop on SIGTERM 5–10 s.
const (
	readyWait    = 120 * time.Second
	stopWait     = 60 * time.Second
	killWait     = 10 * time.Second
	portFreeWait = 30 * time.Second
)

// StartPrivate starts a private Neo4j, stopped when the test ends. The
// jars are those scripts/neo4j fetch put where NEO4J_HOME_DIR says (or
// the repository's .neo4j).
func StartPrivate(t testing.TB) *Private {
	t.Helper()
	root := RepoRoot()
	if out, err := exec.Command("bash", filepath.Join(root, "scripts", "neo4j"), "fetch").CombinedOutput(); err != nil {
		t.Fatalf("scripts/neo4j fetch: %v\n%s", err, out)
	}
	home := t.TempDir()
	lib := filepath.Join(root, ".neo4j", "lib")
	if h := os.Getenv("NEO4J_HOME_DIR"); h != "" {
		lib = filepath.Join(h, "lib")
	}
	if err := os.Symlink(lib, filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(home, "logs"), 0o755); err != nil {
		t.Fatal(err)
	}
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	p := &Private{URI: "bolt://127.0.0.1:" + port, home: home, port: port}
	// Registered before Start: a start that fails half-way still stops.
	t.Cleanup(func() {
		if err := p.Stop(); err != nil {
			t.Errorf("stopping the private Neo4j: %v", err)
		}
	})
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	return p
}

// FreePort is a loopback port nothing listens on now, below the kernel's
// range of ephemeral ports. A port from that range (what listening on
// port 0 gives) can be taken, while its server is stopped, as the local
// end of some outgoing connection — even of a client reconnecting to the
// stopped server, which Linux may connect to itself — and the server then
// cannot bind it again.
func FreePort() (string, error) {
	low := ephemeralLow()
	for range 100 {
		port := strconv.Itoa(10000 + rand.IntN(low-10000))
		if l, err := net.Listen("tcp", "127.0.0.1:"+port); err == nil {
			l.Close()
			return port, nil
		}
	}
	return "", errors.New("no free loopback port below the ephemeral range after 100 tries")
}

// ephemeralLow is the first port of the kernel's ephemeral range.
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if n, err := strconv.Atoi(f[0]); err == nil && n > 11000 {
				return n
			}
		}
	}
	return 32768
}

// Start starts the server and waits until it answers a query, at most
// readyWait; an error says why it did not, with the end of its logs.
func (p *Private) Start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.proc != nil {
		return errors.New("the private Neo4j is running already")
	}
	if err := waitPortFree(p.port, portFreeWait); err != nil {
		return err
	}
	console, err := os.OpenFile(p.consoleLog(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer console.Close() // the child has its own copy
	fmt.Fprintf(console, "--- start %s\n", time.Now().Format(time.RFC3339Nano))
	cmd := exec.Command("bash", filepath.Join(RepoRoot(), "scripts", "neo4j"), "run")
	cmd.Env = append(os.Environ(), "NEO4J_HOME_DIR="+p.home, "NEO4J_BOLT_PORT="+p.port, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m")
	cmd.Stdout, cmd.Stderr = console, console
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting scripts/neo4j run: %w", err)
	}
	proc := &process{cmd: cmd, exited: make(chan struct{})}
	go func() {
		proc.err = cmd.Wait()
		close(proc.exited)
	}()
	p.proc = proc
	start := time.Now()
	if err := p.waitReady(proc); err != nil {
		// Not left half-started: the next Start must find the port free.
		p.stopLocked()
		return fmt.Errorf("private Neo4j on port %s: %w (after %v)\n%s", p.port, err, time.Since(start).Round(time.Millisecond), p.logTails())
	}
	return nil
}

// waitReady waits until the server runs a query, it exits, or readyWait
// passes. The Bolt port opens before the database is available: only a
// query tells.
func (p *Private) waitReady(proc *process) error {
	drv, err := neo4j.NewDriverWithContext(p.URI, neo4j.NoAuth())
	if err != nil {
		return err
	}
	defer drv.Close(context.Background())
	deadline := time.Now().Add(readyWait)
	var last error
	for {
		select {
		case <-proc.exited:
			return fmt.Errorf("the server exited while starting (%v)", proc.err)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready within %v; last: %v", readyWait, last)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		_, last = neo4j.ExecuteQuery(ctx, drv, "RETURN 1", nil, neo4j.EagerResultTransformer)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case <-proc.exited:
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Stop stops the server (SIGTERM; SIGKILL after stopWait) and returns once
// the process has exited and its port is free. Stopping a stopped server
// does nothing.
func (p *Private) Stop() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stopLocked()
}

func (p *Private) stopLocked() error {
	proc := p.proc
	if proc == nil {
		return nil
	}
	p.proc = nil
	proc.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-proc.exited:
	case <-time.After(stopWait):
		proc.cmd.Process.Kill()
		select {
		case <-proc.exited:
		case <-time.After(killWait):
			return fmt.Errorf("private Neo4j (pid %d) still running %v after SIGKILL", proc.cmd.Process.Pid, killWait)
		}
	}
	return waitPortFree(p.port, portFreeWait)
}

// waitPortFree waits until nothing listens on the port and it can be
// bound, at most wait.
func waitPortFree(port string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		l, err := net.Listen("tcp", "127.0.0.1:"+port)
		if err == nil {
			l.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("port %s still taken after %v: %v", port, wait, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (p *Private) consoleLog() string { return filepath.Join(p.home, "logs", "console.log") }

// logTails is the end of the server's console output and of its own log,
// for an error message.
func (p *Private) logTails() string {
	var b bytes.Buffer
	for _, f := range []string{p.consoleLog(), filepath.Join(p.home, "logs", "neo4j.log")} {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
		fmt.Fprintf(&b, "--- last lines of %s\n%s\n", f, strings.Join(lines[max(0, len(lines)-30):], "\n"))
	}
	return b.String()
}

// Import replaces the stopped server's database with neo4j-admin's
// importer (`database import full`) given args (the files and options,
// as store.BulkWriter lists them in import.args).
func (p *Private) Import(args ...string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.proc != nil {
		return errors.New("import: the private Neo4j is running; stop it first")
	}
	cmd := exec.Command("java", "-Xmx512m", "-cp", filepath.Join(p.home, "lib", "*"), "org.neo4j.cli.AdminTool",
		"database", "import", "full", "--overwrite-destination=true", "--report-file="+filepath.Join(p.home, "import.report"))
	cmd.Args = append(append(cmd.Args, args...), "neo4j")
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+p.home, "NEO4J_CONF="+filepath.Join(p.home, "conf"))
	if out, err := cmd.CombinedOutput(); err != nil {
		lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
		return fmt.Errorf("neo4j-admin database import: %v\n%s", err, strings.Join(lines[max(0, len(lines)-30):], "\n"))
	}
	return nil
}
