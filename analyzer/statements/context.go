package statements

import (
	"sort"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// mention is one occurrence of a person's full name.
type mention struct {
	name       string
	start, end int
	subject    bool // opens its clause, perhaps after a title list
}

// context indexes the people of a document for speaker resolution.
type context struct {
	doc         *analyzer.Document
	mentions    []mention // by start
	titles      map[string][]string
	lastSpeaker string
	lastAt      int // paragraph of the last statement
}

// newContext finds every mention of the people stage's names. The text is
// scanned here rather than trusting Person.Offsets alone, so a name the
// people stage counted only once is still seen everywhere; the scan is
// linear (names are looked up by their first character).
func newContext(doc *analyzer.Document) *context {
	ctx := &context{doc: doc, titles: map[string][]string{}}
	for _, p := range doc.People {
		ctx.titles[p.Name] = append(ctx.titles[p.Name], p.Titles...)
	}
	byFirst := map[rune][]string{}
	for _, n := range sortedNames(doc.People) {
		f := []rune(n)[0]
		byFirst[f] = append(byFirst[f], n)
	}
	if len(byFirst) == 0 {
		return ctx
	}
	r := doc.Runes
	for _, p := range doc.Paragraphs {
		if p.Boilerplate {
			continue
		}
		clause := p.Start
		for i := p.Start; i < p.End; i++ {
			if i > p.Start && isClauseBreak(r[i-1]) {
				clause = i
			}
			for _, n := range byFirst[r[i]] {
				if !hasPrefix(r, i, p.End, n) {
					continue
				}
				e := i + len([]rune(n))
				subj := i-clause <= maxTitlePrefix && titlePrefix(r[clause:i])
				ctx.mentions = append(ctx.mentions, mention{name: n, start: i, end: e, subject: subj})
				i = e - 1
				break
			}
		}
	}
	return ctx
}

// mentionsFrom returns the mentions starting in [from, to).
func (c *context) mentionsFrom(from, to int) []mention {
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].start >= from })
	j := i
	for j < len(c.mentions) && c.mentions[j].start < to {
		j++
	}
	return c.mentions[i:j]
}

// before returns the mentions that end before offset at, most recent last.
func (c *context) before(at int) []mention {
	i := sort.Search(len(c.mentions), func(i int) bool { return c.mentions[i].start >= at })
	return c.mentions[:i]
}

// paragraphOf returns the index of the paragraph holding offset at.
func (c *context) paragraphOf(at int) int {
	ps := c.doc.Paragraphs
	return sort.Search(len(ps), func(i int) bool { return ps[i].End > at })
}

// resolvePronoun picks who 他/她 at offset at refers to: the latest person
// in subject position earlier in the same paragraph; else the speaker of
// the previous statement; else the latest person named before.
func (c *context) resolvePronoun(at int) string {
	prev := c.before(at)
	para := c.paragraphOf(at)
	pstart := c.doc.Paragraphs[para].Start
	for k := len(prev) - 1; k >= 0 && prev[k].start >= pstart; k-- {
		if prev[k].subject {
			return prev[k].name
		}
	}
	if c.lastSpeaker != "" && c.lastSpeaker != Meeting {
		return c.lastSpeaker
	}
	if len(prev) > 0 && at-prev[len(prev)-1].end < 500 {
		return prev[len(prev)-1].name
	}
	return ""
}

// resolveTitle finds the person a title reference names: 王副市长 (surname
// and a title of that person), 副市长 (exactly a title), 市长 (the end of a
// title). The best match wins; ties go to the person mentioned last before
// offset at.
func (c *context) resolveTitle(ref string, at int) string {
	rr := []rune(ref)
	best, bestScore := "", 0
	for name, titles := range c.titles {
		nr := []rune(name)
		score := 0
		for _, t := range titles {
			tr := []rune(t)
			switch {
			case t == ref:
				score = max(score, 3)
			case len(rr) > 2 && rr[0] == nr[0] && len(tr) >= len(rr)-1 && string(tr[len(tr)-(len(rr)-1):]) == string(rr[1:]):
				score = max(score, 3) // 王副市长, 习总书记
			case len(tr) > len(rr) && string(tr[len(tr)-len(rr):]) == ref:
				score = max(score, 1) // 市长 for 市长 or 副市长
			}
		}
		if score == 0 {
			continue
		}
		if score > bestScore || (score == bestScore && c.lastMention(name, at) > c.lastMention(best, at)) {
			best, bestScore = name, score
		}
	}
	return best
}

// lastMention is the start of name's last mention before at, or -1.
func (c *context) lastMention(name string, at int) int {
	prev := c.before(at)
	for k := len(prev) - 1; k >= 0; k-- {
		if prev[k].name == name {
			return prev[k].start
		}
	}
	return -1
}
