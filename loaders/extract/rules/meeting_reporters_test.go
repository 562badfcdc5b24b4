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
