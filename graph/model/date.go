package model

import (
	"io"
	"strconv"

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
