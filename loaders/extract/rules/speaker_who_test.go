package rules

import (
	"strings"
	"testing"
)

// TestUnnamedPartyMembersMakeNoStatements holds that "a Michigan
// Republican said" is someone the story does not name: neither their
// words nor the run-on after them go to a named speaker.
func TestUnnamedPartyMembersMakeNoStatements(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"said after",
			"Tom Reyes is favoured to win.\n\n\"Reyes will win easily,\" a Michigan Republican said. \"He has the money.\"",
			"Reyes will win easily", ""},
		{"the run-on",
			"Tom Reyes is favoured to win.\n\n\"Reyes will win easily,\" a Michigan Republican said. \"He has the money.\"",
			"He has the money", ""},
		{"said before the description",
			"Tom Reyes is favoured to win.\n\n\"Reyes is really effective,\" said a GOP insider in the state of Ohio.",
			"Reyes is really effective", ""},
		{"added",
			"Tom Reyes is favoured to win.\n\n\"He gets down with the people,\" added a Florida Democrat.",
			"He gets down with the people", ""},
	})
}

// TestSpeakerNamedAfterAJobAndBody holds that "said Harbour Bank chief
// economist Maria Holt" is Maria Holt's, not the bank's.
func TestSpeakerNamedAfterAJobAndBody(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"body, job, name",
			"The Harbour Bank cut its forecast on Tuesday.\n\n\"The worst is yet to come,\" said Harbour Bank chief economist Maria Holt.",
			"The worst is yet to come", "Maria Holt"},
	})
}

// TestPronounAfterANewSubject holds that a pronoun attributing a quote
// means the person the sentence before made its subject, not the
// speaker quoted before that.
func TestPronounAfterANewSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"new subject attacks",
			"Party leader Tom Reyes said the plans were right. \"People are working harder,\" he said.\n\nThe government has announced cuts. But Finance Minister Karl Ots attacked the plans. \"The opposition is committed to cutting spending,\" he said.",
			"The opposition is committed", "Karl Ots"},
		{"subject carries over two sentences",
			"Senator Tom Reyes praised the donors.\n\nThe financier Karl Ots gives millions a year to groups. He has given to a civil rights group. He funds gun control groups and has stated, \"I am very much against guns.\"",
			"I am very much against guns", "Karl Ots"},
	})
}

// TestApposedNameSpeaks holds that "The host, board member X, has said"
// is X's.
func TestApposedNameSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"description, name",
			"Senator Tom Reyes attended the dinner.\n\nThe host, Harbour Council board member Maria Holt, has said the pipeline \"is against the best interest of our country.\"",
			"is against the best interest", "Maria Holt"},
	})
}

// TestTitleNamesItsHolderNotTheDeputy holds that "the prime minister"
// is never the deputy prime minister, and that the person the article
// calls "Prime Minister X" is who the title means.
func TestTitleNamesItsHolderNotTheDeputy(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"deputy named last",
			"Prime Minister Tom Reyes denied the claims. At a dinner hosted by Deputy Prime Minister Karl Ots he told Jo Brand of his plans. The prime minister said: \"Help me through the year and I will stand down.\"",
			"Help me through the year", "Tom Reyes"},
		{"no one named with the title",
			"At a dinner hosted by Deputy Prime Minister Karl Ots, Jo Brand spoke. The prime minister said: \"Help me through the year and I will stand down.\"",
			"Help me through the year", ""},
	})
}

// TestMonthSurname holds that a month after a given name is a surname:
// "Theresa May" speaks, and "she" after her is hers.
func TestMonthSurname(t *testing.T) {
	text := "Mr Ots said he had been told by Children's Minister Margaret Hodge there was not enough time.\n\nTheresa May, shadow secretary for the family, told the radio that the plans were \"papering over the cracks of the system\". She said a new government would bring a \"radical reform\" of the courts."
	checkSpeakers(t, []speakerCase{
		{"name then appositive", text, "papering over the cracks", "Theresa May"},
		{"she after her", text, "radical reform", "Theresa May"},
	})
}

// TestTitleBeforeTheNameOpensTheSentence holds that a person named after
// an office with its body ("Chief Secretary to the Treasury X") is the
// subject a pronoun then means.
func TestTitleBeforeTheNameOpensTheSentence(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"office of a body",
			"Party leader Tom Reyes said change was needed. \"People are working harder,\" he said.\n\nBut Chief Secretary to the Treasury Karl Ots attacked the plans. \"The opposition is committed to cutting spending,\" he said.",
			"The opposition is committed", "Karl Ots"},
	})
}

