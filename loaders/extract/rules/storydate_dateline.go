package rules

import (
	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract/dates"
)

// datelineDay is the day a wire story's dateline gives ("WASHINGTON,
// March 31 -", "LONDON (Aug. 13) --") when it is a day on or before
// publication: the day the story was filed, which its undated acts are
// told on. The dateline is skipped as boilerplate, so its date is read
// here from the skipped words of the first story paragraph. Nil when the
// story has no dated dateline.
func (d *doc) datelineDay() *domain.FuzzyDate {
	for pi, p := range d.paras {
		if p.headline || p.caption {
			continue
		}
		end := -1
		for k := p.first; k < p.last && d.toks[k].skip; k++ {
			end = d.toks[k].end
		}
		if end < 0 {
			if d.paraSkipped(pi) {
				continue
			}
			return nil // the first story paragraph opens with no dateline
		}
		if d.paraSkipped(pi) {
			continue
		}
		for _, m := range dates.Find(d.text[p.start:end], d.article.PublishedAt) {
			if fd := m.Date; fd.Precision == domain.PrecisionDay && fd.Known() && !d.afterPublication(fd) {
				return &fd
			}
		}
		return nil
	}
	return nil
}
