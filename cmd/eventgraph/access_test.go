package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/auth"
)

// TestKeysAddPrintsAKeyTheServerAccepts runs `keys add` twice and reads
// the file back as serve does: each printed key authenticates with its
// role, the file holds no key, and a name is given once.
func TestKeysAddPrintsAKeyTheServerAccepts(t *testing.T) {
	file := filepath.Join(t.TempDir(), "eventgraph", "keys")
	writer, err := runCLI(t, "", "keys", "add", "--file", file, "--name", "local-writer", "--role", "writer")
	if err != nil {
		t.Fatal(err)
	}
	admin, err := runCLI(t, "", "keys", "add", "--file", file, "--name", "ops", "--role", "admin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "", "keys", "add", "--file", file, "--name", "ops", "--role", "reader"); err == nil {
		t.Error("a second key named ops was accepted")
	}
	content, _ := os.ReadFile(file)
	if st, _ := os.Stat(file); st.Mode().Perm() != 0o600 {
		t.Errorf("keys file mode %v, want 0600", st.Mode().Perm())
	}
	a, err := accessFromEnv(context.Background(), env(map[string]string{"EVENTGRAPH_API_KEYS_FILE": file}), "127.0.0.1:8080", quietLog())
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]auth.Role{strings.TrimSpace(writer): auth.RoleWriter, strings.TrimSpace(admin): auth.RoleAdmin} {
		if strings.Contains(string(content), key) {
			t.Errorf("the keys file holds a key in plain")
		}
		id, err := a.Authenticator.Authenticate("Bearer " + key)
		if err != nil || id.Role != want {
			t.Errorf("printed key: %+v %v, want role %v", id, err, want)
		}
	}
}

func TestAccessConfigurationErrorsNameTheVariable(t *testing.T) {
	for name, vars := range map[string]map[string]string{
		"EVENTGRAPH_CORS_ORIGINS":    {"EVENTGRAPH_CORS_ORIGINS": "app.example.org"},
		"EVENTGRAPH_ANONYMOUS_READS": {"EVENTGRAPH_ANONYMOUS_READS": "sometimes"},
		"EVENTGRAPH_API_KEYS_FILE":   {"EVENTGRAPH_API_KEYS_FILE": "/nonexistent/keys"},
		"EVENTGRAPH_API_KEYS":        {"EVENTGRAPH_API_KEYS": "ops admin tiny"},
		"JWT secret":                 {"EVENTGRAPH_JWT_SECRET": "too-short"},
	} {
		_, err := accessFromEnv(context.Background(), env(vars), "127.0.0.1:8080", quietLog())
		if err == nil || !strings.Contains(err.Error(), strings.TrimPrefix(name, "EVENTGRAPH_")) && !strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestDefaultHostsAreLoopbackAndTheListenName(t *testing.T) {
	for addr, want := range map[string][]string{
		"127.0.0.1:8080":      {"localhost", "127.0.0.1", "::1"},
		"eventgraph.lan:8080": {"localhost", "127.0.0.1", "::1", "eventgraph.lan"},
		"0.0.0.0:8080":        {"localhost", "127.0.0.1", "::1"},
		"[::]:8080":           {"localhost", "127.0.0.1", "::1"},
		"192.168.1.20:8080":   {"localhost", "127.0.0.1", "::1", "192.168.1.20"},
	} {
		if got := defaultHosts(addr); !slices.Equal(got, want) {
			t.Errorf("defaultHosts(%s) = %v, want %v", addr, got, want)
		}
	}
}

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