// TestOfficeOfABodyBeforeTheName holds that "Minister for Work Jo Brand"
// names Jo Brand and no body "Work", and that a body's name ending in a
// lower-case noun ("the Financial Crime Prevention agency") is no person.
func TestOfficeOfABodyBeforeTheName(t *testing.T) {
	fs := extractText(t, "Along with Minister for Work Jo Brand, he attacked the plans.\n\nMaria Holt, Director of the Financial Crime Prevention agency, compared the tactics to \"mafia methods\".")
	names := namesOf(fs)
	if !names["Jo Brand"] || names["Work"] || names["Crime Prevention"] || names["Financial"] {
		t.Errorf("actors %v", names)
	}
}

// TestAttributionAfterTheQuoteOutweighsTheClause holds that the speaker
// named after a quote ending inside a clause is who said it, not the
// clause's subject.
func TestAttributionAfterTheQuoteOutweighsTheClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"comma inside the quote",
			"Tom Reyes opposed the bill.\n\nThe government had proposed to take the court and \"smash it to pieces,\" Mr Reyes said.",
			"smash it to pieces", "Tom Reyes"},
		{"an aide named after the person they work for",
			"Jo Brand leads the race.\n\n\"There is not a scenario here that is easy,\" Brand senior adviser Karl Ots said in an interview.",
			"There is not a scenario", "Karl Ots"},
	})
}

// TestUnresolvedSubjectStopsTheRunOn holds that a quote whose speech verb
// has a subject no actor was found for is not the last speaker's.
func TestUnresolvedSubjectStopsTheRunOn(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a leader of a union",
			"\"We will sign it,\" Governor Jo Brand said.\n\nA leader of the state's largest teachers union said lawmakers \"missed the mark\" on schools.",
			"missed the mark", ""},
	})
}

// TestFirstOfTwoSubjectsSpeaks holds that a quote two actors say together
// goes to the one named first.
func TestFirstOfTwoSubjectsSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"both A and B",
			"The men were freed on Tuesday.\n\nBoth the Harbour Workers Union and the lobby group Harbour Rights Commission described the release as \"long overdue\".",
			"long overdue", "Harbour Workers Union"},
	})
}

// TestPronounAfterAFrontedPhrase holds that a subject pronoun after a
// phrase naming someone as a preposition's object ("at a dinner hosted
// by X he told …") means the person the story made its subject.
func TestPronounAfterAFrontedPhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"hosted by",
			"The book claims Tom Reyes felt he had lost the voters' trust. And at a dinner hosted by Deputy Leader Karl Ots he told Jo Brand: \"Help me through the year and I will stand down.\"",
			"Help me through the year", "Tom Reyes"},
	})
}

// TestVerbBeforeAnAside holds that a quote after an aside set off by
// commas belongs to the verb before the aside.
func TestVerbBeforeAnAside(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"led X to suggest, aside,",
			"Jo Brand said she would pardon him. That kind of talk led Tom Reyes to suggest, in a hot-mic moment on Wednesday evening, \"She is going to get smoked, and you know it.\"",
			"She is going to get smoked", "Tom Reyes"},
	})
}

// TestParticipleAfterAnIrregularPast holds that "X left the party saying
// …" is X's, not the party's.
func TestParticipleAfterAnIrregularPast(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"left X saying",
			"Jo Brand quit the Harbour Party last week.\n\nMr Tom Reyes also left the Harbour Party saying Ms Brand would \"deliver better\" as leader.",
			"deliver better", "Tom Reyes"},
	})
}

// TestTitleResolvesToTheHolderTheStoryNames holds that "the chancellor"
// is the person the story ties to that office, by a title before the
// name or an appositive after it, even when someone else spoke last.
func TestTitleResolvesToTheHolderTheStoryNames(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"title before the name",
			"Chancellor Tom Reyes set out the budget on Monday.\n\n\"It is a fair deal,\" Jo Brand said.\n\nLater the chancellor told MPs: \"We will not raise taxes.\"",
			"We will not raise taxes", "Tom Reyes"},
		{"appositive",
			"Tom Reyes, the home secretary, set out the plans on Monday.\n\n\"It is a fair deal,\" Jo Brand said.\n\nThe home secretary said: \"We will not back down.\"",
			"We will not back down", "Tom Reyes"},
		{"quote before the title",
			"Attorney General Maria Holt opened the inquiry.\n\n\"It is a fair deal,\" Jo Brand said.\n\n\"We will follow the evidence,\" the attorney general said.",
			"We will follow the evidence", "Maria Holt"},
		{"surname then appositive later",
			"Mr Reyes met the union on Monday. Tom Reyes, the chancellor, later spoke to reporters.\n\n\"It is a fair deal,\" Jo Brand said.\n\nThe chancellor said: \"We will not raise taxes.\"",
			"We will not raise taxes", "Tom Reyes"},
	})
}

