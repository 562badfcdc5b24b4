package source

import (
	"regexp"
	"strings"
	"unicode"
)

// Clean removes site chrome and calls to action from an article's text:
// banners, newsletter boxes, donation appeals, share and cookie prompts,
// "read more" links, copyright lines, photo-credit lines and the button
// rows of payment widgets. It returns the remaining paragraphs separated
// by blank lines.
//
// The rules are general (what such text looks like, never what one outlet
// writes) and lean towards keeping text: a paragraph is dropped on its own
// only when it is short and reads as chrome; longer appeals are dropped
// only as part of a box that opens with such a line, or of a tail of the
// page that is mostly boilerplate.
func Clean(text string) string {
	return cleanTitled(text, "")
}

// cleanTitled is Clean that also drops short banner lines above the title,
// when the title is known and appears near the top.
func cleanTitled(text, title string) string {
	paras := paragraphs(text)
	for i, p := range paras {
		paras[i] = dropChromeLines(p)
	}
	kinds := make([]paraKind, len(paras))
	for i, p := range paras {
		kinds[i] = classify(p)
	}
	end := tailStart(kinds)
	start := bannerEnd(paras, title)
	var kept []string
	inBox := true // what precedes the first story paragraph is page chrome
	for i := start; i < end; i++ {
		switch kinds[i] {
		case chrome:
			inBox = true
			continue
		case appeal, widget:
			if inBox {
				continue
			}
		default:
			inBox = false
		}
		if paras[i] != "" {
			kept = append(kept, paras[i])
		}
	}
	return strings.Join(kept, "\n\n")
}

// paraKind is how a paragraph reads.
type paraKind int

const (
	content paraKind = iota
	chrome           // short site chrome or call to action: drop wherever it is
	appeal           // reader-addressed appeal: drop inside a box or boilerplate tail
	widget           // rows of button labels: drop inside a box or tail
)

// ctaPatterns mark a short line as site chrome or a call to action. They
// want the imperative or the outlet's voice ("our newsletter", "we use
// cookies"), so that a short news line about subscribers, donations or
// cookies is not mistaken for chrome.
var ctaPatterns = compileAll([]string{
	`^(sign up|subscribe|register|join us|log in|sign in)\b`,
	`\b(sign up|subscribe) (now|today|here|for|to)\b`,
	`\b(our|free|daily|weekly|morning|evening|email) (\w+ )?newsletters?\b|^newsletters?\b`,
	`\bsubscribers? (agree|get|receive|only)\b|\bunsubscribe\b`,
	`^(please )?donate\b|\bdonate (now|today|here|to us)\b|\bmake a (donation|contribution)\b`,
	`^(please )?support\b[^.?]*!$|^(please )?(support|contribute to|donate to) (us|our)\b`,
	`\bsupport (our|independent|quality) (journalism|reporting|work|newsroom)\b|^(not )?ready to support\b`,
	`\b(we|this site|this website) uses? cookies\b|\baccept (all )?cookies\b|\bcookie (policy|settings|preferences)\b`,
	`\b(privacy policy|terms of (use|service)|all rights reserved)\b|^(copyright\b|©)`,
	`^share (this|on|via)\b|\b(follow us|like us on)\b`,
	`^(read|see) (more|also)\b`,
	`^(continue reading|related( articles| stories| coverage| content)?|recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|advertisement|sponsored( content)?|ad)\W*$`,
	`\b(remind me later|click here|download (our|the) app)\b`,
	`^a message from\b.*:$|^dear (readers?|friends|subscribers)\b`,
	`^(photo|image|picture|video|illustration|credit)s?( by)?\s*:`,
	`^\(?(ap|afp|reuters|getty images|epa)( photo)?[/)]`,
})

// isAppeal reports a paragraph of any length that speaks to the reader
// about the outlet rather than reporting news: "you" together with
// support, help, donations, subscriptions or newsletters, or the stock
// phrases of a fundraising box.
func isAppeal(p string) bool {
	lower := strings.ToLower(p)
	for _, phrase := range appealPhrases {
		if strings.Contains(lower, phrase) {
			return true
		}
	}
	var you, ask bool
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch {
		case w == "you" || w == "your" || w == "you're" || w == "you’re":
			you = true
		case appealWords[w] || hasAnyPrefix(w, "contribut", "donat", "subscri"):
			ask = true
		}
	}
	return you && ask
}

