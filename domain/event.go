package domain

// EventType names the kinds of event on a timeline.
type EventType string

// The event types.
const (
	TypeMeeting     EventType = "MEETING"
	TypeStatement   EventType = "STATEMENT"
	TypeInteraction EventType = "INTERACTION"
	TypePolicyShift EventType = "POLICY_SHIFT"
	TypeElection    EventType = "ELECTION"
	TypeOther       EventType = "OTHER"
)

// EventTypes lists every event type in a fixed order.
var EventTypes = []EventType{TypeMeeting, TypeStatement, TypeInteraction, TypePolicyShift, TypeElection, TypeOther}

// Valid reports whether t is a known event type.
func (t EventType) Valid() bool {
	for _, v := range EventTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Event is what every timeline entry has, whatever its type. When is nil if
// the sources do not say, and of precision UNKNOWN (with the source's
// words) if they say it in words an undated article cannot place; such an
// event sorts at Reported, the publication day of its first source (the
// day of ingestion for an article without one).
type Event struct {
	ID       string     `json:"id"`
	Type     EventType  `json:"type"`
	When     *FuzzyDate `json:"when,omitempty"`
	Reported FuzzyDate  `json:"reported"`
	Title    string     `json:"title,omitempty"`
	Summary  string     `json:"summary,omitempty"`
	SortKey  string     `json:"-"`

	// The type-specific parts; which are set depends on Type.
	Participants []string `json:"participants,omitempty"` // actor ids, every type
	Place        string   `json:"place,omitempty"`        // place id (meetings)
	Occasion     string   `json:"occasion,omitempty"`     // meetings, statements

	Speaker    string   `json:"speaker,omitempty"`    // statements: actor id
	OnBehalfOf string   `json:"onBehalfOf,omitempty"` // statements: principal for a spokesperson
	Quote      string   `json:"quote,omitempty"`
	Paraphrase string   `json:"paraphrase,omitempty"`
	About      []string `json:"about,omitempty"` // actor ids the statement is about

	Source string          `json:"source,omitempty"` // interactions: actor ids
	Target string          `json:"target,omitempty"`
	Kind   InteractionKind `json:"kind,omitempty"`
	Code   string          `json:"code,omitempty"`  // CAMEO-style code
	Score  float64         `json:"score,omitempty"` // -10 (conflict) … +10 (cooperation)

	Actor      string `json:"actor,omitempty"` // policy shifts: who shifted
	Topic      string `json:"topic,omitempty"` // topic id
	FromStance string `json:"from,omitempty"`
	ToStance   string `json:"to,omitempty"`
	Direction  string `json:"direction,omitempty"`
}

// Source ties a fact to the article span that supports it.
type Source struct {
	ArticleID string `json:"articleId"`
	Evidence
}

// Evidence is where in an article a fact was read: the sentence, its
// character span (Unicode code points from the start of the article text),
// the extractor and its confidence in [0,1].
type Evidence struct {
	Sentence   string  `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Extractor  string  `json:"extractor"`
	Confidence float64 `json:"confidence"`
}
