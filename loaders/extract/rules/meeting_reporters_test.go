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