var (
	appealWords   = map[string]bool{"support": true, "supporting": true, "help": true, "newsletter": true, "mailbox": true, "inbox": true, "membership": true}
	appealPhrases = []string{"independent journalism", "independent media", "independent reporting",
		"thank you for reading", "thank you for standing", "thank you for supporting", "thank you for your support",
		"privacy policy", "cookie policy", "terms of use", "terms of service", "all rights reserved"}
)

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// patternSet is a list of case-insensitive patterns. Kept apart rather
// than joined into one alternation so that each stays small enough for
// the regexp package's fast matchers.
type patternSet []*regexp.Regexp

func compileAll(patterns []string) patternSet {
	set := make(patternSet, len(patterns))
	for i, p := range patterns {
		set[i] = regexp.MustCompile(`(?i)` + p)
	}
	return set
}

// MatchString reports whether any pattern matches s.
func (set patternSet) MatchString(s string) bool {
	for _, re := range set {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// maxChromeWords is the length above which a paragraph is taken for
// content even if it mentions a newsletter or a donation.
const maxChromeWords = 14

// classify says how paragraph p reads.
func classify(p string) paraKind {
	if p == "" {
		return chrome
	}
	if isWidget(p) {
		return widget
	}
	if len(strings.Fields(p)) <= maxChromeWords && ctaPatterns.MatchString(p) {
		return chrome
	}
	if isAppeal(p) {
		return appeal
	}
	return content
}

// isWidget reports a paragraph of three or more very short lines without
// sentence punctuation: the labels of buttons and tabs.
func isWidget(p string) bool {
	lines := strings.Split(p, "\n")
	if len(lines) < 3 {
		return false
	}
	for _, l := range lines {
		if len(strings.Fields(l)) > 4 || strings.HasSuffix(l, ".") && len(strings.Fields(l)) > 3 {
			return false
		}
	}
	return true
}

// dropChromeLines removes short call-to-action lines from a paragraph of
// several lines ("Subscribers agree to the Privacy Policy" under a
// newsletter blurb) and returns what is left.
func dropChromeLines(p string) string {
	lines := strings.Split(p, "\n")
	if len(lines) < 2 || isWidget(p) {
		return p
	}
	kept := lines[:0]
	for _, l := range lines {
		if len(strings.Fields(l)) <= maxChromeWords && ctaPatterns.MatchString(l) {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}

// tailStart returns where a boilerplate tail begins: the first chrome
// paragraph after the opening third of the text from which on at least
// two thirds of the paragraphs are chrome, appeals or widgets and no two
// content-like paragraphs follow each other (as story paragraphs do), nor
// end the text.
// Without such a tail it returns len(kinds).
func tailStart(kinds []paraKind) int {
	for i := len(kinds) / 3; i < len(kinds); i++ {
		if kinds[i] == chrome && isBoilerplateRun(kinds[i:]) {
			return i
		}
	}
	return len(kinds)
}

// isBoilerplateRun reports a run of paragraphs that is mostly boilerplate,
// with any content-like paragraph standing alone between boilerplate ones.
func isBoilerplateRun(kinds []paraKind) bool {
	boiler := 0
	for j, k := range kinds {
		if k != content {
			boiler++
		} else if j > 0 && kinds[j-1] == content {
			return false
		}
	}
	return kinds[len(kinds)-1] != content && 3*boiler >= 2*len(kinds)
}

// maxBannerWords bounds a banner line above the title.
const maxBannerWords = 12

// bannerEnd returns the index of the title paragraph when title is known,
// appears among the first few paragraphs and only short lines precede it;
// otherwise 0.
func bannerEnd(paras []string, title string) int {
	title = foldSpace(title)
	if title == "" {
		return 0
	}
	for i := 0; i < len(paras) && i < 4; i++ {
		if strings.EqualFold(foldSpace(paras[i]), title) {
			return i
		}
		if len(strings.Fields(paras[i])) > maxBannerWords {
			return 0
		}
	}
	return 0
}

// foldSpace collapses runs of white space to one space and trims the ends.
func foldSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
