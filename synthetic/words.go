package synthetic

// Word lists for names, places, topics and sentences. Everything is ASCII so
// that byte offsets in an article's text are also code-point offsets.

var syllables = []string{
	"ka", "lo", "ven", "tar", "mi", "so", "dra", "bel", "nor", "vi", "zan", "tes", "ru", "pol", "ga", "mer",
	"kis", "ta", "lun", "dor", "ha", "ne", "vos", "ri", "sel", "ak", "mon", "te", "bra", "fi", "gor", "le",
}

var firstNames = []string{
	"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Karin", "Luis",
	"Maria", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamar", "Umar", "Vera", "Walter", "Yara", "Zoltan",
	"Amir", "Bianca", "Chen", "Dina", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Julia", "Kofi", "Lena",
	"Marco", "Nadia", "Oscar", "Petra", "Rafael", "Sofia", "Tomas", "Ulla", "Viktor", "Wen", "Yusuf", "Zara",
}

var countrySuffixes = []string{"ia", "land", "stan", "ova", "ar", "istan", "ena", "mark"}

var orgKinds = []string{"Institute", "Petroleum", "Bank", "Council", "Union", "Agency", "Foundation", "Alliance", "Ministry of Trade", "Press Agency"}

var groupKinds = []string{"Movement", "Front", "Coalition", "Party", "Brigade"}

var countryRoles = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "Ambassador", "Spokesperson"}

var orgRoles = []string{"Chief Executive", "Secretary-General", "Chair", "Spokesperson", "Director"}

var groupRoles = []string{"Leader", "Spokesperson"}

var places = []string{
	"the White Palace", "the Harbour Hall", "the Old Senate", "the Lake Pavilion", "the Grand Hotel", "the Summit Centre",
	"the Foreign Ministry", "the Embassy Quarter", "the Riverside Forum", "the Convention Centre", "the Crown Residence",
	"the Airport Lounge", "the Palace of Nations", "the Congress Hall", "the North Terminal", "the Garden House",
}

var occasions = []string{
	"the General Assembly", "the Security Summit", "the Climate Conference", "the Economic Forum", "the Trade Council",
	"the Energy Dialogue", "the Peace Talks", "the Regional Summit", "the Donors Conference", "the Defence Ministerial",
}

var topics = []string{
	"the border dispute", "energy prices", "grain exports", "sanctions relief", "arms deliveries", "the ceasefire",
	"migration", "the trade deal", "nuclear talks", "climate targets", "the peace plan", "refugee aid",
	"tariffs", "cyber security", "the pipeline", "fishing rights", "the election law", "debt relief",
	"the naval blockade", "vaccine supplies", "water rights", "the prisoner swap", "rare earths", "the shipping lanes",
}

var stances = []string{"support", "opposition", "neutrality", "conditional support", "scepticism", "strong opposition", "cautious backing"}

var directions = []string{"HARDENED", "SOFTENED", "REVERSED"}

// Quotes are built from slots so that they rarely repeat: 24^4 combinations.
var quoteOpen = []string{
	"We will not accept", "Nobody wants", "We are ready to discuss", "It is time to end", "We strongly condemn",
	"We welcome", "There can be no", "We are deeply concerned about", "History will judge", "We will keep pushing for",
	"Our people demand", "We cannot ignore", "The world must reject", "We fully support", "We have made progress on",
	"We need clarity on", "We are open to", "We will respond to", "We refuse to negotiate on", "We remain committed to",
	"Let me be clear about", "We stand firm on", "We have warned about", "We are watching",
}

var quoteObject = []string{
	"any new sanctions", "the blockade", "a lasting ceasefire", "these provocations", "the latest proposal",
	"fair trade", "foreign interference", "the humanitarian corridor", "the new tariffs", "the arms deliveries",
	"a peace conference", "the treaty", "the troop build-up", "the energy deal", "the talks", "the election result",
	"the border closure", "the aid package", "the pipeline project", "the naval exercises", "the grain deal",
	"the debt talks", "the prisoner exchange", "the climate pledge",
}

var quoteQualifier = []string{
	"at this moment", "under any circumstances", "in good faith", "without preconditions", "as a matter of principle",
	"for the sake of stability", "with our partners", "in the coming weeks", "before the winter", "once and for all",
	"on equal terms", "this year", "without delay", "in full", "step by step", "at the highest level",
	"with open eyes", "for our citizens", "together", "within the law", "as promised", "again", "now", "soon",
}

var quoteClose = []string{
	"and that is final", "and everyone knows it", "and we say so openly", "and we will be heard", "and we mean it",
	"and the facts are clear", "and our allies agree", "and the talks go on", "and patience is running out",
	"and we expect the same", "and nothing has changed", "and that is our position", "and time is short",
	"and the door stays open", "and the record shows it", "and we will not waver", "and we are not alone",
	"and that matters", "and the public agrees", "and so do our partners", "and the clock is ticking",
	"and we act accordingly", "and we will verify it", "and we keep our word",
}

var paraphraseVerbs = []string{"would consider", "was opposed to", "backed", "had doubts about", "would not rule out", "called for", "rejected", "welcomed"}

// interactionVerbs gives each kind the phrase a sentence uses for it.
var interactionVerbs = map[string]string{
	"APPEAL": "appealed to", "PRAISE": "praised", "CRITICIZE": "criticized", "ACCUSE": "accused", "WARN": "warned",
	"THREATEN": "threatened", "MEET": "met", "CONSULT": "consulted", "SUPPORT": "backed", "AGREE": "agreed with",
	"REJECT": "rejected", "SANCTION": "sanctioned", "ATTACK": "attacked",
}

var otherEventTitles = []string{"Treaty signing", "Summit", "Referendum", "Military parade", "State visit", "Trade fair"}
