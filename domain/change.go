package domain

import "time"

// ChangeKind says what happened to an event in a change.
type ChangeKind string

// The change kinds.
const (
	// ChangeCreated: the event is new.
	ChangeCreated ChangeKind = "CREATED"
	// ChangeUpdated: the event was there and gained or lost a source (another
	// article reported it, or an article that reported it was retracted or
	// replaced while others still support it).
	ChangeUpdated ChangeKind = "UPDATED"
	// ChangeRemoved: the event is gone (the last article supporting it was
	// retracted or replaced).
	ChangeRemoved ChangeKind = "REMOVED"
)

// Change is one committed write as the change log records it: every event
// the write created, updated or removed, with what subscribers filter on.
// Seq numbers changes in commit order, without gaps.
type Change struct {
	Seq     int64
	At      time.Time
	Article string // the article written or retracted; "" when the write had none
	Events  []ChangedEvent
}

// ChangedEvent is one event of a Change.
type ChangedEvent struct {
	ID     string     `json:"id"`
	Kind   ChangeKind `json:"kind"`
	Type   EventType  `json:"type"`
	Actors []string   `json:"actors"` // ids of the actors involved, sorted
	Topics []string   `json:"topics"` // ids of the topics the event is on
}

// ChangeLogHead is where the change log stands: the seq of its last change
// and its epoch, which is new each time the log starts again (as when the
// graph is emptied), so a tailer can tell a new log from a lagging copy.
type ChangeLogHead struct {
	Epoch string
	Seq   int64
}
