package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// streamBody writes content as a chat-completions stream in three chunks,
// ending with finishReason and [DONE].
func streamBody(w http.ResponseWriter, content, finishReason string) {
	w.Header().Set("Content-Type", "text/event-stream")
	third := len(content) / 3
	for i, part := range []string{content[:third], content[third : 2*third], content[2*third:]} {
		choice := map[string]any{"index": 0, "delta": map[string]any{"content": part}, "finish_reason": nil}
		if i == 2 {
			choice["finish_reason"] = finishReason
		}
		b, _ := json.Marshal(map[string]any{"choices": []any{choice}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// startStream sends the first chunk of a streamed answer, content, and
// flushes it: the start of an answer a test then cuts off or stalls.
func startStream(w http.ResponseWriter, content string) {
	w.Header().Set("Content-Type", "text/event-stream")
	b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"delta": map[string]any{"content": content}}}})
	fmt.Fprintf(w, "data: %s\n\n", b)
	w.(http.Flusher).Flush()
}

// decodeRequest reads the chat request a handler got.
func decodeRequest(t testing.TB, r *http.Request) chatRequest {
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		t.Errorf("decode request: %v", err)
	}
	return req
}

func TestStreamedAnswerIsRead(t *testing.T) {
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		streamBody(w, readTestdata(t, "harbour_answer.json"), "stop")
	}))
	e, _ := newTestExtractor(t, srv, Config{})
	facts, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if err != nil || len(facts.Statements) != 2 || len(facts.Meetings) != 1 {
		t.Fatalf("facts %+v, err %v", facts, err)
	}
}

// TestRefusedSchemaFallsBackToJSONObject: a server that refuses json_schema
// is asked for json_object with the schema, and one that refuses that too
// for plain json_object; each step down once for the Extractor's life, and
// the facts say so.
func TestRefusedSchemaFallsBackToJSONObject(t *testing.T) {
	var formats []string
	var mu sync.Mutex
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req := decodeRequest(t, r)
		mu.Lock()
		format := req.ResponseFormat.Type
		if req.ResponseFormat.Schema != nil {
			format += "+schema"
		}
		formats = append(formats, format)
		mu.Unlock()
		switch format {
		case "json_schema": // as llama-cpp-python's server answers it
			http.Error(w, `{"error":{"message":"1 validation error: {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\"}","type":"internal_server_error"}}`, http.StatusInternalServerError)
			return
		case "json_object+schema":
			http.Error(w, `{"error":{"message":"Unrecognized request argument supplied: schema"}}`, http.StatusBadRequest)
			return
		}
		w.Write(chatBody(t, readTestdata(t, "harbour_answer.json")))
	}))
	e, _ := newTestExtractor(t, srv, Config{})
	for range 2 {
		facts, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
		if err != nil || len(facts.Statements) != 2 {
			t.Fatalf("facts %+v, err %v", facts, err)
		}
		if !strings.Contains(strings.Join(facts.Warnings, "\n"), "json_object") {
			t.Errorf("no warning about the fallback: %q", facts.Warnings)
		}
		e.cache = newAnswerCache("") // ask again
	}
	if strings.Join(formats, ",") != "json_schema,json_object+schema,json_object,json_object" {
		t.Errorf("formats asked = %v", formats)
	}
}

// TestBadAnswersAreClearErrors: each way an endpoint can answer badly ends
// in an error that names the endpoint and says what it answered.
func TestBadAnswersAreClearErrors(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		want    error
		says    string
	}{
		{"empty answer", func(w http.ResponseWriter, r *http.Request) { streamBody(w, "   ", "stop") }, ErrEmptyAnswer, `finish_reason "stop"`},
		{"not JSON", func(w http.ResponseWriter, r *http.Request) {
			streamBody(w, "Here are the facts you asked for.", "stop")
		}, ErrNotJSON, "Here are the facts"},
		{"not the schema", func(w http.ResponseWriter, r *http.Request) { streamBody(w, `{"url": "https://x.example"}`, "stop") }, ErrNotSchema, "url"},
		{"a 4xx", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, `{"error":{"message":"model 'm' not found"}}`, http.StatusNotFound)
		}, nil, "404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newEndpoint(t, tt.handler)
			e, _ := newTestExtractor(t, srv, Config{})
			_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) ||
				!strings.Contains(err.Error(), srv.URL) || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("err = %v; want %v naming %s and saying %q", err, tt.want, srv.URL, tt.says)
			}
		})
	}
}

