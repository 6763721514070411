package keywords

import (
	"sort"
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

// phrase is one key phrase of a document.
type phrase struct {
	// count is how often the phrase occurs as a run of tokens (covered by a
	// longer phrase or not), which is what a reader can check.
	count int
	parts []string
}

// Acceptance states of a candidate run.
const (
	unseen int8 = iota
	rejected
	accepted
)

// mergePhrases finds the document's key phrases and returns the unit
// sequence with each phrase occurrence merged into one unit, and the
// phrases by text. Runs are keyed by interned token ids in fixed-size keys,
// every pass is linear in the tokens, and only the accepted occurrences are
// sorted: a 10 MB document takes seconds, not hours.
func mergePhrases(units []unit, minCount int) ([]unit, map[string]*phrase) {
	if minCount < 2 {
		minCount = defaultMinPhrase
	}
	ids := make([]int32, len(units))
	intern := map[string]int32{}
	var c1 []int32
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
	// has2(i) / has3(i): a run of 2 / 3 eligible adjacent tokens starts at i.
	has2 := func(i int) bool {
		return i+1 < len(units) && ok[i] && ok[i+1] && units[i].end == units[i+1].start
	}
	has3 := func(i int) bool { return has2(i) && has2(i+1) }
	c2 := map[key2]int32{}
	c3 := map[key3]int32{}
	for i := range units {
		if has2(i) {
			c2[key2{ids[i], ids[i+1]}]++
			if has3(i) {
				c3[key3{ids[i], ids[i+1], ids[i+2]}]++
			}
		}
	}
	// Accept by counts and by the POS shape of the first occurrence.
	acc2 := make(map[key2]int8, len(c2)/4)
	acc3 := make(map[key3]int8, len(c3)/4)
	for i := range units {
		if !has2(i) {
			continue
		}
		k := key2{ids[i], ids[i+1]}
		if acc2[k] == unseen {
			n := c2[k]
			acc2[k] = rejected
			if n >= int32(minCount) && float64(n) >= cohesion*float64(min(c1[k[0]], c1[k[1]])) && patternOK(units[i:i+2]) {
				acc2[k] = accepted
			}
		}
		if has3(i) {
			k3 := key3{ids[i], ids[i+1], ids[i+2]}
			if acc3[k3] == unseen {
				n := c3[k3]
				sub := max(c2[key2{k3[0], k3[1]}], c2[key2{k3[1], k3[2]}])
				acc3[k3] = rejected
				if n >= int32(minCount) && float64(n) >= extension*float64(sub) && patternOK(units[i:i+3]) {
					acc3[k3] = accepted
				}
			}
		}
	}
	// Cover; a phrase that keeps fewer than minCount occurrences after
	// longer or stronger phrases took theirs is dropped and the cover redone.
	var runLen []int8
	for round := 0; ; round++ {
		var cov2 map[key2]int32
		var cov3 map[key3]int32
		runLen, cov2, cov3 = cover(units, ids, has2, has3, acc2, acc3, c2, c3)
		pruned := false
		for k, v := range acc2 {
			if v == accepted && cov2[k] < int32(minCount) {
				acc2[k], pruned = rejected, true
			}
		}
		for k, v := range acc3 {
			if v == accepted && cov3[k] < int32(minCount) {
				acc3[k], pruned = rejected, true
			}
		}
		if !pruned || round == 2 {
			break
		}
	}
	phrases := map[string]*phrase{}
	out := make([]unit, 0, len(units))
	for i := 0; i < len(units); {
		n := int(runLen[i])
		if n < 2 {
			out = append(out, units[i])
			i++
			continue
		}
		run := units[i : i+n]
		var text string
		if n == 2 {
			text = run[0].text + run[1].text
		} else {
			text = run[0].text + run[1].text + run[2].text
		}
		ph := phrases[text]
		if ph == nil {
			ph = &phrase{parts: make([]string, n)}
			for k, u := range run {
				ph.parts[k] = u.text
			}
			if n == 2 {
				ph.count = int(c2[key2{ids[i], ids[i+1]}])
			} else {
				ph.count = int(c3[key3{ids[i], ids[i+1], ids[i+2]}])
			}
			phrases[text] = ph
		}
		out = append(out, unit{text: text, pos: phrasePos(run), start: run[0].start, end: run[n-1].end, phrase: true})
		i += n
	}
	return out, phrases
}

// cover decides which accepted runs become single units. Where runs overlap
// (充分发挥+群团 against 群团+组织), longer runs claim their tokens first,
// then more frequent ones, then earlier ones, so a strong phrase is never
// cut by a weak neighbour. It returns the run length starting at each
// position (0 or 1: none) and how many occurrences each phrase kept.
func cover(units []unit, ids []int32, has2, has3 func(int) bool, acc2 map[key2]int8, acc3 map[key3]int8,
	c2 map[key2]int32, c3 map[key3]int32) ([]int8, map[key2]int32, map[key3]int32) {
	type occ struct {
		i     int32
		n     int8
		count int32
	}
	var occs []occ
	for i := range units {
		if !has2(i) {
			continue
		}
		if k := (key2{ids[i], ids[i+1]}); acc2[k] == accepted {
			occs = append(occs, occ{i: int32(i), n: 2, count: c2[k]})
		}
		if has3(i) {
			if k := (key3{ids[i], ids[i+1], ids[i+2]}); acc3[k] == accepted {
				occs = append(occs, occ{i: int32(i), n: 3, count: c3[k]})
			}
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
	runLen := make([]int8, len(units))
	claimed := make([]bool, len(units))
	cov2, cov3 := map[key2]int32{}, map[key3]int32{}
	for _, o := range occs {
		i, n := int(o.i), int(o.n)
		free := true
		for k := i; k < i+n; k++ {
			if claimed[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := i; k < i+n; k++ {
			claimed[k] = true
		}
		runLen[i] = o.n
		if n == 2 {
			cov2[key2{ids[i], ids[i+1]}]++
		} else {
			cov3[key3{ids[i], ids[i+1], ids[i+2]}]++
		}
	}
	return runLen, cov2, cov3
}
