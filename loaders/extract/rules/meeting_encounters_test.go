package rules

import "testing"

// TestEncounterCues checks more of the ways news copy tells two people
// together — calls without "with", speaking to a named person, meals,
// handshakes, passive hosting, trips made to meet someone, sessions of a
// body — and what is no meeting, on sentences written for the test.
func TestEncounterCues(t *testing.T) {
	cases := []meetingCase{
		{"pair spoke by phone", "Chilean President Tomas Ruiz and Argentine President Elena Vidal spoke by phone on Sunday.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"spoke with, by phone after", "Chilean President Tomas Ruiz spoke with Argentine President Elena Vidal by phone on Sunday.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"spoke to reporters is no meeting", "Chilean President Tomas Ruiz spoke to reporters in Santiago on Sunday.", nil},
		{"spoke to an office holder without a name is no meeting", "Chilean President Tomas Ruiz said he had spoken to the European Commission president on Sunday.", nil},
		{"shook hands", "Indian Prime Minister Ravi Menon shook hands with Japanese Prime Minister Kenji Sato in Tokyo.",
			[]string{"Kenji Sato+Ravi Menon"}},
		{"had lunch with", "Indian Prime Minister Ravi Menon had lunch with Japanese Prime Minister Kenji Sato on Monday.",
			[]string{"Kenji Sato+Ravi Menon"}},
		{"pair held a joint press conference", "Indian Prime Minister Ravi Menon and Japanese Prime Minister Kenji Sato held a joint press conference in Tokyo.",
			[]string{"Kenji Sato+Ravi Menon"}},
		{"hosted by", "French President Anne Morel was hosted by German Chancellor Karl Weber in Berlin on Friday.",
			[]string{"Anne Morel+Karl Weber"}},
		{"welcomed by is no meeting for a plan", "The plan was welcomed by German Chancellor Karl Weber on Friday.", nil},
		{"travel to meet", "Indian Prime Minister Ravi Menon will travel to Tokyo to meet Japanese Prime Minister Kenji Sato.",
			[]string{"Kenji Sato+Ravi Menon"}},
		{"urged someone else to meet", "Senator Mark Dunn urged Governor Lena Berg to meet Mayor Tim Holt.",
			[]string{"Lena Berg+Tim Holt"}},
		{"a delegation from a body", "Indian Prime Minister Ravi Menon met a delegation from the World Bank on Monday.",
			[]string{"Ravi Menon+World Bank"}},
		{"addressed a joint session", "Indian Prime Minister Ravi Menon addressed a joint session of the US Congress.",
			[]string{"Ravi Menon+US Congress"}},
		{"came for a meeting with", "Ukrainian President Olena Marko arrived in Warsaw on Thursday for a meeting with Polish President Jan Nowicki.",
			[]string{"Jan Nowicki+Olena Marko"}},
		{"called for a meeting is no meeting", "Ukrainian President Olena Marko called for a meeting with Polish President Jan Nowicki.", nil},
		{"an opening phrase is no list", "On the sidelines of the Andean Council, Chilean President Tomas Ruiz met Argentine President Elena Vidal.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"brought together", "The summit in Lima brought together Chilean President Tomas Ruiz, Argentine President Elena Vidal and Peruvian President Jorge Salas.",
			[]string{"Elena Vidal+Jorge Salas+Tomas Ruiz"}},
		{"paid a visit to a person", "Chilean President Tomas Ruiz paid a visit to Argentine President Elena Vidal in Buenos Aires.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"paid a visit to a country is no meeting", "Chilean President Tomas Ruiz paid a visit to Argentina in May.", nil},
		{"a round of talks", "Chile and Argentina held a second round of talks in Santiago.",
			[]string{"Argentina+Chile"}},
		{"discussed by telephone", "Chilean President Tomas Ruiz and Argentine President Elena Vidal discussed the crisis by telephone.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"a body's title before the last name", "Chilean President Tomas Ruiz met Foreign Minister Ana Rojas and Central Bank governor Luis Mora.",
			[]string{"Ana Rojas+Luis Mora+Tomas Ruiz"}},
		{"a hyphened pair of countries", "The Chile-Argentina trade talks resumed in Lima on Monday.",
			[]string{"Argentina+Chile"}},
		{"a hyphened pair of people", "Chilean President Tomas Ruiz praised Argentine President Elena Vidal. The Ruiz-Vidal summit in Lima was short.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"a hyphened pair at war is no meeting", "The Chile-Argentina trade war deepened.", nil},
		{"hosted a dinner for", "Chilean President Tomas Ruiz hosted a state dinner for Argentine President Elena Vidal on Friday.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"an unresolved they met no one", "They will also speak to Governor Lena Berg and representatives of the Rural Council.", nil},
	}
	checkMeetingCases(t, cases)
}
