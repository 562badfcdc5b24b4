package rules

import "testing"

// TestInteractionFrameClasses checks the frames beyond "subject verb
// object" on sentences written for the test.
func TestInteractionFrameClasses(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"passive with agent", "Peruvian President Jorge Salas was sharply criticised by Bolivian President Rosa Quispe on Friday.",
			"Rosa Quispe CRITICIZE Jorge Salas"},
		{"imposed on by", "New penalties were imposed on Norway by the European Union on Monday.",
			"European Union SANCTION Norway"},
		{"possessor noun frame", "Kenya's criticism of Uganda over the sugar quotas deepened the row.",
			"Kenya CRITICIZE Uganda"},
		{"coordinated sources", "France and Germany condemned Belarus on Tuesday.",
			"France CRITICIZE Belarus"},
		{"coordinated sources, second", "France and Germany condemned Belarus on Tuesday.",
			"Germany CRITICIZE Belarus"},
		{"repeated preposition", "Brazilian President Lucas Prado spoke with Argentine President Camila Vidal and with Chilean President Tomas Ruiz on Monday.",
			"Lucas Prado CONSULT Tomas Ruiz"},
		{"nationality phrases", "On Monday, Venezuelan navy boats opened fire on a Colombian fishing vessel.",
			"Venezuela ATTACK Colombia"},
		{"rejected the accusation", "Peruvian President Jorge Salas accused Bolivia of smuggling fuel. Bolivian President Rosa Quispe rejected the accusation on Friday.",
			"Rosa Quispe REJECT Jorge Salas"},
		{"the two agreed", "Peruvian President Jorge Salas met Bolivian President Rosa Quispe on Friday, and the two agreed to reopen the border crossing.",
			"Jorge Salas AGREE Rosa Quispe"},
		{"sided with", "Hungary sided with Serbia in the dispute.", "Hungary SUPPORT Serbia"},
		{"turned down", "Egypt turned down Ethiopia's offer of joint management.", "Egypt REJECT Ethiopia"},
	}
	wantInteractions(t, cases)
}
