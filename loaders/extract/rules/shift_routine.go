package rules

// Some acts on a policy noun are the routine of an office, not a change
// of anyone's position: a legislator introduces a bill (a proposal), an
// executive vetoes one passed by others, a country's debt grows.
// policyAfter reads no change in them. (A central bank's rate move is a
// change of its policy, and stays one.)

// routineObjects are, per change lemma, the objects that make it routine.
var routineObjects = map[string]map[string]bool{
	"introduce": toSet("bill bills legislation amendment amendments motion"),
	"veto":      toSet("bill bills legislation amendment amendments measure"),
	"raise":     toSet("debt"),
	"increase":  toSet("debt"),
	"reduce":    toSet("debt"),
}

// routineAct reports whether the change verb of lemma acting on the noun
// w is routine.
func routineAct(lemma, w string) bool {
	return routineObjects[lemma][w]
}
