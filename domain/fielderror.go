package domain

import (
	"fmt"
	"strconv"
)

// A FieldError is one thing wrong with one field of a FactSet: where it
// is (Path), what kind of problem it is (Code) and a sentence for people
// (Message). Callers act on Path and Code (the ingest path leaves out the
// fact a problem names; a record mutation refuses the set); only people
// read Message.
type FieldError struct {
	Path    FieldPath
	Code    FieldCode
	Message string
}

// FieldCode says what kind of problem a FieldError is.
type FieldCode string

// The field codes.
const (
	FieldMissing      FieldCode = "MISSING"       // empty, unset, or not resolved
	FieldUnknownActor FieldCode = "UNKNOWN_ACTOR" // names no actor of the set
	FieldNotAllowed   FieldCode = "NOT_ALLOWED"   // not one of the values the field takes
	FieldOutOfRange   FieldCode = "OUT_OF_RANGE"  // a span, score or date end out of its bounds
	FieldTooFew       FieldCode = "TOO_FEW"       // a list shorter than its minimum
)

// Section is a part of a FactSet: its article, its actors, or one of its
// lists of facts. The values are the FactSet's JSON field names, so a
// FieldPath reads as a path into the JSON an extractor prints.
type Section string

// The sections of a FactSet.
const (
	SectionArticle      Section = "article"
	SectionActors       Section = "actors"
	SectionStatements   Section = "statements"
	SectionMeetings     Section = "meetings"
	SectionInteractions Section = "interactions"
	SectionPolicyShifts Section = "policyShifts"
	SectionOtherEvents  Section = "otherEvents"
)

// IsFact reports whether s is a list of facts (events), whose entries can
// be left out one by one; the article and the actors cannot.
func (s Section) IsFact() bool {
	switch s {
	case SectionStatements, SectionMeetings, SectionInteractions, SectionPolicyShifts, SectionOtherEvents:
		return true
	}
	return false
}

// FieldPath is where a FieldError lies: the entry Index of a Section (the
// article has no index), then the field within that entry
// ("participants[1]", "when.start"; empty for the entry as a whole). Its
// String is the path clients see in an error's extensions.field
// ("meetings[2].participants[1]").
type FieldPath struct {
	Section Section
	Index   int
	Field   string
}

func (p FieldPath) String() string {
	b := make([]byte, 0, 48)
	b = append(b, p.Section...)
	if p.Section != SectionArticle {
		b = append(append(append(b, '['), strconv.Itoa(p.Index)...), ']')
	}
	if p.Field != "" {
		b = append(append(b, '.'), p.Field...)
	}
	return string(b)
}

// Err returns the problem as the BAD_USER_INPUT error a client sees, its
// field the path.
func (e FieldError) Err() *Error {
	return &Error{Code: EInvalid, Field: e.Path.String(), Message: e.Message}
}

func (e FieldError) String() string { return e.Path.String() + ": " + e.Message }

// FieldErrors are the problems of one FactSet, in the order of its fields.
type FieldErrors []FieldError

// Err returns the first problem as an error (see FieldError.Err), or nil
// when there is none.
func (es FieldErrors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es[0].Err()
}

// fieldErrorf returns a FieldError whose message is formatted: called only
// once a problem is found, so a valid set costs no formatting.
func fieldErrorf(p FieldPath, code FieldCode, format string, args ...any) FieldError {
	return FieldError{Path: p, Code: code, Message: fmt.Sprintf(format, args...)}
}
