package rules

import (
	"strings"
	"testing"
)

// speakerCase is a short made-up story, a quote's first words and whom
// the quote must be attributed to ("" when it must not be a statement).
type speakerCase struct {
	name, text, quote, speaker string
}

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if strings.HasPrefix(st.Quote, c.quote) {
					if st.Speaker != c.speaker {
						t.Errorf("%q spoken by %q, want %q", st.Quote, st.Speaker, c.speaker)
					}
					return
				}
			}
			if c.speaker != "" {
				t.Errorf("no statement %q in %+v", c.quote, fs.Statements)
			}
		})
	}
}

// TestSpeakerOfTheReportingClause holds that a quote hung on a verb inside
// a reported clause is the reporter's, and that a thing an actor owns
// (a spokesman, a letter) speaks for its owner.
func TestSpeakerOfTheReportingClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"participle continues the reporter",
			"Union leader Karl Ots met the families on Monday. He said Mr Brand had spoken with \"real warmth\", adding: \"He listened to every one of us.\"",
			"He listened to every one", "Karl Ots"},
		{"pronoun inside the reported clause",
			"In an interview with Tom Reyes, Maria Holt said she believes the plan she promised works because voters \"feel the change now\".",
			"feel the change now", "Maria Holt"},
		{"a named subject of the reported clause keeps its quote",
			"Jo Brand said that Karl Ots told reporters: \"We will appeal the ruling.\"",
			"We will appeal", "Karl Ots"},
		{"an owner's spokesman",
			"Karl Ots met Jo Brand on Monday.\n\nMr Ots's official spokesman said nobody present would \"ever forget the apology\".",
			"ever forget", "Karl Ots"},
		{"a letter to someone",
			"The Harbour Workers Union wrote to Jo Brand on Monday.\n\nThe Harbour Workers Union's letter to Jo Brand, the port commissioner, said: \"The dock must stay open all year.\"",
			"The dock must stay open", "Harbour Workers Union"},
	})
}

// TestPronounKeepsItsSubject holds that a pronoun after a quote of several
// sentences means the person the paragraph before introduced, and that a
// body named as a modifier does not hide the person it describes.
func TestPronounKeepsItsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"subject after a connective, quote of two sentences",
			"\"We agreed the terms,\" Jo Brand said.\n\nThe line will be run by a state firm.\n\nHowever, Harbour Gas Company pipelines executive Karl Ots has doubts about the project.\n\n\"It is one option. If we build a long line, I have a lot of concerns,\" he said.",
			"It is one option", "Karl Ots"},
	})
}

// TestUnnamedSpokespersonSpeaksForTheBodyBefore holds that a spokesperson
// with no body of their own speaks for the body the sentence before made
// its subject, that a pronoun after an unnamed spokesperson is theirs, and
// that a spokesperson no body can be found for is no statement (nor the
// last named speaker's).
func TestUnnamedSpokespersonSpeaksForTheBodyBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"body opens the sentence before",
			"Jo Brand called the curfew \"a disgrace\".\n\nBut the Harbour Authority defended the curfew. A spokesman said: \"These rules keep the docks safe at night.\"",
			"These rules keep the docks", "Harbour Authority"},
		{"after the quote",
			"Jo Brand called the curfew \"a disgrace\".\n\nThe Harbour Authority rejected the claim. \"The rules keep the docks safe,\" a spokeswoman said.",
			"The rules keep the docks", "Harbour Authority"},
		{"no body named",
			"Jo Brand called the curfew \"a disgrace\".\n\nThey said they would fight on. \"The rules will take a decade to work,\" a spokesman said.",
			"The rules will take a decade", ""},
		{"pronoun after an unnamed spokeswoman",
			"Karl Ots said he had no doubts. A Harbour Authority spokeswoman said Mr Ots and the board agreed. \"Their dispute is a narrow one,\" she said.",
			"Their dispute is a narrow one", "Harbour Authority"},
	})
}

// TestSpeakerReferredToByTheNounOfTheirName holds that "the archbishop"
// is the Archbishop named before and "the bureau" the Bureau, that an
// attribution closing the sentence a fragment stands in takes it, and
// that a title before the name does not hide the subject of "…, saying:".
func TestSpeakerReferredToByTheNounOfTheirName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"title opening the name",
			"Archbishop Lena Vos has called for the camp to close. On Tuesday Foreign Secretary Karl Ots told parliament the talks were over. The archbishop added: \"What is happening to those left behind?\"",
			"What is happening to those", "Archbishop Lena Vos"},
		{"a body at the sentence end",
			"The Harbour Bureau of Fisheries said in a statement that the boat was hit. Captain Jo Brand said the crew were safe.\n\nThe other vessel also \"tried to block the path\" of the boat, which was on patrol, the bureau said.",
			"tried to block the path", "Harbour Bureau of Fisheries"},
		{"title words before the subject",
			"Jo Brand promised a campaign \"which is upbeat\".\n\nOpposition co-chairman Karl Ots derided the photo call, saying: \"The show of unity was the worst acting I have seen.\"",
			"The show of unity", "Karl Ots"},
		{"an attribution after the quote's sentence is another's",
			"Jo Brand promised a campaign \"which is upbeat\".\n\nKarl Ots said: \"We have heard it all before.\" Taxes had risen twice, his deputy Lena Vos said.",
			"We have heard it all", "Karl Ots"},
	})
}

