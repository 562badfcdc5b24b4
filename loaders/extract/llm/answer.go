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
// strings and an "evidence" sentence on each fact.
type answer struct {
	Actors       []answerActor       `json:"actors"`
	Statements   []answerStatement   `json:"statements"`
	Meetings     []answerMeeting     `json:"meetings"`
	Interactions []answerInteraction `json:"interactions"`
	PolicyShifts []answerPolicyShift `json:"policyShifts"`
	OtherEvents  []answerOtherEvent  `json:"otherEvents"`
}

type answerActor struct {
	Name        text         `json:"name"`
	Kind        text         `json:"kind"`
	Aliases     texts        `json:"aliases"`
	Description text         `json:"description"`
	Roles       []answerRole `json:"roles"`
}

type answerRole struct {
	Title text `json:"title"`
	Of    text `json:"of"`
	From  text `json:"from"`
	To    text `json:"to"`
}

// grounded is what every fact starts with: the sentence that says so. It
// comes first so that a model writing the fields in order copies the
// sentence before it reads the fact off it.
type grounded struct {
	Evidence text `json:"evidence"`
}

// dated is what every fact ends with: when it happened.
type dated struct {
	When     text `json:"when"`
	WhenText text `json:"whenText"`
}

type answerStatement struct {
	grounded
	Speaker    text  `json:"speaker"`
	OnBehalfOf text  `json:"onBehalfOf"`
	Quote      text  `json:"quote"`
	Paraphrase text  `json:"paraphrase"`
	Target     text  `json:"target"`
	About      texts `json:"about"`
	Venue      text  `json:"venue"`
	dated
}

type answerMeeting struct {
	grounded
	Participants texts `json:"participants"`
	Place        text  `json:"place"`
	Occasion     text  `json:"occasion"`
	Title        text  `json:"title"`
	dated
}

type answerInteraction struct {
	grounded
	Source text `json:"source"`
	Target text `json:"target"`
	Kind   text `json:"kind"`
	Text   text `json:"text"`
	dated
}

type answerPolicyShift struct {
	grounded
	Actor     text `json:"actor"`
	Topic     text `json:"topic"`
	OnActor   text `json:"onActor"`
	From      text `json:"from"`
	To        text `json:"to"`
	Direction text `json:"direction"`
	dated
}

type answerOtherEvent struct {
	grounded
	Type   text  `json:"type"`
	Actors texts `json:"actors"`
	Title  text  `json:"title"`
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

// answerKeys are the top-level keys of the schema; an answer with none of
// them is not an answer to our question.
var answerKeys = []string{"actors", "statements", "meetings", "interactions", "policyShifts", "otherEvents"}

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
