package rules

import "strings"

// One surname, two people. A story about a man that also names his
// daughter in full ("President Trump … Mr. Trump … Ivanka Trump … Ms.
// Trump") must not give every "Mr. Trump" to the one full name it has. When
// the lone surname carries honorifics of both genders, the honorific
// decides: the full name is the person whose honorific first follows it,
// unless the story introduced the surname with the other one first (then
// the surname alone belongs to that earlier person, and the full name is
// the other). Mentions that go to the surname's other owner are listed
// under the surname alone: nothing in the story says their first name.

// honorificAt is the gender of an honorific just before token a ("Mr",
// "Mr.", "Ms") or opening the mention's own name, genderUnknown if none.
func (d *doc) honorificAt(m mention) byte {
	if f := strings.Fields(m.name); len(f) > 1 {
		if g, ok := honorificGender[strings.TrimSuffix(f[0], ".")]; ok {
			return g
		}
	}
	a := m.aliasFrom
	if a > m.a {
		a = m.a
	}
	if a > 0 {
		if g, ok := honorificGender[strings.TrimSuffix(d.toks[a-1].text, ".")]; ok {
			return g
		}
		if a > 1 && d.toks[a-1].text == "." {
			return honorificGender[d.toks[a-2].text]
		}
	}
	return genderUnknown
}

// loneSurname returns the surname a mention names alone ("Mr. Trump",
// "President Trump", "Trump"), "" for a full name or no person.
func loneSurname(m mention) string {
	if m.kind != mPerson && m.kind != mSingle {
		return ""
	}
	if bare := bareName(m.name); !strings.Contains(bare, " ") {
		return surnameKey(bare)
	}
	return ""
}

// surnameOthers finds the lone-surname mentions (by index in raw) that
// belong to someone other than the surname's one full name (surnames maps
// a surname to it).
func (d *doc) surnameOthers(raw []mention, surnames map[string]string) map[int]bool {
	type seen struct {
		fullAt  int     // first token of the full name's first mention
		firstG  [3]int  // first token of the first lone mention of each gender (-1: none)
		genders [3]bool // the genders the lone surname carries
	}
	var by map[string]*seen
	for i, m := range raw {
		s := loneSurname(m)
		if s == "" || surnames[s] == "" {
			continue
		}
		if g := d.honorificAt(m); g != genderUnknown {
			if by == nil {
				by = map[string]*seen{}
			}
			st := by[s]
			if st == nil {
				st = &seen{fullAt: -1, firstG: [3]int{-1, -1, -1}}
				by[s] = st
			}
			st.genders[g] = true
			if st.firstG[g] < 0 {
				st.firstG[g] = i
			}
		}
	}
	var out map[int]bool
	for s, st := range by {
		if !st.genders[genderMale] || !st.genders[genderFemale] {
			continue
		}
		full := surnames[s]
		for i, m := range raw {
			if m.kind == mPerson && m.name == full {
				st.fullAt = i
				break
			}
		}
		// The full name's gender: the other one's if the story gave the
		// surname a gendered honorific before naming anyone in full, else
		// the gender of the first honorific after the full name.
		fullG := genderUnknown
		intro := genderUnknown
		for _, g := range []byte{genderMale, genderFemale} {
			if st.firstG[g] >= 0 && st.firstG[g] < st.fullAt && (intro == genderUnknown || st.firstG[g] < st.firstG[intro]) {
				intro = g
			}
		}
		if intro != genderUnknown {
			fullG = genderMale + genderFemale - intro
		} else {
			first := -1
			for _, g := range []byte{genderMale, genderFemale} {
				if st.firstG[g] > st.fullAt && (first < 0 || st.firstG[g] < st.firstG[first]) {
					first = int(g)
				}
			}
			fullG = byte(first)
		}
		for i, m := range raw {
			if loneSurname(m) != s {
				continue
			}
			g := d.honorificAt(m)
			if g == fullG || g == genderUnknown && intro == genderUnknown {
				continue // the full name's own
			}
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}
