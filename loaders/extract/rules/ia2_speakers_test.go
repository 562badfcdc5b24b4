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
