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
