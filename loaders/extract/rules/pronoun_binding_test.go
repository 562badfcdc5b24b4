package rules

import "testing"

// TestPronounAfterAParticiplePhraseIsNotItsObject holds that a person
// named inside a participle phrase opening the sentence is not what the
// pronoun of the verb of saying after it means: the phrase's understood
// subject is the pronoun itself.
func TestPronounAfterAParticiplePhraseIsNotItsObject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"commenting on X's case, he said",
			"Tom Reyes, a former miner, said he was happy with his pension. Commenting on Mr Karl Ots's case, he said: \"Nobody owes anyone a living.\"",
			"Nobody owes anyone", "Tom Reyes"},
		{"standing next to X he added",
			"Tom Reyes said the unions were on the run. But standing next to Mr Karl Ots he added: \"That is the answer to the strikes.\"",
			"That is the answer", "Tom Reyes"},
		{"asked about X's remarks, he said",
			"Tom Reyes spoke to the miners on Monday. Asked about Mr Karl Ots's remarks, he said: \"The mines will stay open.\"",
			"The mines will stay open", "Tom Reyes"},
		{"a fronted clause's own subject is still his",
			"Jo Brand spoke first. When Tom Reyes arrived, he said: \"The mines will stay open.\"",
			"The mines will stay open", "Tom Reyes"},
	})
}

// TestPronounTakesTheSubjectOfTheSentenceBefore holds that a pronoun
// opening a sentence means the main subject of the sentence before, past
// a fronted adverb ("Earlier, X accused Y"), a fronted subordinate clause
// ("As Y opened his campaign, X dismissed …") and a possessive before the
// subject's title ("Y's former adviser X said").
func TestPronounTakesTheSubjectOfTheSentenceBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"past a fronted adverb",
			"Earlier, Dr Jo Brand accused Mr Tom Reyes of telling lies about the mines. He told the radio: \"If you lie about the mines, you will lie about anything.\"",
			"If you lie about the mines", "Jo Brand"},
		{"past a fronted subordinate clause",
			"As Tory leader Mr Tom Reyes opened his campaign, party leader Karl Ots dismissed the Tories as a spent force. And he insisted there was \"no limit\" to his party's hopes.",
			"no limit", "Karl Ots"},
		{"past a possessive before the title",
			"But Mr Tom Reyes's former adviser Karl Ots said the plans would cost more. He added: \"We have set out our plans for the mines.\"",
			"We have set out our plans", "Karl Ots"},
	})
}

// TestCapitalisedTitleMeansItsHolder holds that "the Cardinal", a title
// written capitalised after a lower-case article, refers back to the
// person the story named with it, as "the cardinal" does.
func TestCapitalisedTitleMeansItsHolder(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the Cardinal said",
			"Tom Reyes met Cardinal Karl Ots on Friday. On Sunday, the Cardinal told the congregation: \"Peace is possible, and it is worth striving for.\"",
			"Peace is possible", "Cardinal Karl Ots"},
	})
}
