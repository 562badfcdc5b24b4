package rules

import "strings"

// formalTitles are offices that make a Role ("Foreign Minister Ana
// Rojas" holds Foreign Minister of Peru). Matched case-insensitively,
// longest first. The value is the class used to resolve descriptions
// such as "the Kenyan leader" ("leader" fits any head of state or
// government).
var formalTitles = map[string]string{
	"president": "leader", "vice president": "deputy", "prime minister": "leader", "premier": "leader",
	"chancellor": "leader", "king": "leader", "queen": "leader", "emir": "leader", "sultan": "leader",
	"crown prince": "leader", "supreme leader": "leader", "head of state": "leader", "leader": "leader",
	"first minister":        "leader",
	"deputy prime minister": "minister", "first deputy prime minister": "minister",
	"foreign minister": "diplomat", "secretary of state": "diplomat", "foreign secretary": "diplomat",
	"minister of foreign affairs": "diplomat", "foreign affairs minister": "diplomat",
	"deputy foreign minister": "diplomat", "ambassador": "diplomat", "envoy": "diplomat",
	"special envoy": "diplomat", "top diplomat": "diplomat", "diplomat": "diplomat",
	"defense minister": "minister", "defence minister": "minister", "interior minister": "minister",
	"finance minister": "minister", "trade minister": "minister", "economy minister": "minister",
	"energy minister": "minister", "health minister": "minister", "justice minister": "minister",
	"minister": "minister", "defense secretary": "minister", "secretary of defense": "minister",
	"treasury secretary": "minister", "commerce secretary": "minister", "home secretary": "minister",
	"chief secretary":   "minister",
	"secretary-general": "official", "secretary general": "official", "high representative": "official",
	"governor": "official", "mayor": "official", "senator": "official", "speaker": "official",
	"chairman": "official", "chairwoman": "official", "chair": "official", "commissioner": "official",
	"director": "official", "director-general": "official", "chief executive": "official",
	"chief of staff": "official", "national security adviser": "official", "attorney general": "official",
	"general": "military", "commander": "military", "army chief": "military", "admiral": "military",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"press secretary": "spokesperson", "pope": "leader", "opposition leader": "politician",
	"lawmaker": "politician", "negotiator": "diplomat", "chief negotiator": "diplomat",
	"chairperson": "official", "congressman": "politician", "congresswoman": "politician",
	"brigadier general": "military", "major general": "military", "lieutenant general": "military",
	"brigadier": "military", "colonel": "military", "lieutenant colonel": "military", "major": "military",
	"captain": "military", "commandant": "military", "rear admiral": "military", "vice admiral": "military",
	"representative": "politician", "taoiseach": "leader", "pm": "leader", "president-elect": "leader",
	"first lady": "consort",
}

// titleAbbreviationsFull are the offices abbreviated titles stand for.
var titleAbbreviationsFull = map[string]string{"pm": "prime minister"}

// roleNouns are the descriptive nouns a reference to a person can end in
// without a name ("the veteran leader", "his Chilean counterpart"),
// mapped to the title classes they can refer to ("" means any).
var roleNouns = map[string]string{
	"leader": "leader", "president": "leader", "president-elect": "leader", "prime minister": "leader", "premier": "leader",
	"chancellor": "leader", "head of state": "leader", "strongman": "leader", "king": "leader",
	"diplomat": "diplomat", "top diplomat": "diplomat", "foreign minister": "diplomat",
	"secretary of state": "diplomat", "envoy": "diplomat", "counterpart": "", "minister": "minister",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"first lady": "consort",
}

// roleTitles says which formal titles keep a Role when a description
// resolves ("the U.S. president" gives President of the United States;
// "the U.S. leader" gives no new role).
var roleTitles = map[string]bool{
	"president": true, "prime minister": true, "chancellor": true, "king": true, "premier": true,
	"foreign minister": true, "secretary of state": true,
}

