package rules

import "strings"

// quotedTitle reports whether tokens [a, b) lie inside a quoted passage
// that a programme, show, book or other work's noun introduces: the
// title of the work, names and all ("on the ABC News program, “This Week
// With X”", "the television show “Y: One on One”"). A person a title is
// named after is not acting in the story.
func (d *doc) quotedTitle(a, b int) bool {
	if a <= 0 || !d.toks[a].inQuote {
		return false
	}
	for _, q := range d.quotes {
		if q.open >= a {
			break
		}
		if q.close >= 0 && q.close < b {
			continue
		}
		j := q.open - 1
		if j >= 0 && d.toks[j].text == "," {
			j--
		}
		return j >= 0 && d.toks[j].kind == tWord && isLower(d.toks[j].text) && mediaBefore[strings.ToLower(d.toks[j].text)] && !d.verbSlot(j)
	}
	return false
}

// ownStaffNouns are jobs that make a person the publisher's own analyst
// only when the publisher's name stands before them: "DW Rwanda expert
// X" analyses for the outlet, "a UN rights expert" is in the news. (The
// publisher's photographer or reporter may be the news: "Reuters
// photographer X was wounded".)
var ownStaffNouns = toSet("expert analyst commentator")

// publisherRunAt reports whether the capitalised run ending at token e
// opens with, or is, the publisher's name ("DW Rwanda", "The Times").
func (d *doc) publisherRunAt(e int) bool {
	if d.reg == nil || d.reg.publisher == "" {
		return false
	}
	s := e
	for s > 0 && e-s < 3 && d.toks[s-1].kind == tWord && isUpperStart(d.toks[s-1].text) {
		s--
	}
	for i := s; i <= e; i++ {
		for j := i; j <= e; j++ {
			if d.reg.isPublisher(d.surface(i, j+1)) {
				return true
			}
		}
	}
	return false
}

// writersColleague reports a name between a news job and the writer's
// own "and I": "photographer X and I found him": the outlet's staff
// travelling with the writer, not a person in the news.
func (d *doc) writersColleague(a, b int) bool {
	if a < 1 || b+1 >= len(d.toks) || d.toks[a-1].kind != tWord {
		return false
	}
	job := d.toks[a-1].text
	if !staffNouns[job] && !presenterNouns[job] && !ownStaffNouns[job] {
		return false
	}
	return d.toks[b].text == "and" && (d.toks[b+1].text == "I" || d.toks[b+1].text == "me")
}
