package rules

import "strings"

// Capitalised runs read as a person's name that are made of common English
// words instead: "Five British detainees", "Community Support Officers",
// "Rust Belt states", "the Financial Crime Prevention agency", "Mostly
// True". A person's name does not open with a number or an adverb, nor
// end in an abstract noun or a plural of a common noun. Names of bodies
// ("… Trust", "… Alliance") are left to be read as bodies. The words and endings are general English, never a list of
// particular names; endings that surnames share ("Jones", "Clement",
// "Eric") are left out.

// commonNameOpeners never open a person's name: numbers, adverbs,
// conjunctions and adjectives of degree or number.
var commonNameOpeners = toSet(`One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred
Thousand Dozen Whether Mostly Largely Partly Fully Totally Complete Total Great Greater
Little Many Most Several Various Certain Future Current
Exporting Importing Emerging Developing Native Whose Whatever Whoever Perhaps Maybe Sometimes`)

// commonNameEnds never end a person's name: plurals of common nouns and
// nouns of places, things and qualities.
var commonNameEnds = toSet(`Affairs Officers Controls Interests Boys Girls Countries States Services
Workers Britains Americans Citizens People Children Families Members Leaders Veterans Voters Officials
Systems Prosecutions Rights Weapons Studies Sciences Belt Place Stuff Magic True False Free Facility
Prevention Citizenship Endorsement Victory Win WIN Market Square Street Avenue Road
Bridge Station Airport Stadium Arena Prize Award Awards Index Scheme
Cities Towns Villages Communities Lighting Census Hub Reports Parade Command Access Officer Advocate
Programme Program Plan Roadmap Survey Report Strategy`)

// campaignOpeners open the names of campaign groups, which are actors.
var campaignOpeners = toSet("Stop Save Keep Ban Free No Vote Friends")

// bodyMentNouns end in "ment" and name bodies.
var bodyMentNouns = toSet("Government Parliament Department Movement Management Establishment Regiment Enlightenment")

// abstractEnds are endings of abstract nouns that no surname has at that
// length ("Togetherness", "Socialism", "Investment"); endings bodies share ("Action",
// "Fellowship", "Community", "Initiative") are left out.
var abstractEnds = []struct {
	suffix string
	min    int
}{{"ness", 7}, {"ism", 6}, {"ment", 9}}

// commonWordsName reports whether the words of a name read as a person's
// are common English words: the run names a group, place, thing or quality.
func commonWordsName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	first, last := words[0], strings.TrimSuffix(words[len(words)-1], ".")
	if campaignOpeners[first] {
		return false // "Stop Stansted Expansion": a campaign group
	}
	for _, w := range words[:len(words)-1] {
		if isAcronym(w) {
			return false // "Hereford Hospitals NHS Trust": a body's name
		}
	}
	if commonNameOpeners[first] || commonNameEnds[last] {
		return true
	}
	if isAcronym(strings.TrimSuffix(last, "s")) && strings.HasSuffix(last, "s") {
		return true // "Senior MPs"
	}
	if bodyMentNouns[last] {
		return false
	}
	for _, e := range abstractEnds {
		if len(last) >= e.min && strings.HasSuffix(last, e.suffix) {
			return true
		}
	}
	return false
}

// commonWordsPerson reports a mention read as an untitled person whose
// words are common English words.
func (d *doc) commonWordsPerson(m mention) bool {
	if m.kind == mSingle {
		return loneNonName(m.name)
	}
	if m.kind != mPerson || m.title != "" || m.b-m.a < 2 {
		return false
	}
	return commonWordsName(strings.Fields(m.name))
}

// loneNonNames are single capitalised words read where a surname could
// stand that name no one: a street's abbreviation, a party's adjective,
// a generic group opening a sentence ("Reports say", "Critics said").
var loneNonNames = toSet(`St St. Democratic Republican Reports Sources Officials Critics Analysts Experts Witnesses
Residents Protesters Investigators Prosecutors Lawmakers Observers Diplomats Campaigners Activists
Researchers Economists`)

// loneNonName reports a lone word that is no surname: one of the above or
// the plural of an acronym ("MPs", "MEPs").
func loneNonName(w string) bool {
	if loneNonNames[w] {
		return true
	}
	return len(w) > 2 && strings.HasSuffix(w, "s") && isAcronym(strings.TrimSuffix(w, "s"))
}
