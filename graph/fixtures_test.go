package graph_test

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
)

// story builds an invented article and its facts, each fact's evidence a
// sentence appended to the article's text.
type story struct {
	text strings.Builder
	fs   domain.FactSet
}

func newStory(url, title string, published time.Time, actors ...domain.ActorFact) *story {
	s := &story{}
	s.fs.Article = &domain.Article{URL: url, Title: title, Publisher: "Invented Wire", Language: "en", PublishedAt: published}
	s.fs.Actors = actors
	return s
}

func (s *story) ev(sentence string) domain.Evidence {
	start := utf8.RuneCountInString(s.text.String())
	s.text.WriteString(sentence + " ")
	return domain.Evidence{Sentence: sentence, Start: start, End: start + utf8.RuneCountInString(sentence),
		Extractor: "test/1", Confidence: 0.9}
}

func (s *story) facts() domain.FactSet {
	s.fs.Article.Text = s.text.String()
	if err := s.fs.Article.Seal(); err != nil {
		panic(err)
	}
	return s.fs
}

func (a *api) write(fs domain.FactSet) {
	a.t.Helper()
	if _, err := a.store.WriteFacts(context.Background(), fs); err != nil {
		a.t.Fatal(err)
	}
}

func dayPtr(y int, m time.Month, d int) *domain.FuzzyDate { v := domain.Day(y, m, d); return &v }
func monthPtr(y int, m time.Month) *domain.FuzzyDate      { v := domain.Month(y, m); return &v }

func person(id, name string, aliases ...string) domain.ActorFact {
	return domain.ActorFact{ID: id, Name: name, Kind: domain.KindPerson, Aliases: aliases}
}

func country(id, name string) domain.ActorFact {
	return domain.ActorFact{ID: id, Name: name, Kind: domain.KindCountry}
}

