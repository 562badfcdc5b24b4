package llm

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// checkEvidence asserts that ev is a sentence span of text by this extractor.
func checkEvidence(t *testing.T, what string, text string, ev domain.Evidence) {
	t.Helper()
	rs := []rune(text)
	if ev.Start < 0 || ev.End > len(rs) || ev.Start >= ev.End {
		t.Fatalf("%s: evidence span [%d,%d) outside the text (%d runes)", what, ev.Start, ev.End, len(rs))
	}
	if got := string(rs[ev.Start:ev.End]); got != ev.Sentence {
		t.Errorf("%s: evidence sentence %q is not text[%d:%d] = %q", what, ev.Sentence, ev.Start, ev.End, got)
	}
	if ev.Extractor != "llm/"+testModel {
		t.Errorf("%s: extractor %q", what, ev.Extractor)
	}
	if ev.Confidence <= 0 || ev.Confidence > 1 {
		t.Errorf("%s: confidence %v", what, ev.Confidence)
	}
}

func TestExtractConvertsAnswerToFactsWithEvidence(t *testing.T) {
	article := harbourArticle(t)
	facts := harbourFactsFrom(t, readTestdata(t, "harbour_answer.json"))
	if len(facts.Actors) != 5 || len(facts.Statements) != 2 || len(facts.Meetings) != 1 ||
		len(facts.Interactions) != 2 || len(facts.PolicyShifts) != 1 || len(facts.OtherEvents) != 0 {
		t.Fatalf("counts: %d actors, %d statements, %d meetings, %d interactions, %d shifts, %d other; warnings %q",
			len(facts.Actors), len(facts.Statements), len(facts.Meetings), len(facts.Interactions),
			len(facts.PolicyShifts), len(facts.OtherEvents), facts.Warnings)
	}
	if len(facts.Warnings) != 0 {
		t.Errorf("warnings: %q", facts.Warnings)
	}

	quoted := facts.Statements[0]
	// The article's curly quotes and double space are kept, not the model's copy.
	if quoted.Quote != "We will not sign an agreement that empties our  waters" {
		t.Errorf("quote = %q", quoted.Quote)
	}
	if !strings.HasPrefix(quoted.Evidence.Sentence, "“We will not sign") || !strings.HasSuffix(quoted.Evidence.Sentence, "after the talks.") {
		t.Errorf("quote sentence = %q", quoted.Evidence.Sentence)
	}
	if quoted.Evidence.Confidence != confidenceLocated || quoted.Speaker != "Anika Morrow" {
		t.Errorf("quoted statement = %+v", quoted)
	}
	if quoted.When == nil || *quoted.When != domain.Day(2025, 5, 13).WithText("on Tuesday") {
		t.Errorf("statement date = %+v", quoted.When)
	}
	paraphrase := facts.Statements[1]
	if paraphrase.Speaker != "Anika Morrow" || paraphrase.Evidence.Sentence != "She said her government was still open to a phased quota." {
		t.Errorf("paraphrase statement = %+v", paraphrase)
	}

	meeting := facts.Meetings[0]
	if !strings.HasPrefix(meeting.Evidence.Sentence, "Veltrana's Fisheries Minister") || meeting.Place != "Port Ellis" {
		t.Errorf("meeting = %+v", meeting)
	}
	praise := facts.Interactions[1]
	if praise.Kind != domain.InteractPraise || praise.Code != domain.InteractionScale[domain.InteractPraise].Code || praise.Score == nil {
		t.Errorf("praise interaction = %+v", praise)
	}
	shift := facts.PolicyShifts[0]
	if shift.Direction != "HARDENED" || shift.OnActor != "Corvin" || shift.When == nil || shift.When.Precision != domain.PrecisionYear {
		t.Errorf("policy shift = %+v", shift)
	}
	if roles := facts.Actors[0].Roles; len(roles) != 1 || roles[0].Of != "Veltrana" {
		t.Errorf("roles of %s = %+v", facts.Actors[0].Name, roles)
	}
	if facts.Actors[1].Kind != domain.KindPerson {
		t.Errorf("lower-case kind not read: %+v", facts.Actors[1])
	}

	checkEvidence(t, "quote", article.Text, quoted.Evidence)
	checkEvidence(t, "paraphrase", article.Text, paraphrase.Evidence)
	checkEvidence(t, "meeting", article.Text, meeting.Evidence)
	for _, x := range facts.Interactions {
		checkEvidence(t, "interaction", article.Text, x.Evidence)
	}
	checkEvidence(t, "shift", article.Text, shift.Evidence)
	for _, a := range facts.Actors {
		if len(a.Evidence) != 1 {
			t.Errorf("actor %q evidence = %+v", a.Name, a.Evidence)
			continue
		}
		checkEvidence(t, "actor "+a.Name, article.Text, a.Evidence[0])
	}
}

