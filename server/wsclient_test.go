package server

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMessage is one graphql-transport-ws message.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsClient speaks graphql-transport-ws over github.com/coder/websocket, as
// a browser's graphql-ws client would: connection_init, subscribe, and
// pong for every ping.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

// dialSubscriptions opens a subscription connection to srv's /query and
// completes the handshake.
func dialSubscriptions(t *testing.T, srv *httptest.Server) *wsClient {
	t.Helper()
	return dialWith(t, srv, `{"Authorization": "Bearer `+readerKey+`"}`)
}

// dialWith opens a connection sending payload with connection_init.
func dialWith(t *testing.T, srv *httptest.Server, payload string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/query"
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(func() { conn.CloseNow() })
	if conn.Subprotocol() != "graphql-transport-ws" {
		t.Fatalf("negotiated subprotocol %q", conn.Subprotocol())
	}
	c := &wsClient{t: t, conn: conn}
	c.send(wsMessage{Type: "connection_init", Payload: json.RawMessage(payload)})
	if m := c.next(10 * time.Second); m.Type != "connection_ack" {
		t.Fatalf("after connection_init: %+v", m)
	}
	return c
}

func (c *wsClient) send(m wsMessage) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := wsjson.Write(ctx, c.conn, m); err != nil {
		c.t.Fatalf("send %s: %v", m.Type, err)
	}
}

// subscribe starts operation id with query and variables.
func (c *wsClient) subscribe(id, query string, vars map[string]any) {
	c.t.Helper()
	payload, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		c.t.Fatal(err)
	}
	c.send(wsMessage{ID: id, Type: "subscribe", Payload: payload})
}

// next returns the next message that is not a ping or pong, answering
// pings, or fails the test after wait.
func (c *wsClient) next(wait time.Duration) wsMessage {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, c.conn, &m); err != nil {
			c.t.Fatalf("no message within %s: %v", wait, err)
		}
		switch m.Type {
		case "ping":
			c.send(wsMessage{Type: "pong"})
		case "pong":
		default:
			return m
		}
	}
}

// update is the payload of a timelineUpdated next message as the tests
// ask for it.
type update struct {
	Data struct {
		TimelineUpdated struct {
			Kind      string  `json:"kind"`
			Seq       int64   `json:"seq"`
			EventID   *string `json:"eventId"`
			Type      *string `json:"type"`
			ArticleID *string `json:"articleId"`
			Actors    []struct {
				ID string `json:"id"`
			} `json:"actors"`
			Event *struct {
				ID      string `json:"id"`
				Kind    string `json:"kind"`
				Sources []struct {
					Article struct {
						Title string `json:"title"`
					} `json:"article"`
				} `json:"sources"`
			} `json:"event"`
		} `json:"timelineUpdated"`
	} `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// nextUpdate reads the next message of operation id, which must be a
// next message, and decodes it.
func (c *wsClient) nextUpdate(id string, wait time.Duration) update {
	c.t.Helper()
	m := c.next(wait)
	if m.ID != id || m.Type != "next" {
		c.t.Fatalf("want a next message for %s, got %+v (%s)", id, m, m.Payload)
	}
	var u update
	if err := json.Unmarshal(m.Payload, &u); err != nil {
		c.t.Fatal(err)
	}
	return u
}
