package keywords

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Key phrases. gse (like jieba) splits 群团工作 into 群团 + 工作, so a reader
// would see the fragments rank and never the term. A phrase here is a run of
// two or three adjacent content tokens that recurs in the document and
// "behaves as one term": its parts seldom appear apart. This is a
// within-document statistic, so it adapts to whatever a genre coins
// (赶超发展, 群团组织) without a phrase lexicon.

const (
	// defaultMinPhrase is how often a run must occur to be a phrase.
	defaultMinPhrase = 2
	// cohesion is the share of the rarer part's occurrences that must fall
	// inside the two-token phrase (群团组织: 20 of 组织's 25).
	cohesion = 0.5
	// extension is the share of each two-token sub-run's occurrences that a
	// three-token phrase must account for; otherwise the shorter phrase is the
	// term and the longer one only an occasional collocation (社会和谐稳定
	// twice vs 社会和谐 four times → 社会和谐).
	extension = 0.6
)

// nounish tags can head or join a phrase anywhere. gse's nz is left out on
// purpose: in its dictionary it tags modifiers such as 新一轮 and name
// fragments such as 金泉, which would glue onto their neighbours. Real nz
// terms (slogans) come protected and stand alone anyway.
var nounish = map[string]bool{"n": true, "ns": true, "nt": true, "nw": true, "j": true, "vn": true, "an": true, "ng": true}

// nominal tags are true nouns: after one, a verb or adjective from
// nominalHeads can close a subject–predicate compound that works as a noun.
var nominal = map[string]bool{"n": true, "ns": true, "nt": true, "nw": true, "j": true, "ng": true}

// nominalHeads are the verbs and adjectives (by gse's tags) that head noun
// compounds in policy writing: 群团组织, 社会和谐, 经济增长, 生态保护. After a
// noun, any other verb or adjective makes a clause (会议召开, 何雄强调,
// 意义重大), which recurs in meeting reports just as often as a term does,
// so only a closed list can tell them apart. Words gse already tags vn/an
// (管理, 建设, 安全) need no entry.
var nominalHeads = map[string]bool{
	"组织": true, "保障": true, "治理": true, "保护": true, "创新": true,
	"执法": true, "振兴": true, "开放": true, "增长": true, "运行": true,
	"就业": true, "脱贫": true, "扶贫": true, "转型": true, "富强": true,
	"和谐": true, "稳定": true, "繁荣": true, "健康": true, "廉洁": true,
	"团结": true, "平安": true,
}

// partOK reports whether u may be part of a phrase at all.
func partOK(u *unit) bool {
	if u.noise || u.stop || u.protected || utf8.RuneCountInString(u.text) < 2 {
		return false
	}
	return nounish[u.pos] || u.pos == "v" || u.pos == "a"
}

// patternOK checks the POS shape of a run: nouns throughout, ending in a
// noun, or in a nominalHeads verb/adjective right after a true noun
// (群团组织, 社会和谐: compounds that work as nouns). A verb may only open a
// two-token run before a verbal noun (赶超发展, 协调发展: manner + activity);
// verb + noun is nearly always verb–object (加强领导, 服务群众), and v+v
// (发挥作用) and a+n (重要意义) are collocations, not terms.
func patternOK(run []unit) bool {
	first, last := run[0].pos, run[len(run)-1].pos
	if first == "v" {
		return len(run) == 2 && last == "vn"
	}
	if !nounish[first] {
		return false
	}
	for _, u := range run[1 : len(run)-1] {
		if !nounish[u.pos] {
			return false
		}
	}
	if nounish[last] {
		return true
	}
	return (last == "v" || last == "a") && nominal[run[len(run)-2].pos] && nominalHeads[run[len(run)-1].text]
}

// phrasePos is a phrase's tag: its head's, with a closing verb or adjective
// read as nominal (组织 in 群团组织 is vn, 和谐 in 社会和谐 is an).
func phrasePos(run []unit) string {
	switch p := run[len(run)-1].pos; p {
	case "v":
		return "vn"
	case "a":
		return "an"
	default:
		return p
	}
}

type key2 [2]int32
type key3 [3]int32

