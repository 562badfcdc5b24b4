package rules

import "testing"

// TestMeetingReporterTookPart checks that a verb of saying whose own
// clause holds the meeting phrase ("X announced the deal during a
// meeting with Y") leaves its subject a participant, while one that
// reports another's meeting names none, on sentences written for the
// test.
func TestMeetingReporterTookPart(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"announced during a meeting", "President Ana Silva announced the deal during a meeting in the palace with Foreign Minister Li Wen.",
			[]string{"Ana Silva+Li Wen"}},
		{"told reporters after talks", "Governor Lena Berg told reporters after talks with Senator Mark Dunn that the plan was dead.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"reports another's meeting", "A spokesman said the resignation followed a meeting with Senator Mark Dunn.", nil},
		{"a pronoun reports a body's meeting", "Ann Obi spoke in Leeds on Monday. She said a meeting of the Harbour Council would probably discuss the ruling.", nil},
		{"a pronoun tells the one it met", "Tom Reyes spoke in Leeds on Monday. He told Ann Obi at a dinner that he would stay.",
			[]string{"Ann Obi+Tom Reyes"}},
	})
}

// TestMeetingCoordinatedSubjects checks that every actor listed as the
// subject takes part in a meeting told by a noun ("X and Y attended a
// summit of Z", "X and Y agreed after talks with Z"), on sentences
// written for the test.
func TestMeetingCoordinatedSubjects(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"attended a summit of", "Prime Minister Joao Costa and Chancellor Ana Silva attended a summit of the African Union.",
			[]string{"African Union+Ana Silva+Joao Costa"}},
		{"at a body's meeting", "Prime Minister Joao Costa and Chancellor Ana Silva faced criticism at Monday's meeting of the African Union.",
			[]string{"African Union+Ana Silva+Joao Costa"}},
		{"after talks with", "Prime Minister Joao Costa and Chancellor Ana Silva agreed the plan after talks with President Li Wen.",
			[]string{"Ana Silva+Joao Costa+Li Wen"}},
		{"one subject", "Chancellor Ana Silva agreed the plan after talks with President Li Wen.",
			[]string{"Ana Silva+Li Wen"}},
	})
}

// TestMeetingCountriesRepresented checks that unnamed representatives of
// countries listed together ("Chinese and American negotiators") meet as
// those countries, and one country's alone meet no one, on sentences
// written for the test.
func TestMeetingCountriesRepresented(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"demonyms held talks", "Chinese and American negotiators held talks in Geneva last week.", []string{"China+United States"}},
		{"demonyms met", "Chinese and American officials met in Geneva last week.", []string{"China+United States"}},
		{"a modifier before the noun", "Chinese and American trade negotiators held talks in Geneva.", []string{"China+United States"}},
		{"one country's officials", "Chinese officials met in Geneva last week.", nil},
	})
}

// TestMeetingCallsAndOffices checks that a call to several is one call
// each, and that an office of several countries ("the presidents of X and
// Y", "the leaders of X and Y") names each, on sentences written for the
// test.
func TestMeetingCallsAndOffices(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"a call to a person and two countries' presidents", "Prime Minister Joao Costa spoke on the telephone to President Ana Silva, and the presidents of Chile and Peru.",
			[]string{"Ana Silva+Joao Costa", "Chile+Joao Costa", "Joao Costa+Peru"}},
		{"a call to two", "Prime Minister Joao Costa spoke by phone to President Li Wen and Chancellor Ana Silva.",
			[]string{"Ana Silva+Joao Costa", "Joao Costa+Li Wen"}},
		{"met two", "President Ana Silva met President Li Wen and Chancellor Otto Braun in Paris.",
			[]string{"Ana Silva+Li Wen+Otto Braun"}},
		{"met the leaders of two countries", "President Ana Silva met the leaders of France and Germany in Paris.",
			[]string{"Ana Silva+France+Germany"}},
	})
}

// TestMeetingHostsAreNotGuests checks that hosts of a dinner with no
// guest named, or the people told of at a dinner by someone the story
// does not name, make no meeting of each other, while a guest named after
// "for" does, on sentences written for the test.
func TestMeetingHostsAreNotGuests(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"co-hosts", "On Thursday night, Governor Lena Berg, 56, and Senator Mark Dunn, 57, hosted a dinner at the castle, their first public appearance.", nil},
		{"a host and who spoke there", "Governor Lena Berg hosted a dinner in November 2003 where the prime minister told Senator Mark Dunn he would stand down.", nil},
		{"a guest after for", "Governor Lena Berg and Senator Mark Dunn hosted a reception for President Ana Silva.",
			[]string{"Ana Silva+Lena Berg+Mark Dunn"}},
	})
}

// TestMeetingTopicIsNoParty checks that an actor a meeting is about or
// aimed against ("a summit on Syria", "sanctions against Japan") takes no
// part in it.
func TestMeetingTopicIsNoParty(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"on", "Tom Reyes joined the summit on Syria in Geneva.", nil},
		{"against", "The Harbour Council prepared for a Thursday meeting to decide what sanctions should be taken against Japan.", nil},
	})
}
