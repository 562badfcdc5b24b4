package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/words"
)

// printArticleNames names each actor by the fullest proper-name form the
// article itself uses, as a reader would name it from the text: a
// gazetteer's canonical name the article never writes ("United Kingdom"
// where it says only "Britain", "G7" where it says "Group of Seven")
// becomes an alias, and the longest of the forms the article does write
// is the name. The canonical name stays among the aliases, so that
// resolution (loaders/resolve) still links "Britain" of one article to
// "United Kingdom" of another, and a gazetteer's is kept as Canonical,
// for the graph to show. Every reference to the actor (statements,
// meetings, interactions, shifts, other events, roles) takes the new name.
//
// A form is printed only when it is a proper name (domain.ProperName: no
// description such as "the party" or "British officials") and no
// demonym, capital or party adjective (printableForm). A person keeps the name the rules
// built: the article's own fullest form already, or a full name a bracket
// ("[Anton] Merkov") or the graph's gazetteer gave to a surname. A form
// another actor of the article is named by is left to it.
func (d *doc) printArticleNames(fs *domain.FactSet) {
	taken := make(map[string]bool, len(fs.Actors))
	for _, a := range fs.Actors {
		taken[domain.NormalizeName(a.Name)] = true
	}
	var rename map[string]string
	for i := range fs.Actors {
		a := &fs.Actors[i]
		if a.Kind == domain.KindPerson {
			continue
		}
		best, bestLen := "", 0
		if d.usesForm(a.Name) {
			best, bestLen = a.Name, utf8.RuneCountInString(a.Name)
		}
		for _, al := range a.Aliases {
			n := utf8.RuneCountInString(al)
			if n <= bestLen || !printableForm(al, *a) || !d.usesForm(al) {
				continue
			}
			if k := domain.NormalizeName(al); k != domain.NormalizeName(a.Name) && taken[k] {
				continue
			}
			best, bestLen = al, n
		}
		if best == "" || best == a.Name {
			continue
		}
		aliases := make([]string, 0, len(a.Aliases))
		aliases = append(aliases, a.Name)
		for _, al := range a.Aliases {
			if al != best {
				aliases = append(aliases, al)
			}
		}
		if rename == nil {
			rename = map[string]string{}
		}
		rename[a.Name] = best
		taken[domain.NormalizeName(best)] = true
		if d.gazetteerName(a.Name) {
			a.Canonical = a.Name
		}
		a.Name, a.Aliases = best, aliases
	}
	if rename != nil {
		renameRefs(fs, rename)
	}
}

// gazetteerName reports whether name is the name of an entry of the
// country and organisation tables or of the graph's gazetteer.
func (d *doc) gazetteerName(name string) bool {
	k := tokenKey(name)
	if e, ok := lexicon[k]; ok && e.name == name {
		return true
	}
	e, ok := d.reg.canonical(name)
	return ok && e.name == name
}

// printableForm reports whether an alias may be an actor's printed name:
// a proper name that is neither a demonym ("British", "European") nor a
// capital standing for its government ("Beijing"), nor a party's
// adjective when its plural is among the actor's forms ("Tory" of
// "Tories", "Liberal Democrat" of "Liberal Democrats").
func printableForm(s string, a domain.ActorFact) bool {
	if !domain.ProperName(s) {
		return false
	}
	k := tokenKey(s)
	e, listed := lexicon[k]
	if listed && e.capital || !listed && demonyms[k] != "" {
		return false
	}
	forms := append([]string{a.Name}, a.Aliases...)
	for _, al := range forms {
		if al == s+"s" || strings.HasSuffix(s, "y") && al == s[:len(s)-1]+"ies" {
			return false
		}
		if !strings.Contains(s, " ") && strings.HasPrefix(al, s+" ") && adjectiveShaped(s) {
			return false // "European" of "European Union", "Conservative" of "Conservative Party"
		}
	}
	for _, w := range strings.Fields(s) {
		// "London-based Energy Institute", "Australian-born X": a
		// description joined to the name
		if _, rest, ok := strings.Cut(w, "-"); ok && len(rest) > 3 && !isUpperStart(rest) {
			return false
		}
	}
	return true
}

// adjectiveShaped reports a word with an adjective's ending ("European",
// "Conservative", "Japanese", "Islamic").
func adjectiveShaped(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"an", "ese", "ish", "ive", "ic"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// usesForm reports whether the article's text writes s as whole words.
func (d *doc) usesForm(s string) bool { return words.Contains(d.text, s) }

// renameRefs rewrites every actor reference of a set by the map.
func renameRefs(fs *domain.FactSet, rename map[string]string) {
	re := func(s *string) {
		if to, ok := rename[*s]; ok {
			*s = to
		}
	}
	all := func(ss []string) {
		for i := range ss {
			re(&ss[i])
		}
	}
	for i := range fs.Actors {
		for j := range fs.Actors[i].Roles {
			re(&fs.Actors[i].Roles[j].Of)
		}
	}
	for i := range fs.Statements {
		s := &fs.Statements[i]
		re(&s.Speaker)
		re(&s.OnBehalfOf)
		re(&s.Target)
		all(s.About)
	}
	for i := range fs.Meetings {
		all(fs.Meetings[i].Participants)
	}
	for i := range fs.Interactions {
		re(&fs.Interactions[i].Source)
		re(&fs.Interactions[i].Target)
	}
	for i := range fs.PolicyShifts {
		re(&fs.PolicyShifts[i].Actor)
		re(&fs.PolicyShifts[i].OnActor)
	}
	for i := range fs.OtherEvents {
		all(fs.OtherEvents[i].Actors)
	}
}
