package domain

import "strings"

// ProperName reports whether s names one actor rather than describing
// whoever fits: every word starts with a capital letter or is a short
// joining word ("bin", "de"), and it is no description ("the president",
// "his Chilean counterpart", "American officials") and no editorial
// insertion ("President [Donald] Trump"). Only proper names are stored as
// aliases: a description names one actor inside one article and someone
// else in the next, so it must never link articles.
func ProperName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || strings.ContainsAny(s, "[]{}") {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those":
		return false
	}
	for _, w := range words {
		r := []rune(w)[0]
		if !(r >= 'A' && r <= 'Z') && !strings.ContainsRune("ÀÁÂÄÅÇÉÈÊËÍÎÏÑÓÔÖØÚÜŠŽ", r) && len(w) > 3 {
			return false
		}
	}
	return true
}

// ProperAliases keeps the aliases that are proper names (see ProperName)
// and differ from name, once each.
func ProperAliases(name string, aliases []string) []string {
	out := make([]string, 0, len(aliases))
	seen := map[string]bool{NormalizeName(name): true}
	for _, a := range aliases {
		k := NormalizeName(a)
		if k == "" || seen[k] || !ProperName(a) {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}
