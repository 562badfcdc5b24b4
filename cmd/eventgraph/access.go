package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/server"
)

// accessFromEnv reads the access-control configuration: who may call
// (API keys, JWT secret or JWKS, issuer, audience, anonymous reads) and from
// where (Host names, CORS origins). Secrets come from a variable or from
// the file its _FILE twin names; none is logged.
func accessFromEnv(ctx context.Context, getenv func(string) string, listenAddr string, log *slog.Logger) (server.Access, error) {
	var cfg auth.Config
	var err error
	if cfg.Keys, err = auth.ParseKeys(getenv("EVENTGRAPH_API_KEYS")); err != nil {
		return server.Access{}, fmt.Errorf("EVENTGRAPH_API_KEYS: %w", err)
	}
	if f := getenv("EVENTGRAPH_API_KEYS_FILE"); f != "" {
		keys, err := auth.ReadKeysFile(f)
		if err != nil {
			return server.Access{}, fmt.Errorf("EVENTGRAPH_API_KEYS_FILE: %w", err)
		}
		cfg.Keys = append(cfg.Keys, keys...)
	}
	secret, err := auth.ReadSecret(getenv("EVENTGRAPH_JWT_SECRET"), getenv("EVENTGRAPH_JWT_SECRET_FILE"))
	if err != nil {
		return server.Access{}, fmt.Errorf("EVENTGRAPH_JWT_SECRET_FILE: %w", err)
	}
	cfg.JWTSecret = []byte(secret)
	if f := getenv("EVENTGRAPH_JWKS_FILE"); f != "" {
		if cfg.JWKS, err = os.ReadFile(f); err != nil {
			return server.Access{}, fmt.Errorf("EVENTGRAPH_JWKS_FILE: %w", err)
		}
	}
	cfg.JWKSURL = getenv("EVENTGRAPH_JWKS_URL")
	cfg.Issuer = getenv("EVENTGRAPH_JWT_ISSUER")
	cfg.Audience = getenv("EVENTGRAPH_JWT_AUDIENCE")
	cfg.RoleClaim = getenv("EVENTGRAPH_JWT_ROLE_CLAIM")
	cfg.AnonymousReads = true
	if v := getenv("EVENTGRAPH_ANONYMOUS_READS"); v != "" {
		if cfg.AnonymousReads, err = strconv.ParseBool(v); err != nil {
			return server.Access{}, domain.Invalid("EVENTGRAPH_ANONYMOUS_READS", "%q is not true or false", v)
		}
	}
	cfg.Logger = log
	authn, err := auth.New(ctx, cfg)
	if err != nil {
		return server.Access{}, err
	}
	a := server.Access{Authenticator: authn, AllowedHosts: splitList(getenv("EVENTGRAPH_ALLOWED_HOSTS")),
		CORSOrigins: splitList(getenv("EVENTGRAPH_CORS_ORIGINS"))}
	if len(a.AllowedHosts) == 0 {
		a.AllowedHosts = defaultHosts(listenAddr)
		if h, _, err := net.SplitHostPort(listenAddr); err == nil && (h == "" || net.ParseIP(h).IsUnspecified()) {
			log.Warn("listening on every interface, but only loopback Host names are answered; set EVENTGRAPH_ALLOWED_HOSTS to the names clients use")
		}
	}
	if err := a.Validate(); err != nil {
		return server.Access{}, fmt.Errorf("EVENTGRAPH_CORS_ORIGINS: %w", err)
	}
	log.Info("access control", "auth", cfg, "allowed_hosts", a.AllowedHosts, "cors_origins", a.CORSOrigins)
	return a, nil
}

// defaultHosts are the loopback names and the listen address's host when
// it names one (not 0.0.0.0 or ::, which say nothing of the names clients
// use).
func defaultHosts(listenAddr string) []string {
	hosts := append([]string(nil), server.LoopbackHosts...)
	if h, _, err := net.SplitHostPort(listenAddr); err == nil && h != "" {
		if ip := net.ParseIP(h); (ip == nil || !ip.IsUnspecified()) && !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	return hosts
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' }) {
		out = append(out, f)
	}
	return out
}

// keysCmd manages API keys: `keys add` makes a key, appends its hash to a
// keys file and prints the key, the only time it is shown.
func keysCmd() *cobra.Command {
	keys := &cobra.Command{Use: "keys", Short: "manage API keys", Args: noArgs}
	add := &cobra.Command{
		Use:   "add --file FILE --name NAME --role ROLE",
		Short: "make an API key: print it once, append its hash to the keys file",
		Args:  noArgs,
	}
	fs := add.Flags()
	file := fs.String("file", os.Getenv("EVENTGRAPH_API_KEYS_FILE"), "keys file to append to (EVENTGRAPH_API_KEYS_FILE)")
	name := fs.String("name", "", "who the key is for (shown in logs and history)")
	roleName := fs.String("role", "reader", "reader, writer, editor or admin")
	add.RunE = func(c *cobra.Command, _ []string) error {
		return addKey(*file, *name, *roleName, c.OutOrStdout())
	}
	keys.AddCommand(add)
	return keys
}

func addKey(file, name, roleName string, stdout io.Writer) error {
	if file == "" {
		return domain.Invalid("--file", "name the keys file (or set EVENTGRAPH_API_KEYS_FILE)")
	}
	role, err := auth.ParseRole(roleName)
	if err != nil {
		return domain.Invalid("--role", "%v", err)
	}
	var existing []auth.Key
	if _, err := os.Stat(file); err == nil {
		if existing, err = auth.ReadKeysFile(file); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, k := range existing {
		if k.Name == name {
			return domain.Invalid("--name", "%s already has a key named %q", file, name)
		}
	}
	secret, line, err := auth.GenerateKey(name, role)
	if err != nil {
		return domain.Invalid("--name", "%v", err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(f, line); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	_, err = fmt.Fprintln(stdout, secret)
	return err
}