// TestUnresolvedBodyIsNotTheLastSpeaker holds that "The government says
// … "…"" in a story that resolves "the government" to no actor is not the
// words of the person quoted before.
func TestUnresolvedBodyIsNotTheLastSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the government says",
			"\"We want to make courts the last resort,\" Jo Brand said.\n\nThe government says children cannot be divided up \"like property\" when a marriage collapses.",
			"like property", ""},
	})
}

// TestBodyInsideAReportedClause holds that "X said the police had said
// "…"" stays X's.
func TestBodyInsideAReportedClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"reported body",
			"Jo Brand backed the cards.\n\nMs Brand said the police had said the cards could \"help them foil a bomb plot\".",
			"help them foil a bomb plot", "Jo Brand"},
	})
}

// TestSpeakerPatternsOfNewsCopy holds the attributions of common news
// patterns: subordinate clauses and fronted phrases naming someone else,
// two speakers in one sentence, bodies before a person's name, run-on
// quote paragraphs, titles and pronouns.
func TestSpeakerPatternsOfNewsCopy(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"subordinate after", "After Tom Reyes attacked the plan, Jo Brand said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"who-clause with agent", "Jo Brand, who was criticised by Tom Reyes on Monday, said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"while Y said", "Jo Brand said the plan was \"a fair deal\", while Tom Reyes said it was \"a disgrace to the country\".", "a disgrace to the country", "Tom Reyes"},
		{"while Y said first", "Jo Brand said the plan was \"a fair deal for all\", while Tom Reyes said it was \"a disgrace to the country\".", "a fair deal for all", "Jo Brand"},
		{"X told Y", "Jo Brand told Tom Reyes: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"party possessive", "The Harbour Party's Jo Brand said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"party leader", "Harbour Party leader Jo Brand said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"party spokesman named", "A Harbour Party spokesman, Jo Brand, said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"body then person tail", "\"We will not back down,\" the Harbour Party's Jo Brand said.", "We will not back down", "Jo Brand"},
		{"after Y's remark", "Responding to Tom Reyes, Jo Brand said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"said of Y", "Speaking about Tom Reyes on Monday, Jo Brand said: \"He will not back down.\"", "He will not back down", "Jo Brand"},
		{"continuation new name in narration", "Jo Brand said: \"We will win.\"\n\nShe said Tom Reyes had failed.\n\n\"The voters know it.\"", "The voters know it", "Jo Brand"},
		{"continuation quote names another", "Jo Brand said: \"We will win.\"\n\n\"Tom Reyes has failed and the voters know it.\"", "Tom Reyes has failed", "Jo Brand"},

		{"pronoun she", "Jo Brand met Tom Reyes on Monday. Ms Brand criticised him. \"It went badly,\" she said.", "It went badly", "Jo Brand"},
		{"the minister", "Tom Reyes said the deal was fair.\n\nForeign Minister Jo Brand met Karl Ots on Monday.\n\n\"It went well,\" the minister said.", "It went well", "Jo Brand"},
		{"according to", "The plan will fail, according to Jo Brand, who said it was \"a recipe for disaster\".", "a recipe for disaster", "Jo Brand"},
		{"he told colon after two", "Tom Reyes praised Jo Brand. He told reporters: \"She has done well.\"", "She has done well", "Tom Reyes"},
	})
}

// TestCountedPeopleMakeNoStatement holds that a poll's finding ("About 3
// in 10 say that "…" describes X") is nobody's statement.
func TestCountedPeopleMakeNoStatement(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"3 in 10 say",
			"\"It is a toss-up,\" pollster Jo Brand said.\n\nAbout 3 in 10 also say that \"committed to democracy\" describes Tom Reyes better.",
			"committed to democracy", ""},
	})
}

