package llm

import (
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
	ResponseFormat responseFormat `json:"response_format"`
	Stream         bool           `json:"stream"`
}

type responseFormat struct {
	Type string `json:"type"`
}

// chatResponse is the part of a chat-completions answer we read.
type chatResponse struct {
	Choices []struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
	} `json:"choices"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

var errNoChoices = errors.New("answer has no choices")

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

// complete sends the messages and returns the model's answer text, retrying
// what may succeed on another attempt.
func (e *Extractor) complete(ctx context.Context, msgs []message) (string, error) {
	body, err := json.Marshal(chatRequest{
		Model:          e.cfg.Model,
		Messages:       msgs,
		ResponseFormat: responseFormat{Type: "json_object"},
	})
	if err != nil {
		return "", fmt.Errorf("encode request: %w", err)
	}
	for attempt := 0; ; attempt++ {
		content, err := e.attempt(ctx, body)
		if err == nil {
			return content, nil
		}
		var ae *attemptError
		if ctx.Err() != nil || !errors.As(err, &ae) {
			return "", err
		}
		if !ae.retryable {
			return "", err
		}
		if attempt >= e.cfg.MaxRetries {
			return "", domain.Unavailable(err, "llm endpoint %s failed after %d attempts", e.endpoint, attempt+1)
		}
		if err := e.sleep(ctx, backoff(attempt, ae.retryAfter, ae.hasRetryAfter)); err != nil {
			return "", fmt.Errorf("waiting to retry %s: %w", e.endpoint, err)
		}
		e.retries.Add(1)
	}
}

// attempt makes one HTTP call while holding a slot of the shared semaphore.
func (e *Extractor) attempt(ctx context.Context, body []byte) (string, error) {
	select {
	case e.sem <- struct{}{}:
	case <-ctx.Done():
		return "", fmt.Errorf("waiting for a free llm slot: %w", ctx.Err())
	}
	defer func() { <-e.sem }()
	e.requests.Add(1)

	actx, cancel := context.WithTimeout(ctx, e.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, e.endpoint, bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if e.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+e.cfg.APIKey)
	}
	resp, err := e.cfg.HTTPClient.Do(req)
	if err != nil {
		return "", e.transportError(ctx, actx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", statusError(resp, e.endpoint)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		return "", e.transportError(ctx, actx, fmt.Errorf("read answer: %w", err))
	}
	return answerContent(raw)
}

// transportError classifies a failure to get an answer at all: the caller's
// cancellation is final; a timeout or a connection failure may be retried.
func (e *Extractor) transportError(ctx, actx context.Context, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("llm request to %s: %w", e.endpoint, ctx.Err())
	}
	if actx.Err() != nil {
		err = fmt.Errorf("no answer within %s: %w", e.cfg.Timeout, err)
	}
	return &attemptError{err: fmt.Errorf("llm endpoint %s unreachable: %w", e.endpoint, err), retryable: true}
}

// statusError turns a non-2xx answer into an error: 429 and 5xx may be
// retried (after Retry-After if given), other 4xx are the request's fault.
func statusError(resp *http.Response, endpoint string) error {
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBytes))
	err := fmt.Errorf("llm endpoint %s answered %s: %s", endpoint, resp.Status, strings.TrimSpace(string(snippet)))
	retryable := resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
	if !retryable {
		if resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden {
			return domain.Errorf(domain.EUnauthenticated, "llm.apiKey", "%v (check %s)", err, EnvAPIKey)
		}
		return err
	}
	wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	return &attemptError{err: err, status: resp.StatusCode, retryable: true, retryAfter: wait, hasRetryAfter: ok}
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

// answerContent takes the model's text out of a chat-completions answer.
func answerContent(raw []byte) (string, error) {
	var resp chatResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return "", fmt.Errorf("endpoint answer is not a chat completion (%v): %s", err, clip(string(raw), 200))
	}
	if resp.Error != nil && resp.Error.Message != "" {
		return "", fmt.Errorf("endpoint answered with an error: %s", resp.Error.Message)
	}
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("endpoint answer: %w", errNoChoices)
	}
	return resp.Choices[0].Message.Content, nil
}

// clip shortens s to at most n bytes for an error message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
