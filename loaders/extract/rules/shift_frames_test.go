package rules

import (
	"strings"
	"testing"
)

// TestShiftFrames checks the infinitive, passive, imposed-measure,
// break-with and descriptive-subject frames on sentences written for the
// test.
func TestShiftFrames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"decided to drop", "After a review, Transport Minister Lena Berg has decided to drop the plans for a toll road.", []string{"Lena Berg"}},
		{"is to back", "The Liberal Democrats are to back the government's carbon levy, party sources said.", []string{"Liberal Democrats"}},
		{"agreed to release", "Officials said Peru had agreed to release the six fishermen after talks.", []string{"Peru"}},
		{"called off", "Finance Minister Ana Rojas called off the planned fuel levy on Monday.", []string{"Ana Rojas"}},
		{"plans to end a body's measure", "Foreign Minister Karl Weber defended plans to end the European Union's ban on beef imports.", []string{"European Union"}},
		{"demonym and group", "Danish prosecutors decided to reopen the investigation into the minister in May.", []string{"Denmark"}},
		{"passive carries the actor", "Canada dropped the investigation into the mining firm on Monday. A second case was dropped in 2019 for lack of evidence.", []string{"Canada"}},
		{"imposed by", "Retaliatory tariffs imposed by Mexico have hurt dairy farmers.", []string{"Mexico"}},
		{"imposed tariffs", "President Lena Berg imposed tariffs on Chilean copper in March.", []string{"Lena Berg"}},
		{"breaking with", "Breaking with decades of Swiss neutrality, Switzerland has joined the sanctions.", []string{"Switzerland"}},
		{"possessed backtracking", "Nor has Tokyo's backtracking on the fishing quota calmed the fleet.", []string{"Japan"}},
		{"plural demonym after souring", "Last year, Chileans elected a new congress after souring on the old parties.", []string{"Chile"}},
		{"the body named before", "The European Commission wrote to ministers in May. After talks with Greece the commission called off its plan to cut the fishing quota.", []string{"European Commission"}},
		{"reversing decades of", "Reversing decades of policy, Japan will allow arms exports to Chile.", []string{"Japan"}},
		{"voted to repeal", "The European Parliament voted to repeal the fishing law on Tuesday.", []string{"European Parliament"}},
		{"decision against what held before", "Chile has opted to allow dual citizenship, which was previously banned.", []string{"Chile"}},
		{"stripped of status", "Canada granted him asylum in 2012. He was detained after Ottawa stripped him of his refugee status.", []string{"Canada"}},
		{"pronoun carries the change", "Prime Minister Karl Weber went back on a pledge to cut fuel duty. Karl Weber met Mark Dunn, who wrote a book. But he then changed his mind in June.", []string{"Karl Weber"}},
		{"withdrew from", "Washington withdrew from the nuclear deal in May 2018.", []string{"United States"}},
		{"pulled out of", "Peru pulled out of the fishing talks on Monday.", []string{"Peru"}},
		{"severed ties", "Chile severed diplomatic ties with Venezuela in 2019.", []string{"Chile"}},
		{"broke off", "Canada broke off negotiations with the union.", []string{"Canada"}},
		{"raised tariffs", "President Lena Berg raised tariffs on Chilean copper to 25%.", []string{"Lena Berg"}},
		{"applied to join", "Finland, neutral for decades, applied to join Nato in May.", []string{"Finland"}},
		{"concessions from", "MPs backed the bill after key concessions from Home Secretary Ana Rojas.", []string{"Ana Rojas"}},
		{"made concessions", "Chile has made concessions on fishing rights.", []string{"Chile"}},
		{"agreed after refusing", "President Lena Berg had refused to meet the rebels. On Monday she agreed to talks in Geneva.", []string{"Lena Berg"}},
		{"watered down", "Finance Minister Ana Rojas watered down the plans for a fuel levy.", []string{"Ana Rojas"}},
		{"gave up a claim", "Chile gave up its claim to the islands in 1985.", []string{"Chile"}},
		{"tightened sanctions", "The European Union tightened sanctions on Belarus on Monday.", []string{"European Union"}},
		{"appeared open to", "President Lena Berg appeared open to keeping the climate accord.", []string{"Lena Berg"}},
		{"in a reversal", "In a reversal, the Japanese government said it would allow the imports.", []string{"Japanese government"}},
		{"a country's government", "Canada's government lifted the ban on Chilean beef on Monday.", []string{"Canadian government"}},
		{"the government of the story's country", "Chile held talks on Monday. The government canceled a contract for new jets.", []string{"Chilean government"}},
		{"agreed on a day to", "Mexico agreed on Monday to lift its tariffs on US pork.", []string{"Mexico"}},
		{"will no longer", "Peru will no longer buy Russian gas, the minister said.", []string{"Peru"}},
		{"rejoined", "Chile rejoined the Paris climate agreement in January.", []string{"Chile"}},
		{"outlawed the group", "Chile held talks on Monday. Chile outlawed the group behind the attack.", []string{"Chile"}},
		{"a U-turn by", "The decision marks a U-turn by the Liberal Democrats on tuition fees.", []string{"Liberal Democrats"}},
		{"eased by", "Canada lifted a ban on beef in May. The sanctions on Iran were eased by Canada on Monday.", []string{"Canada"}},
		{"branded a retreat", "Health Minister Ana Rojas cut the number of new clinics to 12, in a move branded a humiliating retreat by the opposition.", []string{"Ana Rojas"}},
	}
	wantShiftActorSets(t, cases)
}