// TestSpokesmanForABodyOfOneWord holds that "A spokesman for Unison,
// Britain's biggest union, said" speaks for the union, and "a spokesman
// for Reyes" in a story naming Tom Reyes makes no body "Reyes".
func TestSpokesmanForABodyOfOneWord(t *testing.T) {
	fs := extractText(t, "Five unions met Tom Reyes on Saturday.\n\nA spokesman for Harbourcare, Britain's biggest union, said after the meeting: \"At least we are still talking.\" But a spokesman for Reyes said nothing was agreed.")
	var got []string
	for _, st := range fs.Statements {
		if st.Quote != "" {
			got = append(got, st.Speaker+"|"+st.OnBehalfOf)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Harbourcare") {
		t.Errorf("statements %v", got)
	}
	for _, a := range fs.Actors {
		if a.Name == "Reyes" {
			t.Errorf("actor %q", a.Name)
		}
	}
}

// TestTheOutletsOwnCorrespondentMakesNoStatement holds that "our
// correspondent added" after a quote is nobody's statement.
func TestTheOutletsOwnCorrespondentMakesNoStatement(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"our correspondent",
			"\"We are still talking,\" Jo Brand said.\n\nPrivately ministers believe this will be the \"less painful\" option, our correspondent added.",
			"less painful", ""},
	})
}

// TestTheStatementSpeaksForItsIssuer holds that `"…," the statement said`
// is the words of whoever the story said issued the statement.
func TestTheStatementSpeaksForItsIssuer(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"said in a statement",
			"Two soldiers died in a crash, the Harbour Defence Ministry said in a statement on Wednesday.\n\n\"The cause of the crash is under investigation,\" the statement said.",
			"The cause of the crash", "Harbour Defence Ministry"},
	})
}

// TestSpeakerPatternsOfNewsCopyTwo holds more common attributions:
// "according to", an owner's spokesman, statements, interviews, posts,
// quotes run on over a paragraph break, titles and pronouns.
func TestSpeakerPatternsOfNewsCopyTwo(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"according to X colon", "According to Jo Brand, the deal \"will collapse within a year\".", "will collapse within a year", "Jo Brand"},
		{"X's spokesman said", "Tom Reyes met the unions.\n\nMr Reyes's spokesman said: \"Talks will continue next week.\"", "Talks will continue", "Tom Reyes"},
		{"in a statement X said", "In a statement, the Harbour Ministry said: \"We regret the loss of life.\"", "We regret the loss", "Harbour Ministry"},
		{"tweet", "Jo Brand wrote on Twitter: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"interview", "In an interview with the Harbour Times, Jo Brand said: \"We will not back down.\"", "We will not back down", "Jo Brand"},
		{"X told the paper", "\"We will not back down,\" Jo Brand told the Harbour Times.", "We will not back down", "Jo Brand"},
		{"said X, adding", "\"We will not back down,\" said Jo Brand, adding that talks would continue.", "We will not back down", "Jo Brand"},
		{"two paragraphs quote", "Jo Brand said: \"We will not back down.\n\n\"We will fight on.\"", "We will fight on", "Jo Brand"},
		{"he added after new subject", "Jo Brand spoke first. Tom Reyes, the chancellor, then rose. \"We will cut taxes,\" he added.", "We will cut taxes", "Tom Reyes"},
		{"quote then said pronoun she two women", "Jo Brand met Maria Holt on Monday. Ms Holt later told reporters: \"It was frank.\" \"We disagreed,\" she said.", "We disagreed", "Maria Holt"},
		{"title subject", "Prime Minister Tom Reyes met Jo Brand on Monday.\n\n\"It was frank,\" the prime minister said.", "It was frank", "Tom Reyes"},
		{"the former minister", "Former minister Tom Reyes attacked the plan. \"It is a disgrace,\" the former minister said.", "It is a disgrace", "Tom Reyes"},
	})
}