// loadRivals writes two invented countries, Valdoria and Kestria, whose
// relations sour over three months of 2024, and a chain of people who met
// one after the other (Novak – Osei – Marsh – Ruiz) for paths:
//
//	2024-01-05  Valdoria states it will restrict grain exports; shifts open → restricted (article 1)
//	2024-01-10  Valdoria PRAISE Kestria (+3.5)
//	2024-01-15  Novak meets Osei in Oslo
//	2024-01-16  Novak: "Grain corridors must reopen before winter." about Kestria
//	2024-01-20  Kestria AGREE Valdoria (+8)
//	2024-02-01  Osei meets Marsh
//	2024-02-05  Valdoria THREATEN Kestria (-4.4)
//	2024-02-15  Kestria SANCTION Valdoria (-8)
//	2024-03     Valdoria CRITICIZE Kestria (-2), month precision
//	2024-03-02  Marsh meets Ruiz
//	2024-03-10  Valdoria states a ban; shifts restricted → banned (article 2)
func (a *api) loadRivals() {
	a.t.Helper()
	novak := person("aria-novak", "Aria Novak", "Novak")
	novak.Roles = []domain.Role{{Title: "Foreign Minister", Of: "valdoria", From: monthPtr(2023, 1), To: monthPtr(2024, 6)}}
	actors := []domain.ActorFact{country("valdoria", "Valdoria"), country("kestria", "Kestria"), novak,
		person("bram-osei", "Bram Osei"), person("cleo-marsh", "Cleo Marsh"), person("dan-ruiz", "Dan Ruiz")}
	s := newStory("https://invented.test/rivals", "Valdoria and Kestria drift apart",
		time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC), actors...)
	s.fs.Statements = []domain.StatementFact{
		{Speaker: "valdoria", Quote: "We will restrict grain exports.", When: dayPtr(2024, 1, 5),
			Evidence: s.ev(`Valdoria said: "We will restrict grain exports."`)},
		{Speaker: "aria-novak", Quote: "Grain corridors must reopen before winter.", About: []string{"kestria"},
			When: dayPtr(2024, 1, 16), Evidence: s.ev(`"Grain corridors must reopen before winter," Novak said of Kestria.`)},
	}
	s.fs.PolicyShifts = []domain.PolicyShiftFact{{Actor: "valdoria", Topic: "Grain exports", From: "open",
		To: "restricted", Direction: "HARDENED", When: dayPtr(2024, 1, 5), Evidence: s.ev("Valdoria hardened its line on grain exports.")}}
	ix := func(src, tgt string, k domain.InteractionKind, when *domain.FuzzyDate, sentence string) domain.InteractionFact {
		return domain.InteractionFact{Source: src, Target: tgt, Kind: k, When: when, Evidence: s.ev(sentence)}
	}
	s.fs.Interactions = []domain.InteractionFact{
		ix("valdoria", "kestria", domain.InteractPraise, dayPtr(2024, 1, 10), "Valdoria praised Kestria."),
		ix("kestria", "valdoria", domain.InteractAgree, dayPtr(2024, 1, 20), "Kestria agreed a deal with Valdoria."),
		ix("valdoria", "kestria", domain.InteractThreaten, dayPtr(2024, 2, 5), "Valdoria threatened Kestria."),
		ix("kestria", "valdoria", domain.InteractSanction, dayPtr(2024, 2, 15), "Kestria sanctioned Valdoria."),
		ix("valdoria", "kestria", domain.InteractCriticize, monthPtr(2024, 3), "In March Valdoria criticised Kestria."),
	}
	mtg := func(p1, p2 string, when *domain.FuzzyDate, place, sentence string) domain.MeetingFact {
		return domain.MeetingFact{Participants: []string{p1, p2}, When: when, Place: place, Evidence: s.ev(sentence)}
	}
	s.fs.Meetings = []domain.MeetingFact{
		mtg("aria-novak", "bram-osei", dayPtr(2024, 1, 15), "Oslo", "Novak met Osei in Oslo."),
		mtg("bram-osei", "cleo-marsh", dayPtr(2024, 2, 1), "", "Osei met Marsh."),
		mtg("cleo-marsh", "dan-ruiz", dayPtr(2024, 3, 2), "", "Marsh met Ruiz."),
	}
	a.write(s.facts())

	s2 := newStory("https://invented.test/ban", "Valdoria bans grain exports",
		time.Date(2024, 3, 11, 9, 0, 0, 0, time.UTC), country("valdoria", "Valdoria"))
	s2.fs.Statements = []domain.StatementFact{{Speaker: "valdoria", Paraphrase: "grain exports are banned until further notice",
		When: dayPtr(2024, 3, 10), Evidence: s2.ev("Valdoria said grain exports are banned until further notice.")}}
	s2.fs.PolicyShifts = []domain.PolicyShiftFact{{Actor: "valdoria", Topic: "Grain exports", From: "restricted",
		To: "banned", Direction: "HARDENED", When: dayPtr(2024, 3, 10), Evidence: s2.ev("Valdoria turned to a ban.")}}
	a.write(s2.facts())
}

// loadCrowd writes one article with n meetings, each of three of ten
// invented delegates, one a day from 2023-01-01: a graph larger than any
// page.
func (a *api) loadCrowd(n int) {
	a.t.Helper()
	var actors []domain.ActorFact
	for i := 0; i < 10; i++ {
		actors = append(actors, person(fmt.Sprintf("delegate-%d", i), fmt.Sprintf("Delegate %d", i)))
	}
	s := newStory("https://invented.test/crowd", "A year of meetings", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), actors...)
	for i := 0; i < n; i++ {
		d := domain.DayOf(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i))
		ps := []string{"delegate-0", fmt.Sprintf("delegate-%d", 1+i%9), fmt.Sprintf("delegate-%d", 1+(i+4)%9)}
		s.fs.Meetings = append(s.fs.Meetings, domain.MeetingFact{Participants: ps, When: &d,
			Place: fmt.Sprintf("City %d", i%5), Evidence: s.ev(fmt.Sprintf("Meeting number %d took place.", i))})
	}
	a.write(s.facts())
}