// leaderOrgWords end organisation names ("Foreign Ministry", "Labour Party").
var orgWords = map[string]bool{
	"Ministry": true, "Department": true, "Council": true, "Party": true, "Bank": true, "Union": true,
	"Office": true, "Agency": true, "Committee": true, "Commission": true, "Court": true, "Assembly": true,
	"Army": true, "Forces": true, "Group": true, "Company": true, "Corporation": true, "Corp": true,
	"Inc": true, "University": true, "Institute": true, "News": true, "Times": true, "Post": true,
	"Service": true, "Organization": true, "Organisation": true, "Association": true, "Federation": true, "Confederation": true,
	"Front": true, "Movement": true, "Alliance": true, "Fund": true, "Parliament": true, "Senate": true,
	"Congress": true, "Government": true, "Administration": true, "Cabinet": true, "Guard": true,
	"Police": true, "Authority": true, "Network": true, "Foundation": true, "Coalition": true,
	"Board": true, "Tribunal": true, "Navy": true, "Airlines": true, "Group's": true, "Reuters": true,
	"Press": true, "Broadcasters": true, "Media": true, "Channel": true, "Journal": true, "Television": true, "Radio": true, "Agency's": true, "Bureau": true, "Panel": true,
}

// placeWords end place names ("Red Square", "Kremlin Palace").
var placeWords = map[string]bool{
	"Street": true, "Square": true, "House": true, "Palace": true, "City": true, "Island": true,
	"Islands": true, "River": true, "Sea": true, "Ocean": true, "Airport": true, "Hall": true,
	"Hotel": true, "Center": true, "Centre": true, "Province": true, "Region": true, "Oblast": true,
	"County": true, "State": true, "Mountains": true, "Valley": true, "Bay": true, "Gulf": true,
	"Strait": true, "Peninsula": true, "Stadium": true, "Base": true, "Port": true, "Avenue": true,
	"School": true, "Hospital": true, "Prison": true, "Museum": true,
}

// occasionWords end names of occasions ("Munich Security Conference").
var occasionWords = map[string]bool{
	"Summit": true, "Forum": true, "Conference": true, "Dialogue": true, "Games": true, "Olympics": true,
	"Week": true, "Session": true, "Talks": true, "Meeting": true, "Congress": true, "Assembly": true,
}

// notNameWords are capitalised words that begin sentences or name times
// and are never part of a person's name.
var notNameWords = toSet(`The A An But And Or Because Even Of In On At If We He She They It This That
These Those His Her Our Their Its As After Before While When Why How What Where Who Whom Whose Which
Meanwhile However Also Still Yet So Then There Here Some Many Most Such According Despite During
Since Under With Without For From To By Among Last Next Earlier Later Both Each Every All No Not
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Mr Mrs Ms Dr Sir I You My Your Us Me Him
Although Though Unlike Like Into Over Across Against Between Through Until Amid Amidst Once Now
Today Yesterday Tomorrow Sources Officials Analysts Read More Photo Video Watch Updated Breaking
Speaking Asked Addressing Following Instead Another Other Several Few Much More Less Only Just
Would Could Should Will Can May Might Must Do Does Did Is Are Was Were Be Been Has Have Had
Kremlin Pentagon Western Eastern Northern Southern West East North South Soviet Reuters AP AFP
Christmas Easter Ramadan Parliament Congress Senate Government Cabinet Ministry Minister President
Prime Chancellor Secretary State Foreign Defense Defence General Army Police Court Supreme Pro Anti
Diplomats Residents Critics Experts Observers Witnesses Authorities Lawmakers Protesters Officials
Investors Farmers Workers Voters Leaders Ministers Negotiators Rebels Troops Soldiers Villagers Exporters`)

// pronounsSubject are the personal pronouns a speaker can be named by.
var pronounsSubject = map[string]bool{"he": true, "she": true, "He": true, "She": true}

// pronounsObject refer back to a person as an object ("warming to him").
var pronounsObject = map[string]bool{"him": true, "her": true}

// abbreviations end in a period that does not end a sentence.
var abbreviations = toSet(`Mr Mrs Ms Dr Gen Lt Col Sen Rep Gov St Jan Feb Aug Sept Sep Oct Nov Dec
No vs Prof Sgt Capt Maj Adm Jr Sr Inc Corp Ltd Co Mt Ft Rev Hon Brig Cmdr Gens Reps Sens Messrs`)

// skippableBeforeVerb are words that may stand between a subject and its
// verb ("Okafor had earlier praised", "Lima has also warned").
var skippableBeforeVerb = toSet(`had has have also earlier later then again previously reportedly
repeatedly publicly once would will could has been had been not never recently already immediately
quickly sharply strongly directly personally separately further subsequently initially first twice
openly privately jointly on last this next is was were are did does do himself herself themselves
itself only just late early angrily bluntly pointedly firmly flatly swiftly today yesterday
tomorrow instead however though too even still formally officially meanwhile nevertheless
nonetheless likewise`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
