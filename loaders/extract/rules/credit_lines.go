package rules

import "strings"

// Credit lines: the sentences of a page that only say who made it —
// "Edited by A. Produced by B.", "With help from C, D and E", "Thanks to
// our editor F", a newsletter's sign-off "— G and H". Their names are the
// page's makers, not the story's actors. A line counts only when all of
// it after its opening is names, the words of newsroom jobs and list
// punctuation: a story sentence that happens to open the same way ("Thanks
// to the new law, …", "Written by hand, …") runs on into other words.

// creditOpenerWords make up a credit's opening before "by", "from" or
// "to": "Edited by", "Additional reporting by", "With help from",
// "Graphics and design by", "Special thanks to".
var creditOpenerWords = toSet(`edited produced written reported compiled curated designed illustrated
researched photographed filmed fact-checked copy-edited copyedited translated reporting editing writing
research graphics design photos photography photographs illustration illustrations production video
story words text art direction interactive data animation audio visuals additional contributions
newsletter with help and thanks thank you special many`)

// creditOpenerEnds may not stand last before "by"/"from"/"to": "With
// from" is no credit, "Thanks to" is.
var creditOpenerEnds = toSet("with and additional special many")

// creditRoleWords are the lower-case words a list of a page's makers may
// hold besides their names: their jobs and the words that join them ("our
// deputy editor A and producers B and C", "A in Washington").
var creditRoleWords = toSet(`and of the in at from for with our also plus by editor editors producer
producers reporter reporters writer writers correspondent correspondents photographer photographers
designer designers researcher researchers contributor contributors deputy senior managing executive
assistant associate copy chief digital social media video audio graphics staff team desk intern interns
fellow fellows help reporting editing additional production producing fact-checker fact-checkers
fact-checking support director engineer anchor host hosts columnist columnists illustrator illustrators
visual visuals data news newsletter`)

// creditRoleHeads open a credit as "Editor: A", "Contributors: B, C".
var creditRoleHeads = toSet(`editor editors producer producers reporter reporters writer writers
contributor contributors credits credit reporting editing research photography graphics design`)

// deskJobs are the newsroom jobs behind a page, not on the story's
// scene: "our editor A and producers B and C" names the page's makers (a
// correspondent or colleague may be in the news himself).
var deskJobs = toSet("editor editors producer producers designer designers researcher researchers fact-checker fact-checkers")

// markCreditLines flags to skip each credit line of paragraph p.
func (d *doc) markCreditLines(p *paragraph) {
	quotes := 0
	for k := p.first; k < p.last; k++ {
		if d.toks[k].kind == tQuote {
			quotes++
			continue
		}
		if quotes%2 == 1 || d.toks[k].skip {
			continue
		}
		if d.toks[k].text == "our" {
			k = d.markStaffList(k, p.last)
			continue
		}
		if !d.clauseStart(p, k) && !d.afterClosingQuote(p, k) {
			continue
		}
		j, toEnd := d.creditOpener(p, k)
		if j < 0 {
			continue
		}
		end, ok := d.creditListEnd(j, p.last)
		if !ok || toEnd && end < p.last {
			continue
		}
		for x := k; x < end; x++ {
			d.toks[x].skip = true
		}
		k = end - 1
	}
}

// clauseStart reports whether token k opens its paragraph or follows a
// sentence's end or a separator ("; ", " | ").
func (d *doc) clauseStart(p *paragraph, k int) bool {
	if k == p.first {
		return true
	}
	prev := d.toks[k-1].text
	switch prev {
	case "!", "?", ";", "|", "•":
		return true
	case ".":
		return !(k >= 2 && len(d.toks[k-2].text) == 1 && isUpperStart(d.toks[k-2].text)) // "J. Smith"
	}
	return false
}

// afterClosingQuote reports a dash at k right after a quotation that
// closes a sentence ("… ,” he said.” — A"): an item's sign-off may follow.
func (d *doc) afterClosingQuote(p *paragraph, k int) bool {
	t := d.toks[k]
	if !(t.text == "—" || t.text == "–" || t.text == "-") || k-2 < p.first || d.toks[k-1].kind != tQuote {
		return false
	}
	switch d.toks[k-2].text {
	case ".", "!", "?", ",":
		return true
	}
	return false
}

