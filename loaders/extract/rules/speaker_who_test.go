package rules

import "testing"

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
