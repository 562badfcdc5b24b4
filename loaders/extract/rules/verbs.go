package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// verbPattern is a verb or verb phrase that signals speech, an interaction
// or a meeting. A slot of "~" matches up to two filler words ("issued a
// blunt call to"), "~3" up to three ("held their first direct talks").
type verbPattern struct {
	slots  [][]string
	kind   domain.InteractionKind // "" when the verb is no interaction
	speech bool                   // reported speech: gives a paraphrase
	attrib bool                   // can attribute a direct quote ("said")
	meet   bool                   // gives a meeting with the object
}

// verbSpecs lists the patterns: "words; flags; kind". Flags: s speech,
// a quote attribution, m meeting.
const verbSpecs = `
said|says|say|told|tells|tell|added|adds|asked|wrote|writes|declared|stated|explained|noted|continued|replied|responded|remarked|recalled|concluded|tweeted|posted|announced|acknowledged|admitted|conceded|reiterated|maintained|contended|insisting|adding|saying|noting|arguing|stressing|declaring|explaining;sa;
insisted|insists|argued|argues|claimed|claims|stressed|stresses|emphasized|emphasised|suggested|suggests|predicted|vowed|vows|pledged|pledges|promised|promises|asserted|asserts|declared|hinted|signalled|signaled|questioned|denied|denies|demanded|demands|highlighted|underlined|underscored|lamented|complained|boasted|confirmed|confirms|revealed|disclosed;sa;
warned|warns|warning|warn|cautioned|cautions|cautioning;sa;WARN
urged|urges|urging|urge|implored|beseeched;s;APPEAL
called|calls|call|calling on|upon;s;APPEAL
appealed|appeals|appealing to;s;APPEAL
issued|issues|made|makes a|an ~ call|appeal|plea to;s;APPEAL
pressed|presses|pressing;;APPEAL
called|calls|calling for;s;
praised|praises|praising|praise|hailed|hails|lauded|lauds|commended|commends|applauded|thanked|thanks|congratulated;s;PRAISE
criticized|criticised|criticizes|criticises|criticizing|criticising|condemned|condemns|denounced|denounces|slammed|slams|blasted|blasts|rebuked|lambasted|chided|castigated;s;CRITICIZE
lashed|hit|lashes|hits out at;s;CRITICIZE
took|takes aim at;s;CRITICIZE
berated|berates|scolded|mocked|ridiculed|humiliated|snubbed|upbraided;;CRITICIZE
accused|accuses|accusing|blamed|blames|blaming;s;ACCUSE
threatened|threatens|threatening;s;THREATEN
rejected|rejects|dismissed|dismisses|rebuffed|rebuffs|spurned;;REJECT
backed|backs|supported|supports|endorsed|endorses|defended|defends;;SUPPORT
voiced|pledged|expressed|offered ~ support for;s;SUPPORT
agreed|agrees with;;AGREE
signed|reached|struck a|an ~ deal|agreement|accord|pact|treaty with;;AGREE
sanctioned|sanctions|imposed|imposes|slapped ~ sanctions|tariffs|duties|penalties on|against;;SANCTION
sanctioned;;SANCTION
attacked|struck|shelled|bombed|invaded|attacks|strikes|invades;;ATTACK
launched|launches ~ strikes|attacks|attack|strike|offensive on|against;;ATTACK
spoke|spoken|speaks|talked|talks with|to;;CONSULT
phoned|rang;;CONSULT
spoke|spoken|speaks|talked|talks by phone|telephone with|to;;CONSULT
held|holds|had|has a|an phone|telephone|video call with;;CONSULT
fined|fines|penalised|penalized;;SANCTION
condemned|condemns|condemning;s;CRITICIZE
held|holds|had|has a|an ~ call|conversation with;;CONSULT
met|meets|meeting|meet;m;MEET
met|meets|meet with;m;MEET
held|holds|hold|had|has|have ~ talks|meeting|meetings with;m;MEET
hosted|hosts|hosting|received|welcomed|welcomes;m;MEET
urge|exhorted|exhorts|exhort;s;APPEAL
pleaded|pleads|pleading|begged|begs with;s;APPEAL
appeal|appeals to;s;APPEAL
press|pressured|pressures|pressuring;;APPEAL
hail|hailing|laud|lauding|commend|commending|applaud|applauds|applauding|thank|thanking|congratulate|congratulates|congratulating|saluted|salutes;s;PRAISE
criticize|criticise|condemn|denounce|denouncing|slam|slamming|rebuke|rebukes|rebuking|berate|berates|berating|blast|blasting|lambaste|lambastes|lambasting|chide|chides|chiding|decried|decries|decry|decrying|deplored|deplores|assailed|assails|excoriated|castigates|censured|censures|reprimanded;s;CRITICIZE
lashing|hitting out at;s;CRITICIZE
accuse|blame|faulted|faults;s;ACCUSE
threaten;s;THREATEN
vowed|vows|vowing|promised|pledged|threatened|threatens to retaliate against;s;THREATEN
issued|issues|issuing|delivered|gave|gives an ultimatum to;s;THREATEN
reject|rejecting|dismissing|rebuff|rebuffing|spurns|spurn;;REJECT
turned|turns|turning|turn down;;REJECT
back|backing|support|supporting|endorse|endorsing|defend|defending;;SUPPORT
sided|sides|siding|side with;;SUPPORT
stood|stands|standing|stand by|behind;;SUPPORT
threw|throws|throwing ~ support|weight behind;;SUPPORT
agree|agreeing with;;AGREE
sign|signs|signing|reach|reaches|reaching|strike|strikes|striking|clinched|clinches|concluded|sealed a|an ~ deal|agreement|accord|pact|treaty|truce|ceasefire with;;AGREE
sanction|sanctioning|fining|penalise|penalize;;SANCTION
impose|imposing|slaps|slapping|levied|levies ~ sanctions|tariffs|duties|penalties|fine|fines|embargo|ban|levy on|against;;SANCTION
expelled|expels|expelling|expel;;SANCTION
attack|attacking|strike|striking|shell|shelling|bomb|bombing|bombed|bombs|invade|invading|raided|raids|raiding|raid;;ATTACK
fired|fires|firing|opened|opens|opening ~ fire|shots|missiles|rockets|cannon on|at;;ATTACK
consulted|consults|consulting|consult;;CONSULT
speak|speaking with|to;;CONSULT
speak|speaking by phone|telephone with|to;;CONSULT
cast|casts|casting doubt on|over;s;
sounded|sounds|sounding the alarm over|about|on;s;
expressed|voiced ~ concern|concerns|hope|doubts|frustration|alarm;s;
`