// TestDroppedConnectionIsRetriedThenReported: a stream that stops before
// its end is a dropped connection; it is retried, and reported as such.
func TestDroppedConnectionIsRetriedThenReported(t *testing.T) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		startStream(w, `{"actors": [`)
		panic(http.ErrAbortHandler) // drop the connection mid-answer
	}))
	e, _ := newTestExtractor(t, srv, Config{MaxRetries: 1})
	_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EUnavailable || !strings.Contains(err.Error(), srv.URL) || hits.Load() != 2 {
		t.Fatalf("err = %v after %d requests", err, hits.Load())
	}
}

// TestCutOffAnswerIsHalvedThenReported: finish_reason "length" halves the
// passage and asks again; a one-sentence passage still cut off is a
// "cut off" error, not "not JSON".
func TestCutOffAnswerIsHalvedThenReported(t *testing.T) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		streamBody(w, `{"actors": [{"name": "Anika Mor`, "length")
	}))
	e, _ := newTestExtractor(t, srv, Config{MaxTokens: 16})
	_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if !errors.Is(err, ErrCutOff) || errors.Is(err, ErrNotJSON) || !strings.Contains(err.Error(), "cut off") ||
		!strings.Contains(err.Error(), "--llm-max-tokens") {
		t.Fatalf("err = %v", err)
	}
	if hits.Load() < 2 {
		t.Errorf("%d requests: the passage was not halved before giving up", hits.Load())
	}
}

// TestContextExceededSplitsThePassage: a server that finds the prompt too
// long gets the article in halves.
func TestContextExceededSplitsThePassage(t *testing.T) {
	full := harbourArticle(t)
	var asked atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		req := decodeRequest(t, r)
		if strings.Contains(req.Messages[0].Content, full.Text) {
			http.Error(w, `{"error":{"message":"Requested tokens (5000) exceed context window of 4096","code":"context_length_exceeded"}}`, http.StatusBadRequest)
			return
		}
		streamBody(w, emptyAnswer, "stop")
	}))
	e, _ := newTestExtractor(t, srv, Config{})
	if _, err := e.Extract(context.Background(), full, extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if asked.Load() != 3 {
		t.Errorf("%d requests, want the whole article then two halves", asked.Load())
	}
}

