package neo4jtest

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// Private is a Neo4j of a test's own, on a free port with a home in the
// test's temporary folder (sharing the downloaded jars), so that the test
// can stop and start it without disturbing other tests.
type Private struct {
	URI  string
	t    testing.TB
	home string
	port string
}

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
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	p := &Private{URI: "bolt://127.0.0.1:" + port, t: t, home: home, port: port}
	p.Start()
	t.Cleanup(p.Stop)
	return p
}

// Start starts the server and waits until it serves.
func (p *Private) Start() { p.run("start") }

// Stop stops the server.
func (p *Private) Stop() { p.run("stop") }

func (p *Private) run(cmd string) {
	p.t.Helper()
	c := exec.Command("bash", filepath.Join(RepoRoot(), "scripts", "neo4j"), cmd)
	c.Env = append(os.Environ(), "NEO4J_HOME_DIR="+p.home, "NEO4J_BOLT_PORT="+p.port, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m")
	if out, err := c.CombinedOutput(); err != nil {
		p.t.Errorf("scripts/neo4j %s: %v\n%s", cmd, err, out)
	}
}