// mergePhrases finds the document's key phrases and returns the unit
// sequence with each phrase occurrence merged into one unit, together with
// how often each phrase occurs as a run of tokens. Everything is hashing
// over fixed-size keys: linear in the number of tokens.
func mergePhrases(units []unit, minCount int) ([]unit, map[string]int) {
	if minCount < 2 {
		minCount = defaultMinPhrase
	}
	ids := make([]int32, len(units))
	intern := map[string]int32{}
	c1 := []int{}
	ok := make([]bool, len(units))
	for i := range units {
		id, seen := intern[units[i].text]
		if !seen {
			id = int32(len(c1))
			intern[units[i].text] = id
			c1 = append(c1, 0)
		}
		ids[i] = id
		c1[id]++
		ok[i] = partOK(&units[i])
	}
	adj := func(i int) bool { return units[i].end == units[i+1].start }
	c2 := map[key2]int{}
	c3 := map[key3]int{}
	for i := 0; i+1 < len(units); i++ {
		if !ok[i] || !ok[i+1] || !adj(i) {
			continue
		}
		c2[key2{ids[i], ids[i+1]}]++
		if i+2 < len(units) && ok[i+2] && adj(i+1) {
			c3[key3{ids[i], ids[i+1], ids[i+2]}]++
		}
	}
	acc2 := map[key2]bool{}
	acc3 := map[key3]bool{}
	for i := 0; i+1 < len(units); i++ {
		if !ok[i] || !ok[i+1] || !adj(i) {
			continue
		}
		k := key2{ids[i], ids[i+1]}
		if _, done := acc2[k]; !done {
			n := c2[k]
			acc2[k] = n >= minCount && float64(n) >= cohesion*float64(min(c1[k[0]], c1[k[1]])) && patternOK(units[i:i+2])
		}
		if i+2 < len(units) && ok[i+2] && adj(i+1) {
			k3 := key3{ids[i], ids[i+1], ids[i+2]}
			if _, done := acc3[k3]; !done {
				n := c3[k3]
				pre, suf := c2[key2{k3[0], k3[1]}], c2[key2{k3[1], k3[2]}]
				acc3[k3] = n >= minCount && float64(n) >= extension*float64(max(pre, suf)) && patternOK(units[i:i+3])
			}
		}
	}
	// Cover greedily, longest first; a phrase that loses most of its
	// occurrences to a longer one is dropped and the cover redone.
	for round := 0; ; round++ {
		covered := map[string]int{}
		merged := cover(units, ids, ok, acc2, acc3, covered)
		again := false
		for i := 0; i+1 < len(units); i++ {
			if !ok[i] || !ok[i+1] || !adj(i) {
				continue
			}
			k := key2{ids[i], ids[i+1]}
			if acc2[k] && covered[units[i].text+units[i+1].text] < minCount {
				acc2[k], again = false, true
			}
			if i+2 < len(units) && ok[i+2] && adj(i+1) {
				k3 := key3{ids[i], ids[i+1], ids[i+2]}
				if acc3[k3] && covered[units[i].text+units[i+1].text+units[i+2].text] < minCount {
					acc3[k3], again = false, true
				}
			}
		}
		if !again || round == 2 {
			counts := map[string]int{}
			for _, u := range merged {
				if u.parts != nil {
					counts[u.text] = 0
				}
			}
			// Report how often each phrase occurs as a token run, covered or
			// not, so count means what it says.
			for i := 0; i+1 < len(units); i++ {
				if !ok[i] || !ok[i+1] || !adj(i) {
					continue
				}
				if t := units[i].text + units[i+1].text; hasKey(counts, t) {
					counts[t]++
				}
				if i+2 < len(units) && ok[i+2] && adj(i+1) {
					if t := units[i].text + units[i+1].text + units[i+2].text; hasKey(counts, t) {
						counts[t]++
					}
				}
			}
			return merged, counts
		}
	}
}

func hasKey(m map[string]int, k string) bool { _, ok := m[k]; return ok }

// cover merges accepted runs into single units. Where runs overlap
// (充分发挥+群团 against 群团+组织), longer runs claim their tokens first,
// then more frequent ones, then earlier ones, so a strong phrase is never
// cut by a weak neighbour.
func cover(units []unit, ids []int32, ok []bool, acc2 map[key2]bool, acc3 map[key3]bool, covered map[string]int) []unit {
	type occ struct{ i, n, count int }
	var occs []occ
	c2, c3 := map[key2]int{}, map[key3]int{}
	for i := 0; i+1 < len(units); i++ {
		if !ok[i] || !ok[i+1] || units[i].end != units[i+1].start {
			continue
		}
		if k := (key2{ids[i], ids[i+1]}); acc2[k] {
			c2[k]++
			occs = append(occs, occ{i: i, n: 2})
		}
		if i+2 < len(units) && ok[i+2] && units[i+1].end == units[i+2].start {
			if k := (key3{ids[i], ids[i+1], ids[i+2]}); acc3[k] {
				c3[k]++
				occs = append(occs, occ{i: i, n: 3})
			}
		}
	}
	for k := range occs {
		o := &occs[k]
		if o.n == 3 {
			o.count = c3[key3{ids[o.i], ids[o.i+1], ids[o.i+2]}]
		} else {
			o.count = c2[key2{ids[o.i], ids[o.i+1]}]
		}
	}
	sort.Slice(occs, func(a, b int) bool {
		if occs[a].n != occs[b].n {
			return occs[a].n > occs[b].n
		}
		if occs[a].count != occs[b].count {
			return occs[a].count > occs[b].count
		}
		return occs[a].i < occs[b].i
	})
	runLen := make([]int, len(units)) // >1 where a claimed run starts
	claimed := make([]bool, len(units))
	for _, o := range occs {
		free := true
		for k := o.i; k < o.i+o.n; k++ {
			if claimed[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := o.i; k < o.i+o.n; k++ {
			claimed[k] = true
		}
		runLen[o.i] = o.n
	}
	out := make([]unit, 0, len(units))
	for i := 0; i < len(units); {
		n := runLen[i]
		if n < 2 {
			out = append(out, units[i])
			i++
			continue
		}
		run := units[i : i+n]
		var sb strings.Builder
		parts := make([]string, n)
		for k, u := range run {
			sb.WriteString(u.text)
			parts[k] = u.text
		}
		u := unit{text: sb.String(), pos: phrasePos(run), start: run[0].start, end: run[n-1].end, parts: parts}
		covered[u.text]++
		out = append(out, u)
		i += n
	}
	return out
}
