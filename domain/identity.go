package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Event ids are hashes of the facts that define an event, so that two
// articles reporting the same meeting produce the same id and re-ingesting
// an article merges instead of duplicating. Actor references must already be
// resolved to actor ids.

// MeetingID identifies a meeting by who met and when.
func MeetingID(participants []string, when *FuzzyDate) string {
	p := append([]string(nil), participants...)
	sort.Strings(p)
	return eventID("mtg", strings.Join(dedupe(p), ","), dateKey(when))
}

// StatementID identifies a statement by its speaker and words.
func StatementID(speaker, quote, paraphrase string) string {
	return eventID("stm", speaker, NormalizeText(quote), NormalizeText(paraphrase))
}

// InteractionID identifies an interaction by its dyad, kind and date.
func InteractionID(source, target string, kind InteractionKind, when *FuzzyDate) string {
	return eventID("int", source, target, string(kind), dateKey(when))
}

// PolicyShiftID identifies a shift by its actor, topic and date.
func PolicyShiftID(actor, topic string, when *FuzzyDate) string {
	return eventID("pol", actor, Slug(topic), dateKey(when))
}

// OtherEventID identifies an election or other event by type, actors and date.
func OtherEventID(t EventType, actors []string, title string, when *FuzzyDate) string {
	a := append([]string(nil), actors...)
	sort.Strings(a)
	key := dateKey(when)
	if len(a) == 0 || when == nil {
		key += "|" + Slug(title)
	}
	return eventID(strings.ToLower(string(t))[:3], strings.Join(dedupe(a), ","), key)
}

// NormalizeText folds white space (NBSP included) and quote characters and
// lower-cases, so the same words compare equal however they were typed.
func NormalizeText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case '\u00a0', ' ', '\t', '\n', '\r':
			space = true
			continue
		case '‘', '’', '‛', '′':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func dateKey(d *FuzzyDate) string {
	if d == nil || !d.Known() {
		return "undated"
	}
	return d.String()
}

func eventID(prefix string, parts ...string) string {
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return prefix + "-" + hex.EncodeToString(sum[:10])
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// EventIDOf is the id the facts of an event give it: its type and words
// (e), its actors by role (involved) and its date as extracted (when).
// A merge of actors uses it to learn the id a re-extraction naming the
// surviving actor gives an event of the merged-away one.
func EventIDOf(e Event, involved []Involvement, when *FuzzyDate) string {
	var byRole = map[InvolvementRole][]string{}
	for _, in := range involved {
		byRole[in.Role] = append(byRole[in.Role], in.Actor)
	}
	one := func(r InvolvementRole) string {
		if len(byRole[r]) == 0 {
			return ""
		}
		return byRole[r][0]
	}
	switch e.Type {
	case TypeMeeting:
		return MeetingID(byRole[RoleParticipant], when)
	case TypeStatement:
		return StatementID(one(RoleSpeaker), e.Quote, e.Paraphrase)
	case TypeInteraction:
		return InteractionID(one(RoleSource), one(RoleTarget), e.Kind, when)
	case TypePolicyShift:
		return PolicyShiftID(one(RoleShifter), e.Topic, when)
	}
	return OtherEventID(e.Type, byRole[RoleParticipant], e.Title, when)
}