// TestLongArticleIsSplitAndMerged: an article larger than the context goes
// out in overlapping passages; the answers merge into one actor per person
// (a surname in one passage joins the full name from another), duplicates
// reported by two passages are kept once, and each fact keeps its own
// sentence.
func TestLongArticleIsSplitAndMerged(t *testing.T) {
	var b strings.Builder
	b.WriteString("Ministers meet\n\nForeign Minister Ana Ruiz met Tomas Reyes in Lisbon on Monday.\n\n")
	for i := range 60 {
		fmt.Fprintf(&b, "Paragraph %d talks at length about fishing quotas, harbour fees and the weather over the northern channel.\n\n", i)
	}
	b.WriteString("“We will keep talking,” Ruiz said after the dinner.\n")
	a := domain.Article{Text: b.String(), PublishedAt: time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)}
	a.Seal()

	var passages atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		passages.Add(1)
		text := decodeRequest(t, r).Messages[0].Content
		ans := answer{}
		if strings.Contains(text, "Ana Ruiz met") {
			ans.Actors = []answerActor{{Name: "Ana Ruiz", Kind: "PERSON"}, {Name: "Tomas Reyes", Kind: "PERSON"}}
			m := answerMeeting{Participants: texts{"Ana Ruiz", "Tomas Reyes"}, Place: "Lisbon"}
			m.Evidence = "Foreign Minister Ana Ruiz met Tomas Reyes in Lisbon on Monday."
			ans.Meetings = []answerMeeting{m}
		}
		if strings.Contains(text, "We will keep talking") {
			ans.Actors = append(ans.Actors, answerActor{Name: "Ruiz", Kind: "PERSON"})
			st := answerStatement{Speaker: "Ruiz", Quote: "We will keep talking"}
			ans.Statements = []answerStatement{st}
		}
		body, _ := json.Marshal(ans)
		streamBody(w, string(body), "stop")
	}))
	e, _ := newTestExtractor(t, srv, Config{Context: 1800, MaxTokens: 256})
	facts, err := e.Extract(context.Background(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	if passages.Load() < 2 {
		t.Fatalf("%d passages, want the article split", passages.Load())
	}
	var people []string
	for _, act := range facts.Actors {
		people = append(people, act.Name)
	}
	if len(facts.Actors) != 2 || len(facts.Meetings) != 1 || len(facts.Statements) != 1 ||
		facts.Statements[0].Speaker != "Ana Ruiz" {
		t.Fatalf("actors %q, %d meetings, statements %+v; warnings %q", people, len(facts.Meetings), facts.Statements, facts.Warnings)
	}
	for _, ev := range []domain.Evidence{facts.Meetings[0].Evidence, facts.Statements[0].Evidence} {
		checkEvidence(t, "merged fact", a.Text, ev)
	}
	if !strings.Contains(facts.Statements[0].Evidence.Sentence, "We will keep talking") {
		t.Errorf("statement sentence = %q", facts.Statements[0].Evidence.Sentence)
	}
}

func TestSplitPassagesOverlapAndCoverTheText(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Sentence number %d is here. ", i)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	ps := splitPassages(text, 40)
	if len(ps) < 3 {
		t.Fatalf("%d passages", len(ps))
	}
	rs := []rune(text)
	for i, p := range ps {
		if estimateTokens(p.text) > 40 || string(rs[p.start:p.end]) != p.text {
			t.Errorf("passage %d: %d tokens, text/offsets disagree", i, estimateTokens(p.text))
		}
		if i > 0 && p.start >= ps[i-1].end {
			t.Errorf("passage %d starts at %d, after the previous one ends (%d): no overlap", i, p.start, ps[i-1].end)
		}
	}
	if ps[0].start != 0 || !strings.Contains(ps[len(ps)-1].text, "Sentence number 39") {
		t.Errorf("the passages do not cover the text")
	}
}

// TestSchemaIsReflectedFromTheAnswerTypes: the schema sent is the answer
// type's, strict, and the prompt names every field it has.
func TestSchemaIsReflectedFromTheAnswerTypes(t *testing.T) {
	var s struct {
		Type                 string                     `json:"type"`
		AdditionalProperties bool                       `json:"additionalProperties"`
		Required             []string                   `json:"required"`
		Properties           map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(answerSchema, &s); err != nil {
		t.Fatal(err)
	}
	if s.Type != "object" || s.AdditionalProperties || len(s.Required) != len(answerKeys) {
		t.Errorf("schema top = %+v", s)
	}
	prompt := instructions(nil, 0, 0)
	var walk func(raw json.RawMessage)
	walk = func(raw json.RawMessage) {
		var node struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Items      json.RawMessage            `json:"items"`
			Ref        string                     `json:"$ref"`
		}
		json.Unmarshal(raw, &node)
		if node.Ref != "" {
			t.Errorf("schema has a $ref: %s", node.Ref)
		}
		if len(node.Required) != len(node.Properties) {
			t.Errorf("strict schema wants every property required: %v of %d", node.Required, len(node.Properties))
		}
		for name, p := range node.Properties {
			if !strings.Contains(prompt, `"`+name+`"`) {
				t.Errorf("the prompt does not mention the field %q", name)
			}
			walk(p)
		}
		if node.Items != nil {
			walk(node.Items)
		}
	}
	walk(answerSchema)
	if !strings.Contains(string(answerSchema), `"evidence"`) || strings.Contains(string(answerSchema), `"$schema"`) {
		t.Errorf("schema = %s", answerSchema)
	}
}

// TestEveryListInTheSchemaIsCapped: every array of the schema has a
// maxItems, so a grammar built from it closes each list and the answer
// ends; the caps come from the answer types' tags, not a second copy.
func TestEveryListInTheSchemaIsCapped(t *testing.T) {
	lists := 0
	var walk func(path string, raw json.RawMessage)
	walk = func(path string, raw json.RawMessage) {
		var node struct {
			Type       string                     `json:"type"`
			MaxItems   *int                       `json:"maxItems"`
			Properties map[string]json.RawMessage `json:"properties"`
			Items      json.RawMessage            `json:"items"`
		}
		json.Unmarshal(raw, &node)
		if node.Type == "array" {
			lists++
			if node.MaxItems == nil || *node.MaxItems < 1 {
				t.Errorf("list %s has no maxItems", path)
			}
		}
		for name, p := range node.Properties {
			walk(path+"."+name, p)
		}
		if node.Items != nil {
			walk(path+"[]", node.Items)
		}
	}
	walk("answer", answerSchema)
	if lists != 11 {
		t.Errorf("found %d lists in the schema, want the answer types' 11", lists)
	}
}

// TestAFullListIsReported: a list with as many distinct items as its cap
// is named in the warnings (the passage may hold more); one item repeated
// up to the cap, a small model's loop, is not.
func TestAFullListIsReported(t *testing.T) {
	meeting := `{"evidence":"The ministers met in Valparaiso on Tuesday.","participants":["Lucia Campos","Andres Vidal"],"place":"Valparaiso","occasion":"","title":"Talks %d","when":"","whenText":""}`
	answerWith := func(titles ...int) string {
		var ms []string
		for _, n := range titles {
			ms = append(ms, fmt.Sprintf(meeting, n))
		}
		return `{"actors":[],"statements":[],"meetings":[` + strings.Join(ms, ",") + `],"interactions":[],"policyShifts":[],"otherEvents":[]}`
	}
	if got := fullLists(answerWith(1, 2, 3)); !slices.Equal(got, []string{"meetings (3)"}) {
		t.Errorf("three distinct meetings: full lists %q, want meetings (3)", got)
	}
	if got := fullLists(answerWith(1, 1, 1)); len(got) != 0 {
		t.Errorf("one meeting repeated: full lists %q, want none", got)
	}
	facts := harbourFactsFrom(t, answerWith(1, 2, 3))
	if !slices.ContainsFunc(facts.Warnings, func(w string) bool { return strings.Contains(w, "filled meetings (3)") }) {
		t.Errorf("warnings %q do not say the meetings list was full", facts.Warnings)
	}
}

func TestTooSmallContextIsRefused(t *testing.T) {
	_, err := New(Config{URL: "http://127.0.0.1:1", Model: "m", Context: 1024, MaxTokens: 1024})
	if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "context") {
		t.Fatalf("err = %v", err)
	}
}

// TestTimeoutMidStreamIsNotRetried: an answer that starts streaming and then
// stalls past the timeout is abandoned once, not asked again (found against
// llama.cpp's server, whose grammar-bound answers can take minutes).
func TestTimeoutMidStreamIsNotRetried(t *testing.T) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		startStream(w, `{`)
		<-r.Context().Done()
	}))
	e, _ := newTestExtractor(t, srv, Config{Timeout: 100 * time.Millisecond, MaxRetries: 3})
	_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EUnavailable || !strings.Contains(err.Error(), "no answer within 100ms") || hits.Load() != 1 {
		t.Fatalf("err = %v after %d requests; want one request, timed out", err, hits.Load())
	}
}
