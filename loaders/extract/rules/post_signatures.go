package rules

import "github.com/eventgraph/eventgraph/domain"

// signatureDate is the day of the social-media post that paragraph pi
// reproduces, read from the signature such embeds end with ("… — Jane
// Doe (@janedoe) December 11, 2016"), or nil when the paragraph is not
// one. The words of a post are of its day, whatever the article's day.
func (d *doc) signatureDate(pi int) *domain.FuzzyDate {
	p := d.paras[pi]
	k := p.last - 1
	for k >= p.first && d.toks[k].kind == tPunct && d.toks[k].date == 0 {
		k-- // a closing full stop
	}
	if k < p.first || d.toks[k].date == 0 {
		return nil
	}
	idx := d.toks[k].date
	j := k
	for j > p.first && d.toks[j-1].date == idx {
		j--
	}
	if j-1 < p.first || d.toks[j-1].text != ")" {
		return nil
	}
	for x := j - 2; x > p.first && x >= j-8; x-- {
		if d.toks[x].text == "(" {
			if d.toks[x+1].text != "@" {
				return nil
			}
			fd := d.dates[idx-1].Date
			if fd.Precision != domain.PrecisionDay || d.afterPublication(fd) {
				return nil
			}
			return &fd
		}
	}
	return nil
}
