package rules

import "testing"

// TestExchangesInProceedings checks that a telling or an asking inside a
// court proceeding is no meeting and that one at a hearing joins it, on
// sentences written for the test.
func TestExchangesInProceedings(t *testing.T) {
	court := "The trial of Mark Dunn entered its third week. The judge, Lena Berg, heard testimony from the defendant on the witness stand. The jury was told the trial would end soon. "
	cases := []meetingCase{
		{"asked the defendant at trial", court + "Prosecutor Tim Holt asked Dunn whether he had signed the papers.", nil},
		{"the judge told the lawyer", court + "Berg told Tim Holt that he was following his lead.", nil},
		{"told outside a proceeding", "Mayor Ana Rojas told Governor Tim Holt that the bridge would close.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"a senator's question joins the hearing", "Ana Rojas testified before the Senate Judiciary Committee on Tuesday. Senator Tim Holt told Rojas she had failed.",
			[]string{"Ana Rojas+Senate Judiciary Committee+Tim Holt"}},
	}
	checkMeetingCases(t, cases)
}
