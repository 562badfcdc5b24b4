package score

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/eventgraph/eventgraph/domain"
)

// Expected is an expected-facts file: what a careful human reader gets
// from one article. Dates are strings (YYYY, YYYY-MM, YYYY-MM-DD); a nil
// date means the article does not say and is not checked. Entries marked
// Optional count neither for nor against an extractor.
type Expected struct {
	Article      string                `json:"article"`
	PublishedAt  string                `json:"published_at"`
	Actors       []ExpectedActor       `json:"actors"`
	NotActors    []string              `json:"not_actors"`
	Statements   []ExpectedStatement   `json:"statements"`
	Paraphrases  []ExpectedParaphrase  `json:"paraphrases"`
	Meetings     []ExpectedMeeting     `json:"meetings"`
	Interactions []ExpectedInteraction `json:"interactions"`
	PolicyShifts []ExpectedPolicyShift `json:"policy_shifts"`
	OtherEvents  []ExpectedOtherEvent  `json:"other_events"`
	Stances      []ExpectedStance      `json:"stances"`
}

// ExpectedActor is an actor with every surface form the article uses.
type ExpectedActor struct {
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Aliases  []string       `json:"aliases"`
	Roles    []ExpectedRole `json:"roles,omitempty"`
	Optional bool           `json:"optional,omitempty"`
}

// ExpectedRole is an office an actor holds ("Foreign Minister" of "Russia").
type ExpectedRole struct {
	Title string `json:"title"`
	Of    string `json:"of"`
}

// ExpectedStatement is a direct quote and who said it.
type ExpectedStatement struct {
	Speaker    string  `json:"speaker"`
	OnBehalfOf string  `json:"on_behalf_of,omitempty"`
	Date       *string `json:"date,omitempty"`
	Venue      string  `json:"venue,omitempty"`
	Quote      string  `json:"quote"`
	Note       string  `json:"note,omitempty"`
	Optional   bool    `json:"optional,omitempty"`
}

// ExpectedParaphrase is reported speech: who said what, in the article's words.
type ExpectedParaphrase struct {
	Speaker  string  `json:"speaker"`
	Target   string  `json:"target,omitempty"`
	Date     *string `json:"date,omitempty"`
	Text     string  `json:"text"`
	Note     string  `json:"note,omitempty"`
	Optional bool    `json:"optional,omitempty"`
}

// ExpectedMeeting is a meeting and its participants.
type ExpectedMeeting struct {
	Participants []string `json:"participants"`
	Date         *string  `json:"date"`
	DateNote     string   `json:"date_note,omitempty"`
	Where        string   `json:"where,omitempty"`
	Occasion     string   `json:"occasion,omitempty"`
	Text         string   `json:"text,omitempty"`
	Optional     bool     `json:"optional,omitempty"`
}

// ExpectedInteraction is a dyadic event: Source did Kind to Target.
type ExpectedInteraction struct {
	Source   string  `json:"source"`
	Target   string  `json:"target"`
	Kind     string  `json:"kind"`
	Date     *string `json:"date,omitempty"`
	Text     string  `json:"text,omitempty"`
	Note     string  `json:"note,omitempty"`
	Optional bool    `json:"optional,omitempty"`
}

// ExpectedPolicyShift is an actor changing position; Text is the words
// that say so.
type ExpectedPolicyShift struct {
	Actor    string  `json:"actor"`
	Topic    string  `json:"topic"`
	Date     *string `json:"date,omitempty"`
	DateNote string  `json:"date_note,omitempty"`
	From     *string `json:"from,omitempty"`
	To       *string `json:"to,omitempty"`
	Text     string  `json:"text"`
	Optional bool    `json:"optional,omitempty"`
}

// ExpectedOtherEvent is another dated event (an election, a vote). Its
// actor may be written as one name or, for an event several carried out
// together ("Ghana, Mozambique and Malawi repatriated …"), as a list.
type ExpectedOtherEvent struct {
	Kind     string     `json:"kind"`
	Actor    ActorNames `json:"actor,omitempty"`
	Date     *string    `json:"date,omitempty"`
	Text     string     `json:"text,omitempty"`
	Optional bool       `json:"optional,omitempty"`
}

// ActorNames are the actors of a gold entry whose key the annotators
// write either as one name ("Nigeria") or as a list (["Ghana", "Malawi"]);
// both read as a list, an empty name as none.
type ActorNames []string

