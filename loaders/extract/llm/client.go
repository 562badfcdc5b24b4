package llm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// message is one chat message of the request.
type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// chatRequest is the body of POST /chat/completions.
type chatRequest struct {
	Model          string         `json:"model"`
	Messages       []message      `json:"messages"`
	Temperature    float64        `json:"temperature"`
	MaxTokens      int            `json:"max_tokens"`
	ResponseFormat responseFormat `json:"response_format"`
	Stream         bool           `json:"stream"`
}

// responseFormat asks for structured output. Three forms, tried in this
// order as servers refuse them: OpenAI's "json_schema" with the answer
// schema, strict (OpenAI, vLLM, llama.cpp's own server, Ollama); the older
// "json_object" with the schema beside it (llama-cpp-python's server, which
// turns it into a grammar); plain "json_object", checked against the schema
// only when the answer is decoded.
type responseFormat struct {
	Type       string            `json:"type"`
	JSONSchema *jsonSchemaFormat `json:"json_schema,omitempty"`
	Schema     json.RawMessage   `json:"schema,omitempty"`
}

// The response formats, in the order they are tried.
const (
	formatJSONSchema = iota
	formatJSONObjectWithSchema
	formatJSONObject
)

func responseFormatFor(level int32) responseFormat {
	switch level {
	case formatJSONSchema:
		return responseFormat{Type: "json_schema", JSONSchema: &jsonSchemaFormat{Name: answerSchemaName, Strict: true, Schema: answerSchema}}
	case formatJSONObjectWithSchema:
		return responseFormat{Type: "json_object", Schema: answerSchema}
	}
	return responseFormat{Type: "json_object"}
}

func describeFormat(level int32) string {
	switch level {
	case formatJSONSchema:
		return `response_format "json_schema"`
	case formatJSONObjectWithSchema:
		return `response_format "json_object" with a schema`
	}
	return `response_format "json_object" (the answer checked against the schema after)`
}

type jsonSchemaFormat struct {
	Name   string          `json:"name"`
	Strict bool            `json:"strict"`
	Schema json.RawMessage `json:"schema"`
}

