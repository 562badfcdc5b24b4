package auth

import (
	"bufio"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// Key is one API key as configured: its name (who it belongs to, shown in
// logs and history, never the secret), its role, and the SHA-256 of the
// secret. Keys are random, long and machine-made, so a fast hash is
// enough: nobody can guess one from its hash, and checking a key costs a
// microsecond, not bcrypt's tens of milliseconds per request.
type Key struct {
	Name string
	Role Role
	Hash [sha256.Size]byte
}

// keyPrefix marks the keys GenerateKey makes, so a bearer token can be told
// from a JWT at a glance (and found by secret scanners).
const keyPrefix = "eg_"

// minPlainKey is the shortest plain key a key file may hold.
const minPlainKey = 16

var keyName = regexp.MustCompile(`^[A-Za-z0-9._@-]{1,64}$`)

// GenerateKey returns a new random API key (256 bits) and its entry for a
// keys file: "NAME ROLE sha256:HEX".
func GenerateKey(name string, role Role) (secret, line string, err error) {
	if !keyName.MatchString(name) {
		return "", "", fmt.Errorf("key name %q: use 1 to 64 letters, digits, '.', '_', '@' or '-'", name)
	}
	if role == RoleNone {
		return "", "", fmt.Errorf("a key needs a role")
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", err
	}
	secret = keyPrefix + base64.RawURLEncoding.EncodeToString(b)
	sum := sha256.Sum256([]byte(secret))
	return secret, fmt.Sprintf("%s %s sha256:%s", name, role, hex.EncodeToString(sum[:])), nil
}

// ParseKeys reads key entries, one per line or separated by commas:
// "NAME ROLE SECRET", where SECRET is the key itself or "sha256:" and the
// hex SHA-256 of it. Blank lines and lines starting with # are skipped.
// Errors name the entry by its line and name, never by its secret.
func ParseKeys(text string) ([]Key, error) {
	var keys []Key
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(strings.ReplaceAll(text, ",", "\n")))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("key entry %d: want NAME ROLE SECRET, got %d fields", n, len(f))
		}
		if !keyName.MatchString(f[0]) {
			return nil, fmt.Errorf("key entry %d: name %q: use 1 to 64 letters, digits, '.', '_', '@' or '-'", n, f[0])
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("key entry %d: name %q is used twice", n, f[0])
		}
		seen[f[0]] = true
		role, err := ParseRole(f[1])
		if err != nil {
			return nil, fmt.Errorf("key entry %d (%s): %v", n, f[0], err)
		}
		k := Key{Name: f[0], Role: role}
		if hexSum, ok := strings.CutPrefix(f[2], "sha256:"); ok {
			sum, err := hex.DecodeString(hexSum)
			if err != nil || len(sum) != sha256.Size {
				return nil, fmt.Errorf("key entry %d (%s): sha256: needs 64 hex digits", n, f[0])
			}
			copy(k.Hash[:], sum)
		} else {
			if len(f[2]) < minPlainKey {
				return nil, fmt.Errorf("key entry %d (%s): the key is shorter than %d characters", n, f[0], minPlainKey)
			}
			if !strings.HasPrefix(f[2], keyPrefix) && strings.Count(f[2], ".") == 2 {
				// Authenticate would read it as a JWT and never find it.
				return nil, fmt.Errorf("key entry %d (%s): a key with two dots looks like a JWT; start it with %s or use other characters", n, f[0], keyPrefix)
			}
			k.Hash = sha256.Sum256([]byte(f[2]))
		}
		keys = append(keys, k)
	}
	return keys, sc.Err()
}

// ReadKeysFile reads ParseKeys entries from a file.
func ReadKeysFile(path string) ([]Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	keys, err := ParseKeys(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return keys, nil
}

// ReadSecret returns value, or when it is empty the content of file
// (trailing newline removed), so a secret can come from the environment or
// a mounted file (Docker and Kubernetes secrets).
func ReadSecret(value, file string) (string, error) {
	if value != "" || file == "" {
		return value, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}