// UnmarshalJSON reads a name, a list of names or null.
func (n *ActorNames) UnmarshalJSON(b []byte) error {
	var one *string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = nil
		if one != nil && *one != "" {
			*n = ActorNames{*one}
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("actor: want a name or a list of names: %w", err)
	}
	*n = nil
	for _, a := range many {
		if a != "" {
			*n = append(*n, a)
		}
	}
	return nil
}

// ExpectedStance is a standing position (not a change). FactSet has no
// stance facts yet, so stances are parsed and validated but not scored.
type ExpectedStance struct {
	Actor    string `json:"actor"`
	Topic    string `json:"topic"`
	Position string `json:"position"`
	Text     string `json:"text,omitempty"`
	Optional bool   `json:"optional,omitempty"`
}

// LoadExpected reads an expected-facts file. Unknown fields are allowed
// (files carry notes for human readers); use Validate to check that the
// content hangs together.
func LoadExpected(path string) (Expected, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Expected{}, fmt.Errorf("load expected facts: %w", err)
	}
	var exp Expected
	if err := json.Unmarshal(b, &exp); err != nil {
		return Expected{}, fmt.Errorf("load expected facts %s: %w", path, err)
	}
	return exp, nil
}

// Validate checks an expected file for mistakes a scorer would silently
// turn into misses: every actor it refers to is listed in Actors, every
// date parses, kinds are known and no required text is empty. It returns
// all problems joined.
func (e Expected) Validate() error {
	v := validator{known: map[string]bool{}}
	for i, a := range e.Actors {
		if a.Name == "" || !domain.ActorKind(a.Kind).Valid() {
			v.fail("actors[%d] %q: empty name or unknown kind %q", i, a.Name, a.Kind)
		}
		v.known[a.Name] = true
	}
	each("statements", e.Statements, func(w string, s ExpectedStatement) { v.said(w, s.Speaker, s.OnBehalfOf, s.Date, s.Quote) })
	each("paraphrases", e.Paraphrases, func(w string, p ExpectedParaphrase) { v.said(w, p.Speaker, p.Target, p.Date, p.Text) })
	each("meetings", e.Meetings, func(w string, m ExpectedMeeting) {
		if len(m.Participants) < 2 {
			v.fail("%s: fewer than two participants", w)
		}
		for _, p := range m.Participants {
			v.actor(w, p, true)
		}
		v.date(w, m.Date)
	})
	each("interactions", e.Interactions, func(w string, in ExpectedInteraction) {
		v.actor(w, in.Source, true)
		v.actor(w, in.Target, true)
		v.date(w, in.Date)
		if !domain.InteractionKind(in.Kind).Valid() {
			v.fail("%s: unknown interaction kind %q", w, in.Kind)
		}
	})
	each("policy_shifts", e.PolicyShifts, func(w string, p ExpectedPolicyShift) { v.said(w, p.Actor, "", p.Date, p.Text) })
	each("other_events", e.OtherEvents, func(w string, o ExpectedOtherEvent) {
		for _, a := range o.Actor {
			v.actor(w, a, false)
		}
		v.date(w, o.Date)
		if t := domain.EventType(o.Kind); !t.Valid() {
			v.fail("%s: unknown event kind %q", w, o.Kind)
		}
	})
	each("stances", e.Stances, func(w string, s ExpectedStance) { v.actor(w, s.Actor, true) })
	return errors.Join(v.errs...)
}

// each checks every entry of the list named list by check, which names
// the entry by where, "list[i]", in what it finds.
func each[T any](list string, entries []T, check func(where string, entry T)) {
	for i, x := range entries {
		check(fmt.Sprintf("%s[%d]", list, i), x)
	}
}

// validator collects Validate's problems.
type validator struct {
	known map[string]bool
	errs  []error
}

func (v *validator) fail(format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf(format, args...))
}

// actor checks that name is a listed actor's canonical name.
func (v *validator) actor(where, name string, required bool) {
	switch {
	case name == "" && required:
		v.fail("%s: actor missing", where)
	case name != "" && !v.known[name]:
		v.fail("%s: %q is not a listed actor", where, name)
	}
}

func (v *validator) date(where string, d *string) {
	if d == nil {
		return
	}
	if _, err := domain.ParseFuzzyDate(*d); err != nil || len(*d) > len("2006-01-02") {
		v.fail("%s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, *d)
	}
}

// said checks what a statement, a paraphrase and a policy shift share:
// who (a listed actor), another actor if any, a date if any, and their
// words.
func (v *validator) said(where, who, other string, date *string, text string) {
	v.actor(where, who, true)
	v.actor(where, other, false)
	v.date(where, date)
	v.text(where, text)
}

func (v *validator) text(where, s string) {
	if s == "" {
		v.fail("%s: empty text", where)
	}
}
