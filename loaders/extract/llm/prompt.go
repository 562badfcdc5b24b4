package llm

import (
	"fmt"

	"github.com/eventgraph/eventgraph/domain"
)

// promptVersion is part of the cache key: change it whenever the prompt or
// the answer schema changes, so old answers are not reused.
const promptVersion = "facts-v4"

// schemaPrompt asks for the answer; the first %s is answerShape, the
// answer type as the model should write it (dates are plain strings there;
// convert turns them into domain.FuzzyDate).
const schemaPrompt = `You extract facts from one news article for an event timeline.
Answer with one JSON object and nothing else (no prose, no Markdown), of this shape:

%s

Rules:
- Use only what the article says. Do not add facts from your own knowledge.
- Every actor named in a fact must appear in "actors", by the same name or one of its aliases.
- A country acting through its government is a COUNTRY actor.
- "quote" is copied character for character from the article; leave it empty for reported speech.
- "evidence" is copied character for character from the article.
- A date is "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the article allows and no more.
  %s
  Leave "when" empty when the article gives no date for the fact.
- Use empty lists for kinds of fact the article does not contain.`

// buildMessages returns one user message: the instructions (schema, rules,
// publication date) and then the passage. The instructions are not a system
// message because some chat templates drop those (Gemma's, as llama.cpp
// applies it), and then the model never sees them.
func buildMessages(a domain.Article, p passage) []message {
	return []message{{Role: "user", Content: instructions(&a, p.start, p.end) + p.text}}
}

// instructions is the text before the passage. a is nil for the estimate of
// its length; start and end say where the passage lies in the article.
func instructions(a *domain.Article, start, end int) string {
	dateRule := "The publication date is unknown: give only dates the article states outright."
	if a != nil && !a.PublishedAt.IsZero() {
		p := a.PublishedAt.UTC()
		dateRule = fmt.Sprintf("The article was published on %s (a %s). Resolve relative dates (\"on Tuesday\", \"last month\", \"early this year\") against it.",
			p.Format("2006-01-02"), p.Weekday())
	}
	what := "The article:"
	if a != nil && (start > 0 || end < len([]rune(a.Text))) {
		what = "A part of the article (it may begin or end mid-story; extract what this part says):"
	}
	return fmt.Sprintf(schemaPrompt, answerShape, dateRule) + "\n\n" + what + "\n\n"
}