// creditOpener reads a credit's opening at k and returns the index of its
// first listed name, or -1; toEnd says the list must run to the
// paragraph's end (a sign-off's dash opens nothing else).
func (d *doc) creditOpener(p *paragraph, k int) (int, bool) {
	t := d.toks[k]
	if (t.text == "—" || t.text == "–" || t.text == "-") && k+1 < p.last {
		return k + 1, true // "— A and B", a newsletter's or an item's sign-off
	}
	if t.kind != tWord || !isUpperStart(t.text) {
		return -1, false
	}
	if j := d.selfIntroduction(k, p.last); j > k {
		return j, false
	}
	if creditRoleHeads[strings.ToLower(t.text)] && k+1 < p.last && d.toks[k+1].text == ":" {
		return k + 2, false
	}
	for j := k; j < p.last && j-k < 4; j++ {
		w := d.toks[j]
		low := strings.ToLower(w.text)
		if j > k && (low == "by" || low == "from" || low == "to") && w.text == low {
			last := strings.ToLower(d.toks[j-1].text)
			if creditOpenerEnds[last] || (low == "to") != (last == "thanks" || last == "to" || last == "you") {
				return -1, false
			}
			return j + 1, false
		}
		if w.kind != tWord || !creditOpenerWords[low] || j > k && !isLower(w.text) {
			return -1, false
		}
	}
	return -1, false
}

// creditListEnd scans a list of a page's makers from j: names, jobs,
// list words and punctuation, social handles. It returns where the list
// ends — its closing full stop included — and whether it ended as a list
// does (at a sentence's end or the paragraph's) with at least one name.
func (d *doc) creditListEnd(j, last int) (int, bool) {
	names := 0
	for k := j; k < last; k++ {
		t := d.toks[k]
		handle := k > j && d.toks[k-1].text == "@" || k+1 < last && d.toks[k+1].text == "@"
		switch {
		case t.kind == tWord && isUpperStart(t.text):
			names++
		case t.kind == tWord && (creditRoleWords[t.text] || handle):
		case t.kind == tPoss:
		case t.text == "." || t.text == "!":
			if k+1 < last && len(d.toks[k-1].text) == 1 && isUpperStart(d.toks[k-1].text) {
				continue // an initial: "A. B. Smith"
			}
			if k+1 == last || isUpperStart(d.toks[k+1].text) || d.toks[k+1].kind != tWord {
				return k + 1, names > 0
			}
			return k, false
		case t.kind == tPunct && strings.Contains(",;:|/()&@·–—-", t.text):
		default:
			return k, false
		}
	}
	return last, names > 0
}

// markStaffList flags "our [deputy] editor A, producers B and C" from the
// "our" at k to the list's end, and returns the last token it looked at.
func (d *doc) markStaffList(k, last int) int {
	j := k + 1
	job := false
	for j < last && j-k <= 3 && d.toks[j].kind == tWord && isLower(d.toks[j].text) && creditRoleWords[d.toks[j].text] {
		job = job || deskJobs[d.toks[j].text]
		j++
	}
	if !job || j >= last || !isUpperStart(d.toks[j].text) {
		return k
	}
	end := j
	for end < last {
		t := d.toks[end]
		if !(t.kind == tWord && (isUpperStart(t.text) || creditRoleWords[t.text]) || t.text == ",") {
			break
		}
		end++
	}
	for x := k; x < end; x++ {
		d.toks[x].skip = true
	}
	return end - 1
}

// greetingWords open a newsletter's first line: "Good morning, I'm A".
var greetingWords = toSet("Hi Hello Hey Good Welcome morning afternoon evening everyone back and Thursday")

// selfIntroduction reads "I'm A", "This is A", "Good morning, I'm A" at k
// and returns the index of the name, or k: the writer of the page
// introducing themselves.
func (d *doc) selfIntroduction(k, last int) int {
	j := k
	for j < last && j-k < 4 && (greetingWords[d.toks[j].text] || d.toks[j].text == "," || d.toks[j].text == "!") {
		j++
	}
	if j >= last {
		return k
	}
	switch {
	case d.toks[j].text == "I'm" || d.toks[j].text == "I’m":
		j++
	case j+1 < last && (d.toks[j].text == "This" || d.toks[j].text == "this") && d.toks[j+1].text == "is",
		j+1 < last && d.toks[j].text == "I" && d.toks[j+1].text == "am":
		j += 2
	default:
		return k
	}
	if j+1 >= last || !isUpperStart(d.toks[j].text) || notNameWords[d.toks[j].text] || !isUpperStart(d.toks[j+1].text) && d.toks[j+1].text != "," && d.toks[j+1].text != "." {
		return k
	}
	return j
}
