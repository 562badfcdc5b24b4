package dates

import "time"

// The word lists below are general English; nothing in them is specific to
// one article. Keys are lower case unless a list says otherwise.

// weekdays maps a capitalised weekday name to its day. Lower-case
// "sunday" is not a date in edited news text.
var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday,
	"Saturday": time.Saturday,
}

// months maps a capitalised full month name to its month.
var months = map[string]time.Month{
	"January": time.January, "February": time.February, "March": time.March,
	"April": time.April, "May": time.May, "June": time.June, "July": time.July,
	"August": time.August, "September": time.September, "October": time.October,
	"November": time.November, "December": time.December,
}

// monthAbbrevs maps capitalised abbreviations (wire style, with or without
// the full stop) to months. They are dates only when a day number follows.
var monthAbbrevs = map[string]time.Month{
	"Jan": time.January, "Feb": time.February, "Mar": time.March, "Apr": time.April,
	"Jun": time.June, "Jul": time.July, "Aug": time.August, "Sep": time.September,
	"Sept": time.September, "Oct": time.October, "Nov": time.November, "Dec": time.December,
}

// ambiguousMonths are month names that are also common English words or
// surnames ("May" the prime minister, "March" the verb and noun); they are
// dates only with a day or year after them or a date preposition before.
var ambiguousMonths = map[string]bool{"May": true, "March": true}

// datePrepositions may stand before a month or year and make it a date.
var datePrepositions = map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "until": true, "till": true,
	"from": true, "through": true, "during": true, "before": true, "after": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"between": true, "of": true, "a": true, "and": true, "to": true, "throughout": true,
	"spring": true, "summer": true, "autumn": true, "winter": true,
}

// strictMonthPrepositions are the words that make an ambiguous month a
// date: "in May", "since March", not "a March through the capital".
var strictMonthPrepositions = map[string]bool{
	"in": true, "on": true, "since": true, "by": true, "until": true, "till": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"during": true, "through": true, "before": true, "after": true, "from": true,
}

// spanPrepositions are folded into a mention's span and text ("on Tuesday",
// "in February"): they belong to the date expression and do not change
// which date it names.
var spanPrepositions = map[string]bool{"on": true, "in": true}

// periodModifiers qualify a period without changing its precision:
// "early this year" is still the year.
var periodModifiers = map[string]bool{
	"early": true, "earlier": true, "late": true, "later": true, "mid": true,
}

// seasons maps a season to its first month (northern hemisphere, as the
// news that says "last autumn" mostly is).
var seasons = map[string]time.Month{"spring": time.March, "summer": time.June, "fall": time.September, "autumn": time.September}

// partsOfDay may follow a day and belong to its expression ("Tuesday night").
var partsOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

// numberWords are the counts used before "days ago" and the like.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// yearNouns, after a bare year, make it a date ("the 2019 election").
var yearNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true,
	"summit": true, "campaign": true, "war": true, "invasion": true, "coup": true,
	"agreement": true, "accord": true, "deal": true, "treaty": true, "budget": true,
	"census": true, "crisis": true, "protests": true, "uprising": true, "ceasefire": true,
	"truce": true, "elections'": true, "general": true, "presidential": true,
	"parliamentary": true, "season": true, "olympics": true, "games": true,
}

// quantityNouns, after a number, make it a quantity, not a year
// ("in 2000 kilometres").
var quantityNouns = map[string]bool{
	"people": true, "kilometers": true, "kilometres": true, "km": true, "miles": true,
	"troops": true, "soldiers": true, "dollars": true, "euros": true, "tons": true,
	"tonnes": true, "meters": true, "metres": true, "votes": true, "deaths": true,
	"members": true, "jobs": true, "units": true, "barrels": true, "drones": true,
	"missiles": true, "times": true, "men": true, "women": true, "children": true,
	"residents": true, "workers": true, "cases": true, "percent": true, "per": true,
}

// futureCues are words that, shortly before a weekday or month in the same
// clause, put it in the future: "will meet on Friday", "is due to vote on
// Monday", "ahead of Sunday's vote".
var futureCues = map[string]bool{
	"will": true, "ll": true, "shall": true, "would": true, "due": true,
	"scheduled": true, "expected": true, "slated": true, "going": true,
	"upcoming": true, "coming": true, "ahead": true, "until": true, "till": true,
	"forthcoming": true,
}

// intentionCues look forward only through an infinitive: "has promised to
// hold elections in December" is future, but "promised on Tuesday to …"
// dates the promise itself.
var intentionCues = map[string]bool{
	"promised": true, "pledged": true, "vowed": true, "promises": true, "pledges": true,
	"vows": true, "hopes": true, "hoped": true, "intend": true, "intends": true,
	"intended": true, "plans": true, "planned": true, "plan": true, "aims": true,
	"set": true, "agreed": true, "threatened": true, "threatens": true, "decided": true,
}

// presentEventVerbs in the simple present announce a scheduled event in
// news style: "Malta goes to the polls on Sunday", "talks resume Monday".
var presentEventVerbs = map[string]bool{
	"goes": true, "go": true, "votes": true, "meets": true, "meet": true,
	"begins": true, "begin": true, "starts": true, "start": true, "opens": true,
	"closes": true, "ends": true, "travels": true, "visits": true, "arrives": true,
	"heads": true, "holds": true, "hosts": true, "resumes": true, "resume": true,
	"expires": true, "convenes": true, "returns": true, "kicks": true, "leaves": true,
	"takes": true, "faces": true, "reconvenes": true, "vote": true, "gather": true,
	"gathers": true, "polls": true, "opening": true,
}

// clauseBreaks stop the backward search for future cues: a cue in another
// clause says nothing about this date.
var clauseBreaks = map[string]bool{
	".": true, "!": true, "?": true, ";": true, ":": true, ",": true, "\n": true,
	"(": true, ")": true, "\"": true, "“": true, "”": true, "—": true, "–": true,
}

// pastCues, met first on the way back, end the search: "who said on
// Tuesday", "was elected on Sunday".
var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true,
	"met": true, "announced": true, "held": true, "went": true, "voted": true,
}
