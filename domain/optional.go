package domain

// The texts a source may not give (an article's URL or title, an actor's
// description, a date's words, a field change's before or after) are
// empty strings here; readers that tell "not given" apart from a text
// (the GraphQL API answers null) read them through these.

// orNil is nil for an empty s, else s.
func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// URLOrNil is the article's URL, nil when it was ingested without one.
func (a *Article) URLOrNil() *string { return orNil(a.URL) }

// TitleOrNil is the headline, nil when unknown.
func (a *Article) TitleOrNil() *string { return orNil(a.Title) }

// PublisherOrNil is the outlet, nil when unknown.
func (a *Article) PublisherOrNil() *string { return orNil(a.Publisher) }

// LanguageOrNil is the language the source declared, nil when it did not.
func (a *Article) LanguageOrNil() *string { return orNil(a.Language) }

// DescriptionOrNil is the line on who the actor is, nil when none was given.
func (a *Actor) DescriptionOrNil() *string { return orNil(a.Description) }

// TextOrNil is the source's words for the date, nil when none were kept.
func (d *FuzzyDate) TextOrNil() *string { return orNil(d.Text) }

// BeforeOrNil is the value before, nil when there was none.
func (c *FieldChange) BeforeOrNil() *string { return orNil(c.Before) }

// AfterOrNil is the value after, nil when there is none.
func (c *FieldChange) AfterOrNil() *string { return orNil(c.After) }

// OrNil is s, or nil when s is empty: for the optional texts of types
// outside this package (the API's event types).
func OrNil(s string) *string { return orNil(s) }
