package llm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// answer is the JSON the prompt asks for: domain.FactSet with dates as
// strings and an "evidence" sentence on each fact. Its tags are the one
// spelling of the answer's fields: the JSON Schema sent with the request,
// the shape the prompt shows and the decoder are all read off them
// (schema.go), and convert.go is the one place they become a FactSet.
//
// Every list has a maxItems: under a grammar (llama.cpp's server turns the
// schema into one) a small model otherwise repeats a list's last item until
// max_tokens runs out and never closes the JSON; with a cap the grammar
// closes the list and the answer ends. The caps are per passage, about
// what one passage of a news story reports and what fits max tokens (a fact
// runs to about 100 tokens with its evidence sentence); a list that reaches
// its cap with distinct items is reported in the facts' warnings, since the
// passage may hold more (fullLists).
type answer struct {
	Actors       []answerActor       `json:"actors" jsonschema:"maxItems=12"`
	Statements   []answerStatement   `json:"statements" jsonschema:"maxItems=6"`
	Meetings     []answerMeeting     `json:"meetings" jsonschema:"maxItems=3"`
	Interactions []answerInteraction `json:"interactions" jsonschema:"maxItems=4"`
	PolicyShifts []answerPolicyShift `json:"policyShifts" jsonschema:"maxItems=3"`
	OtherEvents  []answerOtherEvent  `json:"otherEvents" jsonschema:"maxItems=3"`
}

type answerActor struct {
	Name        text         `json:"name" jsonschema_description:"fullest name used in the article"`
	Kind        text         `json:"kind"`
	Aliases     texts        `json:"aliases" jsonschema_description:"other names or short forms used for the same actor" jsonschema:"maxItems=3"`
	Description text         `json:"description" jsonschema_description:"short description from the article"`
	Roles       []answerRole `json:"roles" jsonschema:"maxItems=2"`
}

type answerRole struct {
	Title text `json:"title" jsonschema_description:"office, e.g. Foreign Minister"`
	Of    text `json:"of" jsonschema_description:"actor name"`
	From  text `json:"from" jsonschema_description:"date"`
	To    text `json:"to" jsonschema_description:"date"`
}

// grounded is what every fact starts with: the sentence that says so. It
// comes first so that a model writing the fields in order copies the
// sentence before it reads the fact off it.
type grounded struct {
	Evidence text `json:"evidence" jsonschema_description:"the sentence of the article that reports it, copied verbatim"`
}

// dated is what every fact ends with: when it happened.
type dated struct {
	When     text `json:"when" jsonschema_description:"date"`
	WhenText text `json:"whenText" jsonschema_description:"the article's words for the date"`
}

type answerStatement struct {
	grounded
	Speaker    text  `json:"speaker" jsonschema_description:"actor name"`
	OnBehalfOf text  `json:"onBehalfOf" jsonschema_description:"principal's actor name when a spokesperson speaks for someone"`
	Quote      text  `json:"quote" jsonschema_description:"the exact words inside quotation marks, copied verbatim"`
	Paraphrase text  `json:"paraphrase" jsonschema_description:"reported speech in your words"`
	Target     text  `json:"target" jsonschema_description:"actor addressed"`
	About      texts `json:"about" jsonschema_description:"actor names the statement is about" jsonschema:"maxItems=4"`
	Venue      text  `json:"venue" jsonschema_description:"occasion or forum"`
	dated
}

type answerMeeting struct {
	grounded
	Participants texts `json:"participants" jsonschema_description:"actor names" jsonschema:"maxItems=6"`
	Place        text  `json:"place" jsonschema_description:"city or building"`
	Occasion     text  `json:"occasion" jsonschema_description:"e.g. a summit"`
	Title        text  `json:"title" jsonschema_description:"short title"`
	dated
}

type answerInteraction struct {
	grounded
	Source text `json:"source" jsonschema_description:"actor name"`
	Target text `json:"target" jsonschema_description:"actor name"`
	Kind   text `json:"kind"`
	Text   text `json:"text" jsonschema_description:"what happened, briefly"`
	dated
}

type answerPolicyShift struct {
	grounded
	Actor     text `json:"actor" jsonschema_description:"actor name"`
	Topic     text `json:"topic" jsonschema_description:"subject"`
	OnActor   text `json:"onActor" jsonschema_description:"actor name when the shift is towards an actor"`
	From      text `json:"from" jsonschema_description:"earlier position"`
	To        text `json:"to" jsonschema_description:"new position"`
	Direction text `json:"direction"`
	dated
}

type answerOtherEvent struct {
	grounded
	Type   text  `json:"type"`
	Actors texts `json:"actors" jsonschema_description:"actor names" jsonschema:"maxItems=6"`
	Title  text  `json:"title" jsonschema_description:"short title"`
	dated
}

// text is a string field that also accepts a number (models write 2024 for
// "2024") or null, trimmed of surrounding white space.
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	switch {
	case bytes.Equal(b, []byte("null")):
		*t = ""
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = text(strings.TrimSpace(s))
	default:
		if _, err := strconv.ParseFloat(string(b), 64); err != nil {
			return fmt.Errorf("want a string, got %s", clip(string(b), 40))
		}
		*t = text(b)
	}
	return nil
}

// texts is a list of strings that also accepts a single string or null.
type texts []string

func (ts *texts) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		var list []text
		if err := json.Unmarshal(b, &list); err != nil {
			return err
		}
		*ts = (*ts)[:0]
		for _, t := range list {
			if t != "" {
				*ts = append(*ts, string(t))
			}
		}
		return nil
	}
	var one text
	if err := json.Unmarshal(b, &one); err != nil {
		return fmt.Errorf("want a list of strings: %w", err)
	}
	*ts = nil
	if one != "" {
		*ts = texts{string(one)}
	}
	return nil
}

// The errors decodeAnswer wraps, so callers can tell the two failures apart.
var (
	ErrNotJSON   = errors.New("model answer is not JSON")
	ErrNotSchema = errors.New("model answer does not match the fact schema")
)

// decodeAnswer reads the model's answer: a JSON object, possibly inside a
// ```json fence or after a line of prose.
func decodeAnswer(content string) (answer, error) {
	raw := jsonObject(content)
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &top); err != nil {
		return answer{}, fmt.Errorf("%w (%v): %s", ErrNotJSON, err, clip(content, 200))
	}
	found := false
	for _, k := range answerKeys {
		if _, ok := top[k]; ok {
			found = true
		}
	}
	if !found {
		return answer{}, fmt.Errorf("%w: none of the keys %s in %s", ErrNotSchema, strings.Join(answerKeys, ", "), clip(raw, 200))
	}
	var ans answer
	if err := json.Unmarshal([]byte(raw), &ans); err != nil {
		return answer{}, fmt.Errorf("%w: %v", ErrNotSchema, err)
	}
	return ans, nil
}

// jsonObject strips what models put around JSON: a Markdown fence, or prose
// before the first "{" and after the last "}".
func jsonObject(content string) string {
	s := strings.TrimSpace(content)
	if strings.HasPrefix(s, "```") {
		s = strings.TrimPrefix(s, "```")
		if nl := strings.IndexByte(s, '\n'); nl >= 0 {
			s = s[nl+1:] // drop the info string ("json")
		}
		s = strings.TrimSuffix(strings.TrimSpace(s), "```")
		s = strings.TrimSpace(s)
	}
	if strings.HasPrefix(s, "{") {
		return s
	}
	first, last := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}')
	if first >= 0 && last > first {
		return s[first : last+1]
	}
	return s
}