// chatResponse is the part of a chat-completions answer we read, whole or
// one streamed chunk of it (where the text is in delta, not message).
type chatResponse struct {
	Choices []struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
		Delta struct {
			Content string `json:"content"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// completion is the model's answer to one request.
type completion struct {
	content      string
	finishReason string
}

// The errors an answer can end in, beside ErrNotJSON and ErrNotSchema;
// test with errors.Is.
var (
	// ErrCutOff: the answer reached max_tokens before it was complete.
	ErrCutOff = errors.New("model answer was cut off at the token limit")
	// ErrEmptyAnswer: the endpoint answered, with no text.
	ErrEmptyAnswer = errors.New("model answer is empty")
	// errContextExceeded: the prompt does not fit the model's context; the
	// passage is split and asked again.
	errContextExceeded = errors.New("the passage does not fit the model's context")
	// errSchemaRefused: the endpoint does not take the response format asked.
	errSchemaRefused = errors.New("the endpoint refused the response format")
	errNoChoices     = errors.New("answer has no choices")
)

// Limits on what is read from the endpoint, so a misbehaving server cannot
// exhaust memory.
const (
	maxAnswerBytes = 16 << 20
	maxErrorBytes  = 512
)

// attemptError is a failed attempt; retryable says whether another attempt
// may succeed, retryAfter what the server asked us to wait.
type attemptError struct {
	err           error
	status        int
	retryable     bool
	retryAfter    time.Duration
	hasRetryAfter bool
}

func (e *attemptError) Error() string { return e.err.Error() }
func (e *attemptError) Unwrap() error { return e.err }

// complete sends the messages and returns the model's answer, retrying what
// may succeed on another attempt: a 429, a 5xx, a refused or dropped
// connection. A timeout is not retried: the same question would take as
// long again. The answer is streamed, so that when the attempt is abandoned
// (timeout, cancelled ingest) the connection closes and a server that
// watches for it (llama.cpp's, vLLM) stops generating.
func (e *Extractor) complete(ctx context.Context, msgs []message, format int32) (completion, error) {
	body, err := json.Marshal(chatRequest{
		Model:          e.cfg.Model,
		Messages:       msgs,
		MaxTokens:      e.cfg.MaxTokens,
		ResponseFormat: responseFormatFor(format),
		Stream:         true,
	})
	if err != nil {
		return completion{}, fmt.Errorf("encode request: %w", err)
	}
	for attempt := 0; ; attempt++ {
		c, err := e.attempt(ctx, body)
		if err == nil {
			return c, nil
		}
		var ae *attemptError
		if ctx.Err() != nil || !errors.As(err, &ae) {
			return completion{}, err
		}
		if !ae.retryable {
			return completion{}, err
		}
		if attempt >= e.cfg.MaxRetries {
			return completion{}, domain.Unavailable(err, "llm endpoint %s failed after %d attempts", e.endpoint, attempt+1)
		}
		if err := e.sleep(ctx, backoff(attempt, ae.retryAfter, ae.hasRetryAfter)); err != nil {
			return completion{}, fmt.Errorf("waiting to retry %s: %w", e.endpoint, err)
		}
		e.retries.Add(1)
	}
}

// attempt makes one HTTP call while holding a slot of the shared semaphore.
func (e *Extractor) attempt(ctx context.Context, body []byte) (completion, error) {
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return completion{}, fmt.Errorf("waiting for a free llm slot: %w", ctx.Err())
	}
	defer func() { <-e.sem }()
	e.requests.Add(1)

	actx, cancel := context.WithTimeout(ctx, e.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, e.endpoint, bytes.NewReader(body))
	if err != nil {
		return completion{}, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream, application/json")
	if e.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+e.cfg.APIKey)
	}
	resp, err := e.cfg.HTTPClient.Do(req)
	if err != nil {
		return completion{}, e.transportError(ctx, actx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return completion{}, statusError(resp, e.endpoint)
	}
	var c completion
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		c, err = readStream(io.LimitReader(resp.Body, maxAnswerBytes))
	} else {
		var raw []byte
		if raw, err = io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes)); err == nil {
			c, err = answerContent(raw)
		}
	}
	if err != nil {
		var ae *attemptError
		if errors.As(err, &ae) || actx.Err() != nil {
			return completion{}, e.transportError(ctx, actx, err)
		}
		return completion{}, fmt.Errorf("llm endpoint %s: %w", e.endpoint, err)
	}
	return c, nil
}

// transportError classifies a failure to get an answer at all: the caller's
// cancellation is final, and so is a timeout (another try would take as
// long); a refused or dropped connection may be retried.
func (e *Extractor) transportError(ctx, actx context.Context, err error) error {
	// A stream broken by the timeout comes as a retryable attemptError; the
	// timeout decides, so only its cause is kept.
	var broken *attemptError
	if errors.As(err, &broken) {
		err = broken.err
	}
	if ctx.Err() != nil {
		return fmt.Errorf("llm request to %s: %w", e.endpoint, context.Cause(ctx))
	}
	if actx.Err() != nil {
		return domain.Unavailable(err, "llm endpoint %s: no answer within %s (--llm-timeout); the request was abandoned and its connection closed", e.endpoint, e.cfg.Timeout)
	}
	return &attemptError{err: fmt.Errorf("llm endpoint %s unreachable: %w", e.endpoint, err), retryable: true}
}

// statusError turns a non-2xx answer into an error: 429 and 5xx may be
// retried (after Retry-After if given), other 4xx are the request's fault;
// of those, a refusal of the json_schema response format and a prompt too
// long for the context are told apart, since each has a remedy.
func statusError(resp *http.Response, endpoint string) error {
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBytes))
	said := strings.TrimSpace(string(snippet))
	err := fmt.Errorf("llm endpoint %s answered %s: %s", endpoint, resp.Status, said)
	retryable := resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
	if !retryable {
		switch {
		case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
			return domain.Errorf(domain.EUnauthenticated, "llm.apiKey", "%v (check %s)", err, EnvAPIKey)
		case saysContextExceeded(said):
			return fmt.Errorf("%w: %w", errContextExceeded, err)
		case saysSchemaRefused(said):
			return fmt.Errorf("%w: %w", errSchemaRefused, err)
		}
		return err
	}
	// Some servers answer 500 for what is the request's fault: a prompt too
	// long, or a response format they do not take (llama-cpp-python's server
	// does so for "json_schema"). Retrying those would not help.
	if saysContextExceeded(said) {
		return fmt.Errorf("%w: %w", errContextExceeded, err)
	}
	if strings.Contains(strings.ToLower(said), "response_format") {
		return fmt.Errorf("%w: %w", errSchemaRefused, err)
	}
	wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	return &attemptError{err: err, status: resp.StatusCode, retryable: true, retryAfter: wait, hasRetryAfter: ok}
}

// saysContextExceeded recognises the servers' words for a prompt longer
// than the context: OpenAI's and vLLM's context_length_exceeded and
// "maximum context length", llama.cpp's "exceed(s) context window" and
// "exceeds the available context size", Ollama's "context length".
func saysContextExceeded(said string) bool {
	s := strings.ToLower(said)
	return strings.Contains(s, "context_length_exceeded") || strings.Contains(s, "context length") ||
		strings.Contains(s, "context window") || strings.Contains(s, "context size") ||
		strings.Contains(s, "too many tokens") || strings.Contains(s, "maximum context")
}

// saysSchemaRefused recognises a 4xx about the response format itself.
func saysSchemaRefused(said string) bool {
	s := strings.ToLower(said)
	return strings.Contains(s, "response_format") || strings.Contains(s, "json_schema") || strings.Contains(s, "schema")
}

// parseRetryAfter reads a Retry-After header: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return max(time.Duration(secs)*time.Second, 0), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// answerContent takes the model's text out of a whole chat-completions answer.
func answerContent(raw []byte) (completion, error) {
	var resp chatResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return completion{}, fmt.Errorf("answer is not a chat completion (%v): %s", err, clip(string(raw), 200))
	}
	if resp.Error != nil && resp.Error.Message != "" {
		return completion{}, fmt.Errorf("answered with an error: %s", resp.Error.Message)
	}
	if len(resp.Choices) == 0 {
		return completion{}, errNoChoices
	}
	c := completion{content: resp.Choices[0].Message.Content}
	if fr := resp.Choices[0].FinishReason; fr != nil {
		c.finishReason = *fr
	}
	return c, nil
}

// readStream reads a streamed answer (server-sent events, "data: {chunk}"
// lines ending with "data: [DONE]"). A stream that ends before a finish
// reason or [DONE] was dropped: that attempt may be retried.
func readStream(r io.Reader) (completion, error) {
	var c completion
	var b strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxAnswerBytes)
	ended := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		data, ok := strings.CutPrefix(line, "data:")
		if !ok {
			continue // comments, event: and id: lines
		}
		data = strings.TrimSpace(data)
		if data == "[DONE]" {
			ended = true
			break
		}
		var chunk chatResponse
		if err := json.Unmarshal([]byte(data), &chunk); err != nil {
			return completion{}, fmt.Errorf("streamed chunk is not JSON (%v): %s", err, clip(data, 200))
		}
		if chunk.Error != nil && chunk.Error.Message != "" {
			if saysContextExceeded(chunk.Error.Message) {
				return completion{}, fmt.Errorf("%w: answered with an error: %s", errContextExceeded, chunk.Error.Message)
			}
			return completion{}, fmt.Errorf("answered with an error: %s", chunk.Error.Message)
		}
		for _, ch := range chunk.Choices {
			b.WriteString(ch.Delta.Content)
			b.WriteString(ch.Message.Content)
			if ch.FinishReason != nil && *ch.FinishReason != "" {
				c.finishReason = *ch.FinishReason
				ended = true
			}
		}
	}
	c.content = b.String()
	if err := sc.Err(); err != nil {
		return completion{}, &attemptError{err: fmt.Errorf("the answer broke off after %d bytes: %w", b.Len(), err), retryable: true}
	}
	if !ended {
		return completion{}, &attemptError{err: fmt.Errorf("the connection closed after %d bytes of answer, before the answer ended", b.Len()), retryable: true}
	}
	return c, nil
}

// clip shortens s to at most n bytes for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
