package rules

import "testing"

// TestQuoteOccasions checks the dating of quotes that carry on an occasion
// already told: a second quote of the same speaker in the same paragraph,
// "told X then" pointing back, and "long" as an adjective, which tells no
// other time. Sentences are written for the test.
func TestQuoteOccasions(t *testing.T) {
	cases := []struct{ name, text, quote, date string }{
		{"second quote same occasion",
			"Senator Ana Ruiz answered questions in the chamber.\n\n“We will do everything in our power to keep the fund open,” Ruiz said during her 2009 confirmation hearing. “But the rules we agreed are as close as we can get.”",
			"But the rules we agreed", "2009"},
		{"told then",
			"In January, a spokesman for Governor Paul Hale rejected the idea that Hale had done anything wrong.\n\nLawyers said the argument was weak.\n\n“It is hard to make an auditor laugh,” Maria Lopez, a tax lawyer, told reporters then. “But this would do it.”",
			"It is hard to make an auditor laugh", "2024-01"},
		{"long ties are no other time",
			"WASHINGTON, March 13 - Presidents Jean Morel and Tom Baker stressed the long ties between France and the United States, with Baker calling France “our oldest ally in war and peace.”",
			"our oldest ally in war and peace", "2024-03-13"},
		{"an exchange told in quote paragraphs",
			"During a January 2022 argument over a vaccine rule, Justice Tom Hale questioned the lawyer, Anne Price.\n\n“I am not saying the vaccines are unsafe,” Hale said.\n\n“But,” Hale continued, “is it not the case that every vaccine has risks?”\n\n“That can be true,” Price said, “but there is far greater risk from being unvaccinated.”\n\nHale cut her off: “No, I am not making that point.”\n\nThe court ruled against the rule.",
			"No, I am not making that point", "2022-01"},
		{"the exchange ends at narration",
			"During a January 2022 argument over a vaccine rule, Justice Tom Hale questioned the lawyer, Anne Price.\n\n“I am not saying the vaccines are unsafe,” Hale said.\n\nThe court ruled against the rule, and Price has since left the department.\n\n“We lost that one, and we learned from it,” Price said.",
			"We lost that one", "2024-03-14"},
	}
	wantQuoteDates(t, cases)
}
