package rules

import "testing"

// TestSpeakerThroughAppositionsAndCoordination checks quotes whose speaker
// is the subject of a clause that appositions, relative clauses or a
// first predicate separate from the quote, on sentences written for the
// test.
func TestSpeakerThroughAppositionsAndCoordination(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"two appositions", "Marta Ilić, the head of Danube Watch, a conservation charity, said the dam was \"a gamble with the river\".",
			"a gamble with the river", "Marta Ilić", ""},
		{"two appositions, called", "Joel Sand, the mayor of Tromsø, the largest city in the north, called the plan \"a slap in the face\".",
			"a slap in the face", "Joel Sand", ""},
		{"possessive title apposed", "Chile's deputy mining minister, Pablo Reyes, said Santiago backed the cuts but urged the group to \"act quickly\" on prices.",
			"act quickly", "Pablo Reyes", ""},
		{"second predicate after relative clause", "Senator Ana Ruiz, who leads the opposition bloc, said the minister had \"misled the house\" and warned that voters would \"not forget this.\"",
			"not forget this", "Ana Ruiz", ""},
		{"said after another verb and an object", "Kenyan envoy Tom Otieno, who flew home with the crew, thanked the king of Jordan and said the deal worked only because Amman \"never closed the door\".",
			"never closed the door", "Tom Otieno", ""},
		{"participle phrase before predicates", "Irish Finance Minister Cara Doyle, speaking in the Dáil on Tuesday, praised the unions for their \"patience\" and said the state stood \"with every worker\".",
			"with every worker", "Cara Doyle", ""},
		{"saying after an object with a relative clause", "Garry Holt singled out Canada, which sent a junior official, saying Ottawa had \"shown up empty-handed\".",
			"shown up empty-handed", "Garry Holt", ""},
		{"charge rejected as", "Critics accused Governor Lina Park of \"bowing to the banks\", a charge the governor rejected on Thursday as \"simply false\".",
			"simply false", "Lina Park", ""},
		{"statement dismissed as", "The State Department accused Venezuela of \"harassing ships\", a statement Foreign Minister Luis Mora dismissed as \"meddling by outsiders\".",
			"meddling by outsiders", "Luis Mora", ""},
	})
}

// TestUnnamedSpokespersonSpeaksAsTheBody checks that an indefinite,
// unnamed spokesperson's words are the body's, and a named one's stay the
// person's.
func TestUnnamedSpokespersonSpeaksAsTheBody(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"body before the noun", "A State Department spokesperson said the ships were \"acting recklessly at sea\".",
			"acting recklessly", "U.S. State Department", ""},
		{"place after the noun", "An IMF spokesperson in Washington said the fund was \"watching the situation closely\".",
			"watching the situation", "International Monetary Fund", ""},
		{"for a capitalised body", "A spokesperson for Global Affairs Canada said Ottawa was \"deeply concerned\" by the move.",
			"deeply concerned", "Global Affairs Canada", ""},
		{"according to, who said", "Nato chief Mark Brun telephoned Ola Halvorsen on Monday, according to a Nato spokesperson, who said the drill had been \"planned for more than a year\".",
			"planned for more than a year", "Nato", ""},
		{"named spokesman stays a person", "A spokesman for Nordhaven, Erik Lund, said it was \"a dark day for all of us\".",
			"a dark day", "Erik Lund", ""},
	})
}

// TestEmbassyAndNounFrames checks embassies named with their city, nouns
// that look like speech verbs, and a participle after a subject that
// opens the sentence.
func TestEmbassyAndNounFrames(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"embassy in a city", "Ship seized\n\n\"We call on both sides to show restraint,\" the U.S. Embassy in Nairobi said on Monday.",
			"show restraint", "U.S. Embassy in Nairobi", ""},
		{"rejected the claims as", "Ship seized\n\nThe Chinese embassy in Lima rejected the claims as \"baseless and harmful\".",
			"baseless and harmful", "Chinese embassy in Lima", ""},
		{"went further, accusing", "Ship seized\n\nThe Russian embassy in Riga went further, accusing Latvia in a statement of \"planning a provocation\".",
			"planning a provocation", "Russian embassy in Riga", ""},
	})
}
