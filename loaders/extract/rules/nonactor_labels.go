package rules

import "strings"

// Names that label a thing rather than an actor, by how English introduces
// or shapes them:
//
//   - a name a thing is "known as", "dubbed", "nicknamed" or "code-named":
//     "software known as Red Wolf", "the area known as Good Hope" (a group,
//     a man or a movement so known stays: "a group known as X");
//   - a name ending in a describing compound: "Scooby Doo-style";
//   - a name ending in an abstract "-ation" noun that no body's name ends
//     in: "the Apostolic Visitation" ("Foundation", "Federation" are bodies).

// labelVerbs introduce the name of a thing.
var labelVerbs = toSet("known dubbed nicknamed codenamed code-named branded billed")

// agentHeads are nouns for those who act: what is known as X after them is
// an actor.
var agentHeads = toSet(`group groups man men woman women movement organisation organization militia gang cell
faction network people activists militants fighters band unit force rebels figure gunman boy girl person
party body charity company firm campaign outfit sect tribe clan family leader`)

// labelLinkWords stand between a noun and its label verb: "is known as",
// "now widely known as".
var labelLinkWords = toSet("is are was were be been being now also widely commonly locally popularly simply then , “ \"")

// labelledThing reports a name read as a person's that follows a label verb whose
// head noun is no agent.
func (d *doc) labelledThing(m mention) bool {
	if m.kind != mPerson && m.kind != mSingle || m.title != "" {
		return false // "known as the Basel Committee": a body's name
	}
	k := m.a - 1
	for k >= 0 && (d.toks[k].kind == tQuote || d.toks[k].text == "the") {
		k--
	}
	if k >= 0 && d.toks[k].text == "as" {
		k--
	}
	if k < 0 || !labelVerbs[strings.ToLower(d.toks[k].text)] {
		return false
	}
	verb := strings.ToLower(d.toks[k].text)
	if verb == "known" && k+1 < len(d.toks) && d.toks[k+1].text != "as" {
		return false
	}
	k--
	for k >= 0 && labelLinkWords[strings.ToLower(d.toks[k].text)] {
		k--
	}
	if k < 0 || d.toks[k].kind != tWord || !isLower(d.toks[k].text) {
		return false // "The Law Society dubbed Mr Clarke": a verb with a subject
	}
	return !agentHeads[d.toks[k].text]
}

// ationBodies end in "-ation" and name bodies.
var ationBodies = toSet("Foundation Federation Association Corporation Organisation Organization Administration Confederation Delegation Nation Station Coalition Conservation Education Federation Commission")

// abstractLabel reports a name ending in a describing compound or an
// abstract "-ation" noun.
func (d *doc) abstractLabel(a, b int) bool {
	last := d.toks[b-1].text
	if i := strings.LastIndexAny(last, "-‑"); i > 0 && describingEnds[strings.ToLower(last[i+1:])] {
		return true // "Scooby Doo-style"
	}
	if b-a < 2 || len(last) < 9 || !strings.HasSuffix(last, "ation") || ationBodies[last] {
		return false
	}
	for k := a; k < b; k++ {
		if t := d.toks[k].text; isLower(t) || orgWords[t] {
			return false // "Department of Transportation": a body's field
		}
	}
	return true
}

// describingEnds close hyphenated compounds that describe: "Bush-style",
// "Swift-themed", "Kremlin-backed".
var describingEnds = toSet("style like esque type themed inspired based led backed linked funded era")
