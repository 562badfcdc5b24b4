package domain

import "strings"

// An id says what it names. An actor's is the slug of its name, an
// event's a hash of its defining facts behind its type's short prefix
// (identity.go); articles, topics and places have these prefixes, spelled
// here only.
const (
	ArticlePrefix = "art-"
	TopicPrefix   = "topic-"
	PlacePrefix   = "place-"
)

// TopicID is the id of the topic named name.
func TopicID(name string) string { return TopicPrefix + Slug(name) }

// PlaceID is the id of the place named name.
func PlaceID(name string) string { return PlacePrefix + Slug(name) }

// TopicIDOf is the id of a topic given by its name or by its id, as the
// API's topic arguments take it.
func TopicIDOf(nameOrID string) string {
	if len(nameOrID) > len(TopicPrefix) && strings.HasPrefix(nameOrID, TopicPrefix) {
		return nameOrID
	}
	return TopicID(nameOrID)
}
