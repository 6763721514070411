package people

// titleSpan is one title written before a name.
type titleSpan struct {
	start, end int
}

// Longest proper-name stems admitted left of an organization suffix
// (濮阳职业技术|学院) and of a place unit (濮阳|市委). A stem must reach a
// clause boundary or a stop word within this length, otherwise it is dropped
// and the title starts at the organization word.
const (
	maxOrgStem   = 10
	maxPlaceStem = 3
	maxFieldStem = 8
)

// titleEndingAt returns the title that ends exactly at end (a head word from
// titles.txt, extended left over organization words and stems), or ok=false.
// lo bounds the search on the left (the paragraph start).
func (f *finder) titleEndingAt(end, lo int) (titleSpan, bool) {
	r, lx := f.r, f.lx
	h := lx.heads.longest(r, lo, end)
	if h == 0 {
		return titleSpan{}, false
	}
	start := end - h
	placeUnit, matched := false, false
	for start > lo {
		if u := lx.units.longest(r, lo, start); u > 0 {
			start -= u
			placeUnit = lx.places[r[start]]
			matched = true
			continue
		}
		if s := lx.suffixes.longest(r, lo, start); s > 0 {
			max := maxOrgStem
			if s == 1 && lx.places[r[start-s]] {
				max = maxPlaceStem
			}
			// Without its proper name (no boundary in reach) the suffix is
			// left out too: 主任, not 部主任.
			if st, ok := f.stem(start-s, lo, max); ok {
				start = st
			}
			placeUnit, matched = false, true
			break
		}
		break
	}
	if placeUnit && start > lo {
		if st, ok := f.stem(start, lo, maxPlaceStem); ok {
			start = st
		}
	}
	// A bare head may carry a field or a company before it (设计总监,
	// 万通地产设计总监), up to a boundary close by.
	if !matched && start > lo && !lx.group.has(r[start:end]) {
		if st, ok := f.stem(start, lo, maxFieldStem); ok {
			start = st
		}
	}
	return titleSpan{start: start, end: end}, true
}

// stem extends a title left of start over Han characters up to a clause
// boundary or a stop word, at most max characters; ok is false when no such
// boundary is in reach.
func (f *finder) stem(start, lo, max int) (int, bool) {
	r := f.r
	j := start
	for n := 0; ; n++ {
		// 日 ends a date (5日), not 日报 (新疆日报记者).
		if j <= lo || !isHan(r[j-1]) || f.lx.stop.longest(r, lo, j) > 0 && !(r[j-1] == '日' && r[j] == '报') {
			return j, true
		}
		if n == max {
			return start, false
		}
		j--
	}
}

// leftTitles returns the titles written right before the name starting at
// p, in text order: 市委常委、市纪委书记阮金泉 gives both. A space, colon or
// both may separate the last title from the name (记者 王振巍, 责任编辑:李俊).
func (f *finder) leftTitles(p, lo int) []titleSpan {
	r := f.r
	end := p
	for k := 0; k < 2 && end > lo && (isSpace(r[end-1]) || r[end-1] == ':' || r[end-1] == '：'); k++ {
		end--
	}
	t, ok := f.titleEndingAt(end, lo)
	if !ok {
		return nil
	}
	out := []titleSpan{t}
	for t.start-1 > lo && r[t.start-1] == '、' {
		prev, ok := f.titleEndingAt(t.start-1, lo)
		if !ok {
			break
		}
		out = append(out, prev)
		t = prev
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
