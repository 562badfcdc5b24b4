package dates

import "testing"

// A day named without its year takes the year its paragraph has just told
// of when that year is past; otherwise the day nearest the publication.
func TestDayTakesThePastYearItsParagraphTellsOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"She raised her concerns in the spring of 1986. However on March 6 he wrote to her.",
			[]want{{"1986", "1986"}, {"on March 6", "1986-03-06"}}},
		{"He took office in 2019.\n\nOn March 6 he wrote to her.",
			[]want{{"in 2019", "2019"}, {"On March 6", "2025-03-06"}}},
		{"He wrote to her on March 6.", []want{{"on March 6", "2025-03-06"}}},
		{"Talks began on 3 September 2025 and on September 5 they ended.",
			[]want{{"on 3 September 2025", "2025-09-03"}, {"on September 5", "2025-09-05"}}},
	} {
		got := Find(c.in, published)
		if len(got) != len(c.want) {
			t.Fatalf("Find(%q) = %v, want %v", c.in, describe(got), c.want)
		}
		for k, w := range c.want {
			if got[k].Text != w.text || render(got[k]) != w.date {
				t.Errorf("Find(%q)[%d] = %q %s, want %q %s", c.in, k, got[k].Text, render(got[k]), w.text, w.date)
			}
		}
	}
}
