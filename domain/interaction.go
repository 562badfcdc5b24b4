package domain

// InteractionKind is what one actor did to another, after CAMEO's top-level
// categories, reduced to what news sentences say.
type InteractionKind string

// The interaction kinds.
const (
	InteractAppeal    InteractionKind = "APPEAL"
	InteractPraise    InteractionKind = "PRAISE"
	InteractCriticize InteractionKind = "CRITICIZE"
	InteractAccuse    InteractionKind = "ACCUSE"
	InteractWarn      InteractionKind = "WARN"
	InteractThreaten  InteractionKind = "THREATEN"
	InteractMeet      InteractionKind = "MEET"
	InteractConsult   InteractionKind = "CONSULT"
	InteractSupport   InteractionKind = "SUPPORT"
	InteractAgree     InteractionKind = "AGREE"
	InteractReject    InteractionKind = "REJECT"
	InteractSanction  InteractionKind = "SANCTION"
	InteractAttack    InteractionKind = "ATTACK"
)

// InteractionScale gives each kind its CAMEO root code and a Goldstein-style
// score from -10 (most hostile) to +10 (most cooperative), so dyad trends
// can be summed and charted.
var InteractionScale = map[InteractionKind]struct {
	Code  string
	Score float64
}{
	InteractAppeal:    {"02", 3.0},
	InteractPraise:    {"051", 3.5},
	InteractCriticize: {"111", -2.0},
	InteractAccuse:    {"112", -2.0},
	InteractWarn:      {"1125", -3.0},
	InteractThreaten:  {"13", -4.4},
	InteractMeet:      {"036", 4.0},
	InteractConsult:   {"04", 1.0},
	InteractSupport:   {"05", 3.5},
	InteractAgree:     {"057", 8.0},
	InteractReject:    {"12", -4.0},
	InteractSanction:  {"163", -8.0},
	InteractAttack:    {"19", -10.0},
}

// Valid reports whether k is a known interaction kind.
func (k InteractionKind) Valid() bool {
	_, ok := InteractionScale[k]
	return ok
}