// verbIndex maps the first word of every pattern to its patterns.
var verbIndex = buildVerbIndex(verbSpecs)

// buildVerbIndex indexes the patterns of specs (in verbSpecs' format) by
// their first word.
func buildVerbIndex(specs string) map[string][]*verbPattern {
	idx := map[string][]*verbPattern{}
	for _, line := range strings.Split(strings.TrimSpace(specs), "\n") {
		f := strings.Split(line, ";")
		p := &verbPattern{kind: domain.InteractionKind(f[2])}
		p.speech = strings.Contains(f[1], "s")
		p.attrib = strings.Contains(f[1], "a")
		p.meet = strings.Contains(f[1], "m")
		for _, slot := range strings.Fields(f[0]) {
			p.slots = append(p.slots, strings.Split(slot, "|"))
		}
		for _, w := range p.slots[0] {
			idx[w] = append(idx[w], p)
		}
	}
	return idx
}

// verbHit is a pattern matched at tokens [from, to).
type verbHit struct {
	from, to int
	p        *verbPattern
}

// matchVerb returns the longest pattern starting at token i, if any.
func (d *doc) matchVerb(i int) (verbHit, bool) {
	return d.matchIn(verbIndex, i)
}

// matchIn returns the longest pattern of idx starting at token i, if any.
func (d *doc) matchIn(idx map[string][]*verbPattern, i int) (verbHit, bool) {
	w := d.toks[i]
	if w.kind != tWord {
		return verbHit{}, false
	}
	best := verbHit{}
	for _, p := range idx[strings.ToLower(w.text)] {
		if end, ok := d.matchSlots(p.slots[1:], i+1); ok && end-i > best.to-best.from {
			best = verbHit{from: i, to: end, p: p}
		}
	}
	return best, best.p != nil
}

// matchSlots matches the remaining slots from token i, skipping quote
// marks of short quoted fragments.
func (d *doc) matchSlots(slots [][]string, i int) (int, bool) {
	if len(slots) == 0 {
		return i, true
	}
	i = d.skipMarks(i)
	if i >= len(d.toks) {
		return 0, false
	}
	if slots[0][0] == "~" || slots[0][0] == "~3" {
		most := 2
		if slots[0][0] == "~3" {
			most = 3 // "held their first direct talks"
		}
		for n := 0; n <= most; n++ {
			if end, ok := d.matchSlots(slots[1:], i); ok {
				return end, true
			}
			if i >= len(d.toks) || d.toks[i].kind != tWord || !isLower(d.toks[i].text) {
				return 0, false
			}
			if most == 3 && passiveAuxiliaries[strings.ToLower(d.toks[i].text)] {
				return 0, false // "has been locked in talks": another verb's phrase, not a filler
			}
			i = d.skipMarks(i + 1)
		}
		return 0, false
	}
	t := d.toks[i]
	if t.kind != tWord {
		return 0, false
	}
	lw := strings.ToLower(t.text)
	for _, alt := range slots[0] {
		if alt == lw {
			return d.matchSlots(slots[1:], i+1)
		}
	}
	return 0, false
}

// skipMarks steps over quote marks that only set off a short fragment.
func (d *doc) skipMarks(i int) int {
	for i < len(d.toks) && d.toks[i].kind == tQuote && !d.toks[i].inQuote {
		i++
	}
	return i
}