// TestQuotedLabelIsNoStatement holds that a short phrase quoted inside
// narration with no verb of saying is a label, not the last speaker's
// words, while one a verb of saying governs still is a statement.
func TestQuotedLabelIsNoStatement(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"label in narration",
			"\"We will close the camp,\" Jo Brand said.\n\nThe men were held as part of the so-called \"war on drugs\" for three years.",
			"war on drugs", ""},
		{"label before a noun",
			"\"We will not back down,\" Karl Ots said.\n\nThe boat was hit by a \"coastal fishing militia\" vessel on Friday.",
			"coastal fishing militia", ""},
		{"fragment of a verb of saying",
			"\"We will close the camp,\" Jo Brand said.\n\nThe Harbour Workers Union has called the camp a \"standing disgrace\" and an \"icon of cruelty\".",
			"icon of cruelty", "Harbour Workers Union"},
	})
}

// TestAttributionAfterTheQuoteWithItsDescriptors holds that a job and the
// body it is at before a name, "has written", and a possessor in the
// sentence before a pronoun do not take the quote from its speaker.
func TestAttributionAfterTheQuoteWithItsDescriptors(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"body and job before the name",
			"President Tom Reyes said oil would rise.\n\n\"Moreover, the cartel failed to make its agreed cuts,\" Harbourbank analyst Karl Ots said.",
			"Moreover, the cartel failed", "Karl Ots"},
		{"has written",
			"Economist Jo Brand said prices would rise.\n\n\"The importer pays the duty at the border,\" Lena Vos, a senior fellow at a tax centre, has written.",
			"The importer pays the duty", "Lena Vos"},
		{"a possessor is not the pronoun's",
			"Firms did not pay for President Tom Reyes's trips abroad, Communications Minister Karl Ots said today.\n\nHe said the government covered the cost of the delegation.\n\n\"The business delegation paid for its own seats.\"",
			"The business delegation paid", "Karl Ots"},
	})
}

// TestQuoteParagraphAfterAnIntroduction holds that a quote paragraph with
// no attribution after a paragraph introducing a person is that person's,
// and that a quoted subheading is not.
func TestQuoteParagraphAfterAnIntroduction(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"introduced person",
			"\"The line will be built,\" Jo Brand said.\n\nKarl Ots, the provincial member for trade, wants the line to reach the border.\n\n\"Bringing in our neighbours is important for the whole region.\"",
			"Bringing in our neighbours", "Karl Ots"},
		{"quoted subheading",
			"\"The line will be built,\" Jo Brand said.\n\nKarl Ots, the provincial member for trade, wants the line to reach the border.\n\n\"Rising costs\"\n\nThe cost of the line has doubled.",
			"Rising costs", ""},
	})
}

// TestSubjectCarriesOnToThePronoun holds that a pronoun means the subject
// of the sentence before, though only another person's gender is shown
// there; that "one of the X, Name" is Name; that a paragraph reporting
// someone's words does not hand the next quote to the person it opens
// with; and that a named spokesman quoted last keeps the pronoun.
func TestSubjectCarriesOnToThePronoun(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"subject over a gendered object",
			"Party leader Karl Ots accused the minister and Mr Reyes of \"squabbling like children\". He told a radio show: \"This is the politics of the playground.\"",
			"This is the politics", "Karl Ots"},
		{"one of a group",
			"However, one of the so-called Harbour Four, Karl Ots - who was wrongly convicted - said the families were delighted. He said the minister had spoken with \"real warmth\".",
			"real warmth", "Karl Ots"},
		{"reported words before a quote paragraph",
			"Tom Reyes has failed the country, Karl Ots has said.\n\n\"The country is heading the wrong way\", the opposition chief said in his message.",
			"The country is heading", "Karl Ots"},
		{"named spokesman after the quote",
			"A Harbour Authority spokeswoman said the talks were over.\n\n\"The quality of reporting differs,\" spokesman Karl Ots said. He added that the figures gave a \"good overview for planning\".",
			"good overview for planning", "Karl Ots"},
	})
}

