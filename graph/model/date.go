package model

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/eventgraph/eventgraph/domain"
)

// Date is the schema's Date scalar: a day, month or year.
type Date struct{ domain.FuzzyDate }

// UnmarshalGQL parses "2025-09-24", "2025-09" or "2025"; the error names
// the value so the client sees what was wrong.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return domain.Invalid("", "a Date is a string like 2025-09-24, 2025-09 or 2025, not %T", v)
	}
	fd, err := domain.ParseFuzzyDate(s)
	if err != nil {
		return domain.Invalid("", "%v", err)
	}
	d.FuzzyDate = fd
	return nil
}

// MarshalGQL writes the date at its precision.
func (d Date) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(d.String()))
}

// MarshalDateTime writes the schema's DateTime scalar as RFC 3339 in UTC,
// and the zero time (no such instant) as null.
func MarshalDateTime(t time.Time) graphql.Marshaler {
	if t.IsZero() {
		return graphql.Null // an article without a publication date, a date of precision UNKNOWN
	}
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// UnmarshalDateTime reads RFC 3339; a bad value is the client's error and
// says what was expected.
func UnmarshalDateTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, domain.Invalid("", "a DateTime is an RFC 3339 string like 2025-09-24T18:00:00Z, not %T", v)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, domain.Invalid("", "%q is not an RFC 3339 DateTime like 2025-09-24T18:00:00Z", s)
	}
	return t, nil
}