// TestNoShiftFromFrames checks that the frames give nothing where no
// position changed.
func TestNoShiftFromFrames(t *testing.T) {
	for _, text := range []string{
		"Opposition leader Karl Weber urged the minister to drop the plans for a toll road.",
		"Finance Minister Ana Rojas decided not to drop the fuel levy.",
		"The third option is to cancel the programme, analyst Mark Dunn said.",
		"When Canada imposes tariffs on steel, buyers pay the bill.",
		"Finance Minister Ana Rojas said she expected the embargo to be lifted within months.",
		"The plans were dropped in 2019.",
		"Governor Lena Berg, who presided over the shift, was elected in 2017.",
		"Senator Mark Dunn said the party is to blame for the defeat.",
		"Finance Minister Ana Rojas attacked Green plans to scrap the fuel duty.",
		"Senator Mark Dunn expected some voters to switch to the Greens over the issue.",
		"The Senate voted to back the resolution on Monday.",
		"Chile has opted to allow dual citizenship.",
		"If the court strips him of his title, he will appeal.",
		"The speed limit was raised to 70mph.",
		"Chile banned smoking in bars.",
		"Senator Mark Dunn said that he would no longer be available.",
		"Senator Mark Dunn said he could no longer believe anything the minister told him.",
		"Mexico agreed on Monday not to lift its tariffs.",
		"Ministers would not rule out scrapping the Child Support Agency, Senator Mark Dunn warned.",
		"The Liberal Democrats want to do away with the council tax and switch to a local income tax.",
		"Senator Mark Dunn said that instead of the tax cuts the Greens had promised, there had been rises.",
		"Finance Minister Ana Rojas froze fuel duty until September.",
		"Finance Minister Ana Rojas said there would be no more concessions.",
		"The unions demanded concessions on pay.",
		"Canada agreed to a ceasefire on Monday.",
		"Peru refused to sign the treaty. Chile agreed to sign it.",
		"Senator Mark Dunn warned that unless ministers backed down, the bill would fail.",
		"Labour fears that disillusioned supporters may switch to the Greens.",
		"If Chile quits the pact, Peru will follow.",
		"Senator Mark Dunn broke the news to reporters.",
		"Finance Minister Ana Rojas cut the budget by 5%.",
	} {
		if got := shiftActorsOf(t, text); len(got) != 0 {
			t.Errorf("%q: shifts by %q, want none", text, got)
		}
	}
}

// TestShiftToldAcrossSentences checks that one change told in two
// sentences is one shift whose evidence spans both.
func TestShiftToldAcrossSentences(t *testing.T) {
	fs := extractText(t, "The Conservative Party is to back the government's carbon levy. The party had opposed it but has now decided to come off the fence.")
	if len(fs.PolicyShifts) != 1 {
		t.Fatalf("shifts %+v, want one", fs.PolicyShifts)
	}
	if ev := fs.PolicyShifts[0].Evidence.Sentence; !strings.Contains(ev, "carbon levy") || !strings.Contains(ev, "fence") {
		t.Errorf("evidence %q, want both sentences", ev)
	}
}

// TestShiftActDates checks the dates of changes told with a date of the
// thing given up, in two clauses, or by a bare month (published
// 2024-03-14).
func TestShiftActDates(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"the object's year is not the change's", "Norway has dropped its investigation into a 2012 bribery allegation against the minister.", "2024-03-14"},
		{"made in", "Prosecutors in Norway have dropped an investigation into an allegation made against the minister in 2012.", "2024-03-14"},
		{"the later clause", "Norway dropped the fishing quota in January. The Norwegian inquiry had been shelved in 2016 but was reopened earlier this year.", "2024"},
		{"a bare month is the last one", "Canada decided to reopen the investigation in May after new evidence emerged.", "2023-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			var got []string
			for _, ps := range fs.PolicyShifts {
				if ps.When != nil {
					got = append(got, ps.When.String())
				}
			}
			if len(got) == 0 || got[len(got)-1] != c.want {
				t.Errorf("shift dates %q, want the last %q", got, c.want)
			}
		})
	}
}