func TestExtractDropsQuoteNotInArticle(t *testing.T) {
	answer := `{"actors":[{"name":"Tomas Reyes","kind":"PERSON","aliases":["Reyes"]}],
		"statements":[
			{"speaker":"Tomas Reyes","quote":"Corvin will never surrender the northern channel"},
			{"speaker":"Tomas Reyes","quote":"reopen the northern channel","paraphrase":"made up: not in quotes but in the text"}
		]}`
	facts := harbourFactsFrom(t, answer)
	if len(facts.Statements) != 1 || facts.Statements[0].Quote != "reopen the northern channel" {
		t.Fatalf("statements = %+v", facts.Statements)
	}
	if len(facts.Warnings) != 1 || !strings.Contains(facts.Warnings[0], "quote not found") ||
		!strings.Contains(facts.Warnings[0], "never surrender") {
		t.Errorf("warnings = %q", facts.Warnings)
	}
}

func TestExtractReadsFencedJSON(t *testing.T) {
	fenced := "Here are the facts:\n```json\n" +
		`{"actors":[{"name":"Veltrana","kind":"COUNTRY"}],"statements":[]}` + "\n```\n"
	facts := harbourFactsFrom(t, fenced)
	if len(facts.Actors) != 1 || facts.Actors[0].Name != "Veltrana" {
		t.Errorf("actors = %+v", facts.Actors)
	}
}

func TestExtractNamesBadAnswers(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    error
	}{
		{"prose", "I could not find any facts in this article.", ErrNotJSON},
		{"truncated", `{"actors":[{"name":"Veltrana"`, ErrNotJSON},
		{"wrong type", `{"actors":"Veltrana"}`, ErrNotSchema},
		{"other keys", `{"people":["Veltrana"]}`, ErrNotSchema},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newEndpoint(t, answering(t, tt.content))
			e, _ := newTestExtractor(t, srv, Config{})
			_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			// A bad answer is not cached: the next call asks again.
			e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
			if got := e.Stats().Requests; got != 2 {
				t.Errorf("requests = %d, want 2", got)
			}
		})
	}
}

func TestExtractRejectsEnvelopeThatIsNotAChatCompletion(t *testing.T) {
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html>proxy login</html>")
	}))
	e, _ := newTestExtractor(t, srv, Config{})
	_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if err == nil || !strings.Contains(err.Error(), "not a chat completion") {
		t.Fatalf("err = %v", err)
	}
}

func TestRequestCarriesModelMessagesAndKey(t *testing.T) {
	var got struct {
		path, auth string
		body       chatRequest
	}
	var calls atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		got.path, got.auth = r.URL.Path, r.Header.Get("Authorization")
		if err := json.NewDecoder(r.Body).Decode(&got.body); err != nil {
			t.Errorf("decode request: %v", err)
		}
		w.Write(chatBody(t, emptyAnswer))
	}))
	e, _ := newTestExtractor(t, srv, Config{Model: "tiny-7b", APIKey: "sk-test-123"})
	article := harbourArticle(t)
	if _, err := e.Extract(context.Background(), article, extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 1 {
		t.Fatalf("calls = %d", calls.Load())
	}
	if got.path != "/v1/chat/completions" || got.auth != "Bearer sk-test-123" {
		t.Errorf("path %q, Authorization %q", got.path, got.auth)
	}
	b := got.body
	if b.Model != "tiny-7b" || b.ResponseFormat.Type != "json_schema" || b.ResponseFormat.JSONSchema == nil ||
		!b.ResponseFormat.JSONSchema.Strict || b.MaxTokens != DefaultMaxTokens || !b.Stream || len(b.Messages) != 1 {
		t.Fatalf("request = %+v", b)
	}
	// One user message carries the instructions and the article, so that a
	// chat template that drops system messages cannot lose them.
	user := b.Messages[0]
	if user.Role != "user" || !strings.Contains(user.Content, "published on 2025-05-15 (a Thursday)") ||
		!strings.Contains(user.Content, `"policyShifts"`) || !strings.Contains(user.Content, "THREATEN") ||
		!strings.HasSuffix(user.Content, "The article:\n\n"+article.Text) {
		t.Errorf("user message = %q", user.Content)
	}
	if e.Name() != "llm/tiny-7b" {
		t.Errorf("Name() = %q", e.Name())
	}
}

