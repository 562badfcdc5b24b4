package rules

import "testing"

// TestMediaNamesFromContext holds the rules that read an outlet, platform,
// vehicle or work from the words around one of its mentions and keep the
// name out of the actors wherever else it appears, while the people in
// the same sentences stay.
func TestMediaNamesFromContext(t *testing.T) {
	cases := []struct {
		name, text string
		notActor   string // no actor's name may contain this
		actor      string // this actor must be found ("" for none)
	}{
		{"newspaper before the name", `Premier Tova Lind was alarmed by revelations in the newspaper Morgon Blad. Morgon Blad said gangs had infiltrated the police.`, "Morgon Blad", "Tova Lind"},
		{"foreign word for news", `Morgon Nyheter said gangs had infiltrated the police, Premier Tova Lind said.`, "Nyheter", "Tova Lind"},
		{"name then staff noun", `The strike hurt Harbour Wire journalists. Harbour Wire said its crew was shelled, Colonel Ivo Ranke said.`, "Harbour Wire", "Ivo Ranke"},
		{"list with an outlet", `Journalists from Harbour Wire, Agence Lumen and Kestrel Eye were hit. Kestrel Eye said the strike was deliberate, Colonel Ivo Ranke said.`, "Kestrel Eye", "Ivo Ranke"},
		{"posted on a platform", `President Dale Corvin posted on Liberty Loop that the judge was wrong. Liberty Loop later removed the post.`, "Liberty Loop", "Dale Corvin"},
		{"aboard a vehicle", `President Dale Corvin spoke to reporters aboard Sky Eagle on Friday.`, "Sky Eagle", "Dale Corvin"},
		{"channel number", `Senator Ola Brink said on KTV One that the vote was lost.`, "KTV One", "Ola Brink"},
		{"book title in apposition", `In his new book, Broken Order, Paul Serra, a lawyer, argues the war was unlawful.`, "Broken Order", "Paul Serra"},
		{"signature of an embedded post", "Whatever you say, Dale! https://t.co/abc — Teen Glimmer (@TeenGlimmer) December 12, 2016\nPresident Dale Corvin said \"we are fine\".", "Teen Glimmer", "Dale Corvin"},
		{"one unnamed party member", `A Virginia Republican said the debate went well, but Senator Ola Brink said "it was a disaster".`, "Virginia Republican", "Ola Brink"},
	}
	wantNoActor(t, cases)
}

// TestMediaContextKeepsPeople holds the limits of those rules: a verb
// that looks like a work's noun, a possessive inside a title, a name after
// a comma that speaks, a group named with a number.
func TestMediaContextKeepsPeople(t *testing.T) {
	cases := []struct{ name, text, actor string }{
		{"verb not a show", `The video was altered to show Dale Corvin failing to answer, Senator Ola Brink said.`, "Dale Corvin"},
		{"possessive in a title", `According to a new book, Corvin's Country, Dale Corvin distrusts his deputy. Dale Corvin said "that is false".`, "Dale Corvin"},
		{"speaker after a programme", `It is cheaper to cancel the program, Ivo Ranke said.`, "Ivo Ranke"},
		{"numbered group", `One of the so-called Harlow Four, Gerry Conn, said "we were innocent".`, "Gerry Conn"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, a := range fs.Actors {
				if a.Name == c.actor {
					return
				}
			}
			t.Errorf("actor %q missing from %v", c.actor, fs.Actors)
		})
	}
}
