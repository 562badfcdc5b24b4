package domain

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Validate checks a resolved FactSet before it is written: every actor has
// a name, a known kind and an id; every reference names an actor of the set;
// kinds, dates and spans are sound. The error names the first offending
// field, as a path into the set ("meetings[2].participants[0]").
func (fs FactSet) Validate() error {
	ids := map[string]bool{}
	for i, a := range fs.Actors {
		f := fmt.Sprintf("actors[%d]", i)
		if strings.TrimSpace(a.Name) == "" {
			return Invalid(f+".name", "must not be empty")
		}
		if !a.Kind.Valid() {
			return Invalid(f+".kind", "%q is not one of PERSON, ORGANIZATION, COUNTRY, GROUP", a.Kind)
		}
		if a.ID == "" {
			return Invalid(f+".id", "is not resolved")
		}
		ids[a.ID] = true
	}
	ref := func(field, id string, required bool) error {
		if id == "" {
			if required {
				return Invalid(field, "must name an actor")
			}
			return nil
		}
		if !ids[id] {
			return Invalid(field, "%q is not an actor of this set", id)
		}
		return nil
	}
	for i, a := range fs.Actors {
		for j, r := range a.Roles {
			if err := ref(fmt.Sprintf("actors[%d].roles[%d].of", i, j), r.Of, true); err != nil {
				return err
			}
			if strings.TrimSpace(r.Title) == "" {
				return Invalid(fmt.Sprintf("actors[%d].roles[%d].title", i, j), "must not be empty")
			}
		}
	}
	text := -1 // the article's length in code points; -1 when there is no article
	if fs.Article != nil {
		text = utf8.RuneCountInString(fs.Article.Text)
	}
	for i, s := range fs.Statements {
		f := fmt.Sprintf("statements[%d]", i)
		errs := []error{ref(f+".speaker", s.Speaker, true), ref(f+".onBehalfOf", s.OnBehalfOf, false),
			ref(f+".target", s.Target, false), checkDate(f+".when", s.When), checkEvidence(f+".evidence", s.Evidence, text)}
		for j, a := range s.About {
			errs = append(errs, ref(fmt.Sprintf("%s.about[%d]", f, j), a, true))
		}
		if strings.TrimSpace(s.Quote) == "" && strings.TrimSpace(s.Paraphrase) == "" {
			errs = append(errs, Invalid(f+".quote", "a statement needs a quote or a paraphrase"))
		}
		if err := first(errs...); err != nil {
			return err
		}
	}
	for i, m := range fs.Meetings {
		f := fmt.Sprintf("meetings[%d]", i)
		if len(m.Participants) < 2 {
			return Invalid(f+".participants", "a meeting needs at least two participants")
		}
		for j, p := range m.Participants {
			if err := ref(fmt.Sprintf("%s.participants[%d]", f, j), p, true); err != nil {
				return err
			}
		}
		if err := first(checkDate(f+".when", m.When), checkEvidence(f+".evidence", m.Evidence, text)); err != nil {
			return err
		}
	}
	for i, x := range fs.Interactions {
		f := fmt.Sprintf("interactions[%d]", i)
		var kindErr error
		if !x.Kind.Valid() {
			kindErr = Invalid(f+".kind", "%q is not an interaction kind", x.Kind)
		}
		if err := first(ref(f+".source", x.Source, true), ref(f+".target", x.Target, true), kindErr,
			checkDate(f+".when", x.When), checkEvidence(f+".evidence", x.Evidence, text)); err != nil {
			return err
		}
	}
	for i, p := range fs.PolicyShifts {
		f := fmt.Sprintf("policyShifts[%d]", i)
		var topicErr error
		if strings.TrimSpace(p.Topic) == "" {
			topicErr = Invalid(f+".topic", "must not be empty")
		}
		if err := first(ref(f+".actor", p.Actor, true), ref(f+".onActor", p.OnActor, false), topicErr,
			checkDate(f+".when", p.When), checkEvidence(f+".evidence", p.Evidence, text)); err != nil {
			return err
		}
	}
	for i, o := range fs.OtherEvents {
		f := fmt.Sprintf("otherEvents[%d]", i)
		if strings.TrimSpace(o.Title) == "" {
			return Invalid(f+".title", "must not be empty")
		}
		for j, a := range o.Actors {
			if err := ref(fmt.Sprintf("%s.actors[%d]", f, j), a, true); err != nil {
				return err
			}
		}
		if err := first(checkDate(f+".when", o.When), checkEvidence(f+".evidence", o.Evidence, text)); err != nil {
			return err
		}
	}
	return nil
}

func checkDate(field string, d *FuzzyDate) error {
	if d == nil {
		return nil
	}
	switch d.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
	case PrecisionUnknown:
		if !d.Start.IsZero() || !d.End.IsZero() {
			return Invalid(field+".start", "a date of precision UNKNOWN has no start or end")
		}
		return nil
	default:
		return Invalid(field+".precision", "%q is not DAY, MONTH, YEAR or UNKNOWN", d.Precision)
	}
	if d.Start.IsZero() {
		return Invalid(field+".start", "is missing")
	}
	if !d.End.IsZero() && !d.End.After(d.Start) {
		return Invalid(field+".end", "must be after start")
	}
	return nil
}

func checkEvidence(field string, e Evidence, textLen int) error {
	if e == (Evidence{}) {
		return nil
	}
	if e.Start < 0 || e.End < e.Start {
		return Invalid(field, "span %d–%d is not a span", e.Start, e.End)
	}
	if textLen >= 0 && e.End > textLen {
		return Invalid(field, "span %d–%d runs past the article's end", e.Start, e.End)
	}
	if e.Confidence < 0 || e.Confidence > 1 {
		return Invalid(field+".confidence", "%v is not in [0,1]", e.Confidence)
	}
	return nil
}

func first(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