func TestNoAuthorizationWithoutKey(t *testing.T) {
	var auth atomic.Value
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth.Store(r.Header.Get("Authorization"))
		w.Write(chatBody(t, emptyAnswer))
	}))
	e, _ := newTestExtractor(t, srv, Config{})
	if _, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if a := auth.Load().(string); a != "" {
		t.Errorf("Authorization = %q", a)
	}
}

func TestExtractRejectsEmptyArticle(t *testing.T) {
	srv := newEndpoint(t, answering(t, emptyAnswer))
	e, _ := newTestExtractor(t, srv, Config{})
	_, err := e.Extract(context.Background(), domain.Article{Text: "  \n"}, extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EInvalid || e.Stats().Requests != 0 {
		t.Fatalf("err = %v, requests %d", err, e.Stats().Requests)
	}
}

func TestNewValidatesConfig(t *testing.T) {
	tests := []struct {
		cfg   Config
		field string
	}{
		{Config{Model: "m"}, "llm.url"},
		{Config{URL: "http://127.0.0.1:1"}, "llm.model"},
		{Config{URL: "127.0.0.1:11434", Model: "m"}, "llm.url"},
		{Config{URL: "ftp://host/v1", Model: "m"}, "llm.url"},
	}
	for _, tt := range tests {
		_, err := New(tt.cfg)
		var de *domain.Error
		if !errors.As(err, &de) || de.Code != domain.EInvalid || de.Field != tt.field {
			t.Errorf("New(%+v) = %v, want BAD_USER_INPUT on %s", tt.cfg, err, tt.field)
		}
	}
	e, err := New(Config{URL: "http://127.0.0.1:1", Model: " m "})
	if err != nil {
		t.Fatal(err)
	}
	if e.cfg.Concurrency != DefaultConcurrency || e.cfg.MaxRetries != DefaultMaxRetries || e.cfg.Timeout != DefaultTimeout || e.Name() != "llm/m" {
		t.Errorf("defaults not applied: %+v", e.cfg)
	}
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv(EnvURL, "http://127.0.0.1:11434/v1")
	t.Setenv(EnvModel, "local-model")
	t.Setenv(EnvAPIKey, "")
	t.Setenv(EnvTimeout, "90s")
	t.Setenv(EnvMaxTokens, "512")
	t.Setenv(EnvContext, "8192")
	cfg, err := ConfigFromEnv()
	if err != nil || cfg.URL != "http://127.0.0.1:11434/v1" || cfg.Model != "local-model" || cfg.APIKey != "" ||
		cfg.Timeout != 90*time.Second || cfg.MaxTokens != 512 || cfg.Context != 8192 {
		t.Errorf("ConfigFromEnv() = %+v, %v", cfg, err)
	}
	t.Setenv(EnvContext, "lots")
	if _, err := ConfigFromEnv(); domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), EnvContext) {
		t.Errorf("a context that does not parse: %v", err)
	}
}

func TestEndpoint(t *testing.T) {
	tests := map[string]string{
		"http://127.0.0.1:11434":                             "http://127.0.0.1:11434/v1/chat/completions",
		"http://127.0.0.1:11434/":                            "http://127.0.0.1:11434/v1/chat/completions",
		"http://127.0.0.1:11434/v1":                          "http://127.0.0.1:11434/v1/chat/completions",
		"http://127.0.0.1:8000/v1/":                          "http://127.0.0.1:8000/v1/chat/completions",
		"https://api.example/api/v1":                         "https://api.example/api/v1/chat/completions",
		"https://api.example/v1/chat/completions":            "https://api.example/v1/chat/completions",
		"https://api.example/v1beta/openai?key=1":            "https://api.example/v1beta/openai/chat/completions?key=1",
		" http://localhost:8080/proxy/v1/chat/completions/ ": "http://localhost:8080/proxy/v1/chat/completions",
	}
	for in, want := range tests {
		got, err := Endpoint(in)
		if err != nil || got != want {
			t.Errorf("Endpoint(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
