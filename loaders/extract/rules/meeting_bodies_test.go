package rules

import "testing"

// TestMeetingsOfBodiesJoinsAndGerunds checks meetings told as a body's
// gathering, as joining someone, after a gerund ("after meeting X") and
// with "the two" as the subject, on sentences written for the test.
func TestMeetingsOfBodiesJoinsAndGerunds(t *testing.T) {
	cases := []meetingCase{
		{"chairing a meeting of a body", "Finance Minister Ana Rojas will tour a port in Chile and a mine in Peru before chairing a meeting of the Andean Council in Lima.",
			[]string{"Ana Rojas+Andean Council"}},
		{"attended a meeting of a body", "Senator Mark Dunn attended a meeting of the Rural Council on Friday.",
			[]string{"Mark Dunn+Rural Council"}},
		{"convened a meeting with people", "Governor Lena Berg convened a meeting of the Water Commission with Mayor Tim Holt on Monday.",
			[]string{"Lena Berg+Tim Holt"}},
		{"after meeting, subject before", "Opposition leader Hanna Roth spoke to reporters. She said after meeting Prime Minister Karl Weber she was more hopeful.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"after meeting, opening the sentence", "After meeting President Elena Vidal on Monday, Senator Mark Dunn said the talks had gone well.",
			[]string{"Elena Vidal+Mark Dunn"}},
		{"the two met", "Governor Lena Berg praised General Tomas Ruiz. Her view of him changed when the two met in March.",
			[]string{"Lena Berg+Tomas Ruiz"}},
		{"joined at an occasion by", "Mayor Ana Rojas was joined at the opening by Governor Tim Holt and Senator Mark Dunn.",
			[]string{"Ana Rojas+Mark Dunn+Tim Holt"}},
		{"to join someone on a visit", "Prime Minister Karl Weber is to join Economy Minister Hanna Roth on a visit to a steel plant.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"a group read as a name meets no body", "Senior MPs are expected to raise concerns at the regular meeting of the Rural Council on Monday.", nil},
		{"an opening phrase's pronoun is the subject after it", "Within hours of his final talks with Governor Tim Holt, Mayor Ana Rojas resigned.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"joined in an act is no meeting", "Chile was joined by Peru in condemning the decision.", nil},
		{"told a meeting of a body", "Commissioner Tim Holt told a meeting of the Rural Council that it would be unwise to speculate.",
			[]string{"Rural Council+Tim Holt"}},
		{"joining a party is no meeting", "Senator Mark Dunn joined the Farmers Party in 1998.", nil},
	}
	checkMeetingCases(t, cases)
}
