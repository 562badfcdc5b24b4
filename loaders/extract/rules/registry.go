package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// actorRec is one actor of the article as the mentions build it up.
type actorRec struct {
	name    string
	kind    domain.ActorKind
	class   string // persons: title class ("leader"); organisations: class noun
	country string // persons: the country they serve, when known
	titles  []string
	roles   []domain.Role
	// bodies are the organisations a person's titles name, descriptive
	// ones too ("Tory leader X" leads the Conservatives but holds no Role).
	bodies  []string
	aliases []string
	place   bool
	// factsOnly: listed only when a fact names it (mention.factsOnly).
	factsOnly bool
	used      bool // mentioned in the story (not only known)
	gender    byte // persons: genderMale, genderFemale or genderUnknown
	firstTok  int
}

// registry holds the article's actors, keyed by normalised name.
type registry struct {
	recs   []*actorRec
	byNorm map[string]int
	known  map[string]lexEntry // the gazetteer's names and aliases
	// knownMaxLen is the longest gazetteer key in tokens.
	knownMaxLen int
	publisher   string
	// publisherShort is the short form a publisher's name gives in
	// brackets ("Deutsche Welle (DW)" → "dw").
	publisherShort string
	// redirect sends a country's name to the one the story means by it
	// (actor_eras.go): normalised name → name.
	redirect map[string]string
}

func newRegistry(known []domain.Actor, publisher string) *registry {
	r := &registry{byNorm: map[string]int{}, known: map[string]lexEntry{}}
	r.publisher = strings.TrimPrefix(domain.NormalizeName(publisher), "the ")
	if i := strings.LastIndexByte(publisher, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(publisher), ")") {
		if short := strings.TrimSuffix(strings.TrimSpace(publisher[i+1:]), ")"); isAcronym(short) {
			// "Deutsche Welle (DW)"; "Daily News (Tanzania)" names a place
			r.publisherShort = domain.NormalizeName(short)
			r.publisher = strings.TrimPrefix(domain.NormalizeName(publisher[:i]), "the ")
		}
	}
	for _, a := range known {
		e := lexEntry{name: a.Name, kind: a.Kind}
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			if s == "" {
				continue
			}
			k := tokenKey(s)
			r.known[k] = e
			if n := strings.Count(k, " ") + 1; n > r.knownMaxLen {
				r.knownMaxLen = n
			}
		}
	}
	return r
}

// canonical returns the gazetteer's entry for a name the rules read, so
// that a person or organisation the graph knows keeps its known name and
// kind ("Okafor" alone → "Grace Okafor").
func (r *registry) canonical(name string) (lexEntry, bool) {
	if len(r.known) == 0 {
		return lexEntry{}, false
	}
	e, ok := r.known[tokenKey(name)]
	return e, ok
}

// isPublisher reports whether a name is the article's own outlet.
func (r *registry) isPublisher(name string) bool {
	n := strings.TrimPrefix(domain.NormalizeName(name), "the ")
	if r.publisherShort != "" && n == r.publisherShort {
		return true // "DW" of "Deutsche Welle (DW)"
	}
	// "Free Beacon" of "the Washington Free Beacon": a place name split
	// off the front of the outlet's name leaves its last words.
	return r.publisher != "" && n != "" && (n == r.publisher || strings.Count(n, " ") > 0 && strings.HasSuffix(r.publisher, " "+n))
}

// publisherProduct reports whether a name opens with the publisher's own
// ("X Playbook", "X Radio" in X's story): the outlet's programme,
// newsletter or desk, no actor. A publisher named by one common English
// word ("the Independent") may open a body's name, so is left alone.
func (r *registry) publisherProduct(name string) bool {
	n := strings.TrimPrefix(domain.NormalizeName(name), "the ")
	for _, p := range []string{r.publisher, r.publisherShort} {
		if p == "" || !strings.HasPrefix(n, p+" ") {
			continue
		}
		if word, _ := englishWord(p); !strings.Contains(p, " ") && word {
			continue
		}
		return true
	}
	return false
}

// get returns the record for name, creating it.
func (r *registry) get(name string, kind domain.ActorKind) int {
	key := domain.NormalizeName(name)
	if to, ok := r.redirect[key]; ok && kind == domain.KindCountry {
		name, key = to, domain.NormalizeName(to) // actor_eras.go
	}
	if i, ok := r.byNorm[key]; ok {
		return i
	}
	r.recs = append(r.recs, &actorRec{name: name, kind: kind, firstTok: -1})
	r.byNorm[key] = len(r.recs) - 1
	return len(r.recs) - 1
}

