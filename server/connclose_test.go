package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// rawExchange sends head (request line and headers, no body or only part
// of one) on a new connection to srv and reads the response, failing the
// test if none comes within a few seconds: a server waiting for the body
// would not answer.
func rawExchange(t *testing.T, addr, head string) (*http.Response, net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, head); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("no response to a request whose body never came: %v", err)
	}
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp, conn, br
}

// TestRefusalsBeforeTheBodyCloseTheConnection: a request refused before
// its body is read (credentials, origin, host, declared size, media type,
// method, a malformed bookmark) is answered at once, without waiting for the body, with
// Connection: close, and the server closes the connection; a refusal
// after the body was read keeps the connection for the next request.
func TestRefusalsBeforeTheBodyCloseTheConnection(t *testing.T) {
	srv, _, _ := accessServer(t, true, "https://app.example.org")
	u, _ := url.Parse(srv.URL)
	post := func(method, extra string, length int) string {
		return fmt.Sprintf("%s /query HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n",
			method, u.Host, length, extra)
	}
	cases := []struct {
		name   string
		head   string
		status int
	}{
		{"unknown key", post("POST", "Authorization: Bearer not-a-key\r\n", 100000), http.StatusUnauthorized},
		{"origin not allowed", post("POST", "Origin: https://evil.example\r\n", 100000), http.StatusForbidden},
		{"wrong host", strings.Replace(post("POST", "", 100000), "Host: "+u.Host, "Host: rebound.example", 1), http.StatusMisdirectedRequest},
		{"declared too large", post("POST", "", 9<<20), http.StatusRequestEntityTooLarge},
		{"not JSON", strings.Replace(post("POST", "", 100000), "application/json", "text/plain", 1), http.StatusUnsupportedMediaType},
		{"method", post("PUT", "", 100000), http.StatusMethodNotAllowed},
		{"bad bookmark", post("POST", BookmarkHeader+": not a bookmark!\r\n", 100000), http.StatusBadRequest},
		{"chunked body", "POST /query HTTP/1.1\r\nHost: " + u.Host + "\r\nContent-Type: application/json\r\n" +
			"Transfer-Encoding: chunked\r\nAuthorization: Bearer not-a-key\r\n\r\n10\r\n{\"query\":\"{ __ty", http.StatusUnauthorized},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			resp, _, br := rawExchange(t, u.Host, c.head)
			answered := time.Since(start)
			if resp.StatusCode != c.status {
				t.Errorf("status %d, want %d", resp.StatusCode, c.status)
			}
			if !resp.Close {
				t.Errorf("no Connection: close on a refusal before the body (headers %v)", resp.Header)
			}
			// The server closes its end: the client reads EOF, not a wait.
			if n, err := br.ReadByte(); err != io.EOF {
				t.Errorf("after the refusal the connection gave %v %v, want EOF", n, err)
			}
			t.Logf("%d after %v, closed after %v", resp.StatusCode, answered.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
		})
	}

	t.Run("refused after the body was read", func(t *testing.T) {
		body := `{"query":"mutation { upsertActor(input: {name: \"Ana Ferreira\", kind: PERSON}) { id } }"}`
		resp, conn, br := rawExchange(t, u.Host, post("POST", "", len(body))+body)
		if resp.StatusCode != http.StatusUnauthorized || resp.Close {
			t.Fatalf("anonymous write: %d, close=%v; want 401 on a connection kept open", resp.StatusCode, resp.Close)
		}
		if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: "+u.Host+"\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		next, err := http.ReadResponse(br, nil)
		if err != nil || next.StatusCode != http.StatusOK {
			t.Fatalf("the next request on the connection: %v %v", next, err)
		}
	})
}