// TestAttributionClosingTheSentence holds that a fragment in a sentence
// that closes with its speaker ("…, Y has said.") is Y's, not the
// subject's of the clause it stands in, and that a pronoun after such a
// sentence means Y.
func TestAttributionClosingTheSentence(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"fragment in reported speech",
			"Tom Reyes has failed to tackle the \"deep unfairness\" in the tax system, Karl Ots has said.",
			"deep unfairness", "Karl Ots"},
		{"pronoun after the closing attribution",
			"Tom Reyes has failed the country, Karl Ots has said. He told reporters: \"We will do better than this.\"",
			"We will do better", "Karl Ots"},
	})
}

// TestPassiveAndControlledSpeakers holds that the agent of a passive verb
// of saying speaks ("branded a "…" by X"), that the subject of such a
// passive without an agent does not ("X has been accused of "…""), and
// that the object of "urge X to" speaks the words X is urged to.
func TestPassiveAndControlledSpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"agent after the quote",
			"Karl Ots has announced plans to limit casinos, in a move branded a \"humiliating retreat\" by the Harbour Party.",
			"humiliating retreat", "Harbour Party"},
		{"passive without an agent",
			"Jo Brand has been accused of using the \"politics of confusion\" to hide the plans.",
			"politics of confusion", ""},
		{"object of a control verb",
			"The poll inspired Governor Karl Ots, a backer of Jo Brand, to urge Tom Reyes to \"be a hero\" and step aside.",
			"be a hero", "Karl Ots"},
	})
}

// TestUnnamedPeopleMakeNoStatements holds that the words of a person the
// story does not name are no statement, nor the last named speaker's, and
// that the quotes run on after them are not either.
func TestUnnamedPeopleMakeNoStatements(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"said a senior official",
			"\"We will meet again,\" Tom Reyes said.\n\n\"He wants to set the tone,\" said a senior administration official. \"It is not a trick.\"",
			"He wants to set the tone", ""},
		{"run-on after an unnamed source",
			"\"We will meet again,\" Tom Reyes said.\n\n\"He wants to set the tone,\" said a senior administration official. \"It is not a trick.\"",
			"It is not a trick", ""},
		{"an unnamed source opening the sentence",
			"Tom Reyes said the gifts were declared.\n\nA party source said: \"It is shocking that the rules were bent.\"",
			"It is shocking", ""},
		{"a named aide still speaks",
			"\"We will meet again,\" Tom Reyes said.\n\n\"He wants to set the tone,\" said an aide, Jo Brand.",
			"He wants to set the tone", "Jo Brand"},
	})
}

// TestBodyPronounsCarryTheSpokesmansBody holds that "they" opening the
// sentences between a body and its unnamed spokesman keeps that body, and
// that "said a spokesman" after the quote reads like "a spokesman said".
func TestBodyPronounsCarryTheSpokesmansBody(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"they between",
			"Karl Ots said the plan was fine.\n\nDespite their backing, the Harbour Party insisted it would hold ministers to account. They said they would press the government. And they pledged to assess the cost. \"The bill will take a decade to work,\" a spokesman said.",
			"The bill will take a decade", "Harbour Party"},
		{"inverted",
			"Karl Ots said the plan was fine.\n\nThe Harbour Authority rejected the claim. \"The rules keep the docks safe,\" said a spokeswoman.",
			"The rules keep the docks", "Harbour Authority"},
	})
}

// TestWordsBetweenSubjectAndVerb holds that an adverb in -ly and a short
// phrase of time between a subject and its verb of saying do not hide the
// subject.
func TestWordsBetweenSubjectAndVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"adverb",
			"\"We agreed,\" Karl Ots said.\n\nIf Tom Reyes decides to step down, his preferred choice is Jo Brand. He has implicitly endorsed her, saying that he would not have picked her as his deputy \"unless I thought she was qualified to lead\".",
			"unless I thought", "Tom Reyes"},
		{"time phrase",
			"\"We agreed,\" Karl Ots said.\n\nThe contract was cancelled in 2009. Tom Reyes at the time called the aircraft \"an example of waste gone mad\".",
			"an example of waste", "Tom Reyes"},
	})
}

// TestLabelsAndUnnamedSources holds that a slogan is no statement, that a
// party's unnamed source and "one user quipped" are nobody's, and that a
// participle after a fronted date keeps the sentence's subject.
func TestLabelsAndUnnamedSources(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"slogan",
			"Governor Jo Brand is defending a campaign with the slogan \"Drugs, we are on it.\"",
			"Drugs, we are on it", ""},
		{"party source",
			"Tom Reyes declared the gifts.\n\nA Harbour Party source said: \"It is shocking that the rules were bent.\"",
			"It is shocking", ""},
		{"one user quipped",
			"Governor Jo Brand defended the campaign.\n\n\"If we were any higher, we would be in orbit,\" one user quipped.",
			"If we were any higher", ""},
		{"participle after a fronted date",
			"A party source said: \"It is shocking.\"\n\nOn Monday, Sir Tom Reyes dodged questions on whether he would keep the gifts, pledging only to \"comply with the rules\".",
			"comply with the rules", "Tom Reyes"},
	})
}
