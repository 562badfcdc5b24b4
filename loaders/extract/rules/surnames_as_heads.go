package rules

// surnameHead reports whether a person's name that ends like a document's
// ("David Laws", "Robin Day") is a person's after all: the story gives
// the last word an honorific. (A title before it is not enough: "General
// Election", "Second Amendment".)
func (d *doc) surnameHead(m mention) bool {
	return d.honouredSurname(d.toks[m.b-1].text)
}

// honouredSurname reports whether the story puts an honorific before the
// word w somewhere ("Mr Laws", "Ms Day"): then a name ending in it ("David
// Laws", "Robin Day") is a person's, though the word also ends names of
// laws and days ("Corn Laws", "Election Day").
func (d *doc) honouredSurname(w string) bool {
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].text == w && honorificGender[d.toks[k-1].text] != 0 {
			return true
		}
	}
	return false
}