// TestMeetingParticipantsFromTitlesAndPronouns holds that a meeting told
// with a title and a pronoun ("the prime minister said he had discussed
// … with the chancellor") has the people the story titled so, and that
// "the chancellor" is the person titled chancellor, not a prime minister
// who shares the office's class.
func TestMeetingParticipantsFromTitlesAndPronouns(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"Senator Tom Reyes flew to Kabul on Monday with Jo Brand. Soon after he met Karl Ots.", "Tom Reyes", "Karl Ots"},
		{"Prime Minister Tom Reyes denied the claims. Chancellor Karl Ots was silent. But the prime minister said he had discussed these claims with the chancellor.", "Tom Reyes", "Karl Ots"},
		{"Tom Reyes, the chancellor, was silent. Prime Minister Jo Brand said she had met the chancellor on Monday.", "Jo Brand", "Tom Reyes"},
	} {
		fs := extractText(t, c.text)
		found := false
		for _, m := range fs.Meetings {
			if len(m.Participants) == 2 && (m.Participants[0] == c.a && m.Participants[1] == c.b || m.Participants[0] == c.b && m.Participants[1] == c.a) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: meetings %+v, want %s and %s", c.text, fs.Meetings, c.a, c.b)
		}
	}
}

// TestQuoteRunOnAndNewSpeakers holds that an unattributed quote continues
// the last speaker over narration about someone else and over names inside
// the quote, and goes to a person a short sentence of narration just made
// its subject ("Y disagreed. "…"") or a paraphrase just reported.
func TestQuoteRunOnAndNewSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"cont after paraphrase mention", "\"We will win,\" Jo Brand said.\n\nShe criticised Tom Reyes for his record.\n\n\"He has failed the voters.\"", "He has failed the voters", "Jo Brand"},
		{"cont quote only mentions name", "\"We will win,\" Jo Brand said.\n\n\"Tom Reyes has failed the voters and Karl Ots knows it.\"", "Tom Reyes has failed", "Jo Brand"},
		{"cont two sentence para then quote", "Jo Brand said: \"We will win.\"\n\n\"The voters know it. Tom Reyes knows it.\"", "The voters know it", "Jo Brand"},
		{"second quote in para other subject", "\"We will win,\" Jo Brand said. Tom Reyes disagreed. \"She is wrong.\"", "She is wrong", "Tom Reyes"},
		{"quote para then attribution names object", "\"We will win,\" Jo Brand told Tom Reyes.\n\n\"The voters know it.\"", "The voters know it", "Jo Brand"},
		{"quote after paraphrase of new speaker", "\"We will win,\" Jo Brand said.\n\nTom Reyes said the party was divided. \"It is a mess.\"", "It is a mess", "Tom Reyes"},
		{"mid para continuation", "Jo Brand said the plan was wrong. \"It will not work. We need a new one.\"", "It will not work", "Jo Brand"},
		{"continuation after said of other", "\"We will win,\" Jo Brand said of Tom Reyes.\n\n\"The voters know it.\"", "The voters know it", "Jo Brand"},
		{"new speaker described", "\"We will win,\" Jo Brand said.\n\nBut Tom Reyes, the party's treasurer, was less sure.\n\n\"We have no money left.\"", "We have no money left", "Tom Reyes"},
	})
}

// TestFrontedTimeBeforeTheSubject holds that "Earlier Saturday, X
// apologized in a nationally televised address, saying they "…"" is X's.
func TestFrontedTimeBeforeTheSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"earlier Saturday",
			"Title\n\nEarlier Saturday, Jo Brand apologized for her actions in a brief nationally televised address, saying they \"stemmed from the urgency\" she felt.",
			"stemmed from the urgency", "Jo Brand"},
	})
}

// TestAccordingToMidSentence holds that "Y, according to X, made a trip
// for a "…"" is X's words.
func TestAccordingToMidSentence(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"parenthetical",
			"President Tom Reyes, according to the Harbour Ministry, made an unscheduled trip to hospital on Saturday for a \"quick exam and labs\" as part of his physical.",
			"quick exam and labs", "Harbour Ministry"},
	})
}

// TestDirectiveFromAPerson holds that "directives from X to "…"" quotes X.
func TestDirectiveFromAPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"directives from",
			"President Tom Reyes rules the country.\n\nAs documents leaked to the press have unveiled, the detentions originated in directives from Reyes to \"show absolutely no mercy\" to dissent.",
			"show absolutely no mercy", "Tom Reyes"},
	})
}

// TestShortFormOfAKnownBody holds that the first word of a body the
// lexicon knows ("Amnesty" of "Amnesty International") is that body, so
// "Both Amnesty and the union called it "…"" is the body's.
func TestShortFormOfAKnownBody(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"short form first of two",
			"Amnesty International welcomed the ruling on Monday.\n\nBoth Amnesty and the Harbour Workers Union called the verdict \"a step long overdue\".",
			"a step long overdue", "Amnesty International"},
	})
}
