package source

import (
	"regexp"
	"strings"
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

// ctaPatterns mark a short line as site chrome or a call to action.
var ctaPatterns = regexp.MustCompile(`(?i)` + strings.Join([]string{
	`\b(sign[ -]?up|subscribe|subscribers?|subscription|unsubscribe|newsletters?)\b`,
	`\b(donate|donations?)\b`,
	`^(please )?(support|contribute to|donate to)\b.*(!|\bus\b|\bour\b|journalism|today|now)`,
	`\bsupport (our|independent|quality) (journalism|reporting|work)\b`,
	`^(not )?ready to support\b`,
	`\b(privacy policy|cookie policy|cookies|terms of (use|service)|all rights reserved)\b`,
	`^(copyright\b|©)`,
	`\b(share (this|on|via)|follow us|like us on)\b`,
	`^(read|see) (more|also)\b`,
	`^(continue reading|related( articles| stories| coverage)?|recommended( for you)?|most (read|popular)|trending( now)?)\b`,
	`^(advertisement|sponsored( content)?|ad)$`,
	`\b(remind me later|click here|download (our|the) app)\b`,
	`^a message from\b`,
	`^dear (readers?|friends|subscribers)\b`,
	`^(photo|image|picture|video|illustration|credit)s?( by)?\s*:`,
	`^\(?(ap|afp|reuters|getty images|epa)( photo)?[/)]`,
}, "|"))

// appealPatterns mark a paragraph of any length that speaks to the reader
// about the outlet rather than reporting news.
var appealPatterns = regexp.MustCompile(`(?i)` + strings.Join([]string{
	`\b(you|your|you're)\b.*\b(support|supporting|help|contribut\w*|donat\w*|subscri\w*|newsletter|mailbox|inbox|membership)\b`,
	`\b(support|supporting|help|contribut\w*|donat\w*|subscri\w*|newsletter|mailbox|inbox|membership)\b.*\b(you|your|you're)\b`,
	`\bindependent (journalism|media|reporting)\b`,
	`\bthank you for (reading|standing|supporting|your support)\b`,
}, "|"))

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
	words := len(strings.Fields(p))
	if words <= maxChromeWords && ctaPatterns.MatchString(p) {
		return chrome
	}
	if appealPatterns.MatchString(p) || ctaPatterns.MatchString(p) {
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
