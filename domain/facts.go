package domain

// FactSet is what is known from one source, before it is in the graph: the
// output of an extractor, the body of `eventgraph import` and of the
// record* mutations, and the input of the store's one-transaction write.
//
// Facts name actors by Ref: the Name (or an alias) of an entry in Actors,
// or the id of an actor already in the graph. Resolution (loaders/resolve)
// turns every Ref into an actor id before the store sees the set.
type FactSet struct {
	Article      *Article          `json:"article,omitempty"`
	Actors       []ActorFact       `json:"actors"`
	Statements   []StatementFact   `json:"statements"`
	Meetings     []MeetingFact     `json:"meetings"`
	Interactions []InteractionFact `json:"interactions"`
	PolicyShifts []PolicyShiftFact `json:"policyShifts"`
	OtherEvents  []OtherEventFact  `json:"otherEvents"`
	Warnings     []string          `json:"warnings,omitempty"`
}

// ActorFact is an actor as a source presents it: its fullest name, the
// other forms used for it, what it is and the roles the source gives it.
type ActorFact struct {
	ID      string    `json:"id,omitempty"` // set by resolution
	Name    string    `json:"name"`
	Kind    ActorKind `json:"kind"`
	Aliases []string  `json:"aliases,omitempty"`
	// Canonical is the name a gazetteer knows the actor by when the
	// source writes another ("United Kingdom" of an article that says
	// only "Britain"); it is also among Aliases. Resolution names a new
	// actor by it, so the graph shows one name whichever article came
	// first.
	Canonical   string     `json:"canonical,omitempty"`
	Description string     `json:"description,omitempty"`
	Roles       []Role     `json:"roles,omitempty"` // Role.Of is a Ref
	Evidence    []Evidence `json:"evidence,omitempty"`
}

// StatementFact is something an actor said: a direct Quote, a Paraphrase of
// reported speech, or both. OnBehalfOf is the principal when a spokesperson
// speaks for someone.
type StatementFact struct {
	Speaker    string     `json:"speaker"`
	OnBehalfOf string     `json:"onBehalfOf,omitempty"`
	Quote      string     `json:"quote,omitempty"`
	Paraphrase string     `json:"paraphrase,omitempty"`
	Target     string     `json:"target,omitempty"` // addressee, a Ref
	About      []string   `json:"about,omitempty"`  // Refs
	Venue      string     `json:"venue,omitempty"`  // occasion or forum
	When       *FuzzyDate `json:"when,omitempty"`
	Evidence   Evidence   `json:"evidence"`
}

// MeetingFact is a meeting between two or more actors.
type MeetingFact struct {
	Participants []string   `json:"participants"` // Refs
	Place        string     `json:"place,omitempty"`
	Occasion     string     `json:"occasion,omitempty"`
	Title        string     `json:"title,omitempty"`
	When         *FuzzyDate `json:"when,omitempty"`
	Evidence     Evidence   `json:"evidence"`
}

// InteractionFact is a dyadic event: Source did Kind to Target. Code and
// Score default from InteractionScale.
type InteractionFact struct {
	Source   string          `json:"source"`
	Target   string          `json:"target"`
	Kind     InteractionKind `json:"kind"`
	Code     string          `json:"code,omitempty"`
	Score    *float64        `json:"score,omitempty"`
	Text     string          `json:"text,omitempty"`
	When     *FuzzyDate      `json:"when,omitempty"`
	Evidence Evidence        `json:"evidence"`
}

// PolicyShiftFact is an actor changing its position on a topic (or on
// another actor, named by OnActor).
type PolicyShiftFact struct {
	Actor     string     `json:"actor"`
	Topic     string     `json:"topic"`
	OnActor   string     `json:"onActor,omitempty"`
	From      string     `json:"from,omitempty"`
	To        string     `json:"to,omitempty"`
	Direction string     `json:"direction,omitempty"` // e.g. HARDENED, SOFTENED, REVERSED
	When      *FuzzyDate `json:"when,omitempty"`
	Evidence  Evidence   `json:"evidence"`
}

// OtherEventFact is any other dated event: an election, a summit, a vote.
type OtherEventFact struct {
	Type     EventType  `json:"type"` // ELECTION or OTHER
	Actors   []string   `json:"actors,omitempty"`
	Title    string     `json:"title"`
	When     *FuzzyDate `json:"when,omitempty"`
	Evidence Evidence   `json:"evidence"`
}

// SetMissingDates gives every fact of fs that has no date its own copy of
// d: what an article without a publication date does to the facts its
// extraction could not date (loaders), so the graph says their date is
// unknown rather than imply the day they were ingested.
func (fs *FactSet) SetMissingDates(d FuzzyDate) {
	set := func(w **FuzzyDate) {
		if *w == nil {
			c := d
			*w = &c
		}
	}
	for i := range fs.Statements {
		set(&fs.Statements[i].When)
	}
	for i := range fs.Meetings {
		set(&fs.Meetings[i].When)
	}
	for i := range fs.Interactions {
		set(&fs.Interactions[i].When)
	}
	for i := range fs.PolicyShifts {
		set(&fs.PolicyShifts[i].When)
	}
	for i := range fs.OtherEvents {
		set(&fs.OtherEvents[i].When)
	}
}