// alias records a surface form of an actor.
func (r *registry) alias(i int, surface string) {
	rec := r.recs[i]
	surface = strings.TrimSpace(surface)
	if surface == "" || surface == rec.name {
		return
	}
	for _, a := range rec.aliases {
		if a == surface {
			return
		}
	}
	rec.aliases = append(rec.aliases, surface)
}

// addRole gives a person a role in another actor, once.
func (r *registry) addRole(i int, title, of string) {
	rec := r.recs[i]
	for _, ro := range rec.roles {
		if strings.EqualFold(ro.Title, title) && ro.Of == of {
			return
		}
	}
	rec.roles = append(rec.roles, domain.Role{Title: title, Of: of})
}

// setCountry fixes the country a person serves and turns the formal titles
// seen without a country ("President X") into roles of it.
func (r *registry) setCountry(i int, country string) {
	rec := r.recs[i]
	if rec.country != "" || country == "" {
		return
	}
	rec.country = country
	r.get(country, domain.KindCountry)
	for _, t := range rec.titles {
		r.addRole(i, roleTitle(t), country)
	}
}

// addTitle records a formal title held by a person.
func (r *registry) addTitle(i int, title string) {
	rec := r.recs[i]
	cls := titleIndex[title]
	if rec.class == "" || cls == "leader" {
		rec.class = cls
	}
	if descriptiveTitles[lastWord(title)] {
		return
	}
	for _, t := range rec.titles {
		if t == title {
			return
		}
	}
	rec.titles = append(rec.titles, title)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// hasClass reports whether a person fits a description's class ("" fits all).
func (rec *actorRec) hasClass(cls string) bool {
	if cls == "" || rec.class == cls {
		return true
	}
	for _, t := range rec.titles {
		if titleIndex[t] == cls {
			return true
		}
	}
	return false
}

// holdsTitleEnding reports whether a person holds a title whose head noun
// is the given one: a foreign minister is "the minister", a vice
// president "the president" only by class, never by this.
func (rec *actorRec) holdsTitleEnding(noun string) bool {
	for _, t := range rec.titles {
		if t == noun || strings.HasSuffix(t, " "+noun) && !strings.HasPrefix(t, "vice ") && !strings.HasPrefix(t, "deputy ") && !strings.HasPrefix(t, "shadow ") {
			return true
		}
	}
	return false
}

// headOffices are the offices of a head of state or government that name
// one post each: "the president" is not the prime minister, though both
// are of the class "leader".
var headOffices = phraseSet("president, president-elect, prime minister, premier, chancellor, king, queen, emir, sultan, taoiseach, first minister, crown prince")

// sameHeadOffice reports two names of one office ("premier", "prime minister").
func sameHeadOffice(a, b string) bool {
	return a == b || (a == "premier" || a == "prime minister") && (b == "premier" || b == "prime minister")
}

// holdsOtherHeadOffice reports whether a person holds a head office other
// than the one a description names: "Prime Minister X" is never "the
// president-elect", whoever else the story names.
func (rec *actorRec) holdsOtherHeadOffice(office string) bool {
	if !headOffices[office] {
		return false
	}
	for _, t := range rec.titles {
		if headOffices[t] && !sameHeadOffice(t, office) {
			return true
		}
	}
	return false
}

// partyLeaderOnly reports whether a person is a head only by the bare
// word "leader" ("Tory leader X", "deputy leader Y", a title kept as
// their class, not among their titles): a party's leader, whom "the
// prime minister" or "the president" does not name.
func (rec *actorRec) partyLeaderOnly() bool {
	if rec.class != "leader" {
		return false
	}
	for _, t := range rec.titles {
		if titleIndex[t] == "leader" {
			return false
		}
	}
	return true
}

// hasRoleIn reports whether a person holds a role in the named body.
func (rec *actorRec) hasRoleIn(body string) bool {
	for _, ro := range rec.roles {
		if strings.EqualFold(ro.Of, body) {
			return true
		}
	}
	for _, b := range rec.bodies {
		if strings.EqualFold(b, body) {
			return true
		}
	}
	return false
}

// isSpokesperson reports whether a person speaks for someone else.
func (rec *actorRec) isSpokesperson() bool { return rec.hasClass("spokesperson") }

// spokesFor returns the organisation or country a spokesperson's role is in.
func (rec *actorRec) spokesFor() string {
	for _, ro := range rec.roles {
		if titleIndex[strings.ToLower(ro.Title)] == "spokesperson" {
			return ro.Of
		}
	}
	return ""
}
