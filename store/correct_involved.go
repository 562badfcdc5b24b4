package store

import (
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Correcting who took part in an event: a meeting's, an election's or
// another event's participants, a statement's speaker. The analyst's
// actors take the role's edges (and INVOLVED_IN, LINKED counts with
// them); actors left with no part in the event leave it. The resolved
// ids are kept on the EventCorrection, so a later ingest of the event's
// articles writes them instead of the extracted ones (applyCorrection),
// and the event's involvement as extracted is kept beside them
// (origInvolved), so a merge still finds the id a re-extraction gives
// the event (aliasEvents). Event ids do not change.

// involvementCorrection is the part of a correction that rewrites one
// role of an event.
type involvementCorrection struct {
	field  string // the input's name: participants or speaker
	role   domain.InvolvementRole
	actors []string // resolved ids, each once, in the order given
	names  []string // their names
}

// correctedRoles says which role each input field rewrites, and for
// which event types.
var correctedRoles = map[string]struct {
	role  domain.InvolvementRole
	types []domain.EventType
	what  string
}{
	"participants": {domain.RoleParticipant, []domain.EventType{domain.TypeMeeting, domain.TypeElection, domain.TypeOther},
		"only a meeting, an election or another event has participants (a statement's is speaker)"},
	"speaker": {domain.RoleSpeaker, []domain.EventType{domain.TypeStatement}, "only a statement has a speaker"},
}

// cypherResolveActors finds, for each id in order, the actor it names
// now: itself, or the survivor it was merged into.
const cypherResolveActors = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (m:MergedActor {id: id})
OPTIONAL MATCH (a:Actor {id: coalesce(m.into, id)})
RETURN id, a.id AS actor, a.name AS name ORDER BY i`

// involvementCorrectionOf checks the participants or speaker c sets
// against the event's type and resolves their ids; nil when c sets
// neither. An id that names no actor is BAD_USER_INPUT naming the field.
func (s *Store) involvementCorrectionOf(ctx context.Context, t neo4j.ManagedTransaction, e domain.Event, c domain.EventCorrection) (*involvementCorrection, error) {
	field, ids := "participants", c.Participants
	switch {
	case c.Participants != nil && c.Speaker != nil:
		return nil, domain.Invalid("input.speaker", "a correction sets participants or a speaker, not both")
	case c.Speaker != nil:
		field, ids = "speaker", []string{*c.Speaker}
	case c.Participants == nil:
		return nil, nil
	}
	rule := correctedRoles[field]
	if !slices.Contains(rule.types, e.Type) {
		return nil, domain.Invalid("input."+field, "%s; %q is a %s", rule.what, e.ID, e.Type)
	}
	recs, err := s.run(ctx, t, cypherResolveActors, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	out := &involvementCorrection{field: field, role: rule.role}
	for _, r := range recs {
		actor := recordString(r, "actor")
		if actor == "" {
			return nil, domain.Invalid("input."+field, "no actor with id %q", recordString(r, "id"))
		}
		if !slices.Contains(out.actors, actor) {
			out.actors, out.names = append(out.actors, actor), append(out.names, recordString(r, "name"))
		}
	}
	switch {
	case len(out.actors) == 0:
		return nil, domain.Invalid("input."+field, "names no actor")
	case e.Type == domain.TypeMeeting && len(out.actors) < 2:
		return nil, domain.Invalid("input."+field, "a meeting has two participants at least")
	}
	return out, nil
}

// change is the history's record of the correction: the role's actors
// before and after, by id.
func (ic *involvementCorrection) change(before []domain.Involvement) domain.FieldChange {
	var was []string
	for _, in := range before {
		if in.Role == ic.role {
			was = append(was, in.Actor)
		}
	}
	slices.Sort(was)
	now := slices.Sorted(slices.Values(ic.actors))
	return domain.FieldChange{Field: ic.field, Before: strings.Join(was, ", "), After: strings.Join(now, ", ")}
}

// title is the event's title after the correction: a title the store
// made from the role's names (a meeting's "Meeting of …", a statement's
// "Speaker: …") is made again from the new ones; one the extraction gave
// stays.
func (ic *involvementCorrection) title(e domain.Event, before []involvedName) string {
	switch e.Type {
	case domain.TypeMeeting:
		if strings.HasPrefix(e.Title, "Meeting of ") { // domain.MeetingTitle's
			return domain.MeetingTitle(ic.names)
		}
	case domain.TypeStatement:
		for _, b := range before {
			if b.Role == domain.RoleSpeaker && strings.HasPrefix(e.Title, b.Name+": ") {
				return ic.names[0] + ": " + strings.TrimPrefix(e.Title, b.Name+": ")
			}
		}
	}
	return e.Title
}

// involvedName is one involvement of an event with the actor's name.
type involvedName struct {
	domain.Involvement
	Name string
}

// roleEdgeTypes are the role edges drawn from the actor to the event; the
// rest point from the event to the actor.
const (
	actorToEventRoles = `PARTICIPATED_IN|SAID|SOURCE|SHIFTED`
	eventToActorRoles = `ON_BEHALF_OF|ABOUT|TARGET|ON`
)

// cypherCorrectInvolvement gives the role {ROLE} (a fixed edge type of
// this file, never input) of event $id to $actors alone, takes ABOUT
// edges from $notAbout (a statement is not about its speaker), drops the
// INVOLVED_IN edges of actors left with no part, and counts the event on
// LINKED edges and its actors' tallies (actortally.go) again.
var cypherCorrectInvolvement = `
MATCH (e:Event {id: $id})
WITH e, [e] AS orphans
` + cypherUnlinkOrphans + `
` + cypherSubtractActorTallies + `
CALL (e) {
  MATCH (a:Actor)-[r:{ROLE}]->(e) WHERE NOT a.id IN $actors
  DELETE r
}
CALL (e) {
  UNWIND $actors AS aid
  MATCH (a:Actor {id: aid})
  MERGE (a)-[:{ROLE}]->(e)
}
CALL (e) {
  MATCH (e)-[r:ABOUT]->(a:Actor) WHERE a.id IN $notAbout
  DELETE r
}
CALL (e) {
  MATCH (a:Actor)-[i:INVOLVED_IN]->(e)
  WHERE NOT EXISTS { MATCH (a)-[:` + actorToEventRoles + `]->(e) } AND NOT EXISTS { MATCH (e)-[:` + eventToActorRoles + `]->(a) }
  DELETE i
}
CALL (e) {
  UNWIND $actors AS aid
  MATCH (a:Actor {id: aid})
  MERGE (a)-[i:INVOLVED_IN]->(e)
  ON CREATE SET i.actor = aid, i.key = e.sortKey, i.type = e.type
}
SET e.title = $title
WITH e
` + cypherLinkEvent + `
` + cypherAddEventActorTallies + `
RETURN e.id AS id`

// cypherCorrectInvolvementByRole holds cypherCorrectInvolvement per
// role, built once from the fixed texts.
var cypherCorrectInvolvementByRole = map[domain.InvolvementRole]string{
	domain.RoleParticipant: strings.ReplaceAll(cypherCorrectInvolvement, "{ROLE}", string(domain.RoleParticipant)),
	domain.RoleSpeaker:     strings.ReplaceAll(cypherCorrectInvolvement, "{ROLE}", string(domain.RoleSpeaker)),
}

// applyInvolvementCorrection writes ic on the event, with its new title.
func (s *Store) applyInvolvementCorrection(ctx context.Context, t neo4j.ManagedTransaction, id string, ic *involvementCorrection, title string) error {
	notAbout := []string{}
	if ic.role == domain.RoleSpeaker {
		notAbout = ic.actors
	}
	_, err := s.run(ctx, t, cypherCorrectInvolvementByRole[ic.role], map[string]any{"id": id, "actors": ic.actors,
		"notAbout": notAbout, "title": title})
	return err
}

// correctedInvolvement is what a record's involvements become under an
// EventCorrection's participants or speaker (see correctionProps): the
// role's extracted actors give way to the analyst's, and a new speaker is
// no longer what the statement is about.
func correctedInvolvement(r *domain.EventRecord, c map[string]any) {
	replace := func(role domain.InvolvementRole, actors []string) {
		kept := slices.DeleteFunc(slices.Clone(r.Involved), func(in domain.Involvement) bool {
			return in.Role == role || role == domain.RoleSpeaker && in.Role == domain.RoleAbout && slices.Contains(actors, in.Actor)
		})
		for _, a := range actors {
			kept = append(kept, domain.Involvement{Actor: a, Role: role})
		}
		r.Involved = kept
		r.Participants = nil
		for _, in := range kept {
			if !slices.Contains(r.Participants, in.Actor) {
				r.Participants = append(r.Participants, in.Actor)
			}
		}
	}
	if ps := toStrings(c["participants"]); len(ps) > 0 {
		replace(domain.RoleParticipant, ps)
	}
	if sp, _ := c["speaker"].(string); sp != "" {
		replace(domain.RoleSpeaker, []string{sp})
		r.Speaker = sp
		r.About = slices.DeleteFunc(r.About, func(a string) bool { return a == sp })
	}
	if title, _ := c["title"].(string); title != "" {
		r.Title = title
	}
}

// involvementRows are an event's involvements as the EventCorrection
// keeps those extracted: "actor|ROLE".
func involvementRows(in []domain.Involvement) []string {
	out := make([]string, len(in))
	for i, x := range in {
		out[i] = x.Actor + "|" + string(x.Role)
	}
	return out
}
