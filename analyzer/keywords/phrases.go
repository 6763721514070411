package keywords

import (
	"sort"
	"unicode"
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
	// verbBinding is the share of a verb's occurrences that a verb-initial
	// phrase must account for: 赶超 nearly always precedes 发展 (赶超发展),
	// while 开展 and 推进 take whatever object comes (开展工作, 推进改革).
	verbBinding = 0.75
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
	"执法": true, "振兴": true, "开放": true, "就业": true,
	"脱贫": true, "扶贫": true, "转型": true, "富强": true,
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
	text string
	// count is how often the phrase occurs as a run of tokens (covered by a
	// longer phrase or not), which is what a reader can check.
	count int
	parts []string
}

// internUnits gives every distinct unit text an id (set in units[i].id) and
// returns the texts by id, so later passes index arrays instead of hashing
// strings.
func internUnits(units []unit) []string {
	ids := make(map[string]int32, len(units)/4+16)
	var texts []string
	for i := range units {
		id, ok := ids[units[i].text]
		if !ok {
			id = int32(len(texts))
			ids[units[i].text] = id
			texts = append(texts, units[i].text)
		}
		units[i].id = id
	}
	return texts
}

// mergePhrases finds the document's key phrases among interned units (ids
// below nIDs) and returns the unit sequence with each phrase occurrence
// merged into one unit, whose id is nIDs + its index in the returned list.
// Each distinct run of two or three tokens is hashed once, when counted;
// every later pass indexes arrays, and only accepted occurrences are sorted:
// linear in the tokens, so a 10 MB document takes seconds.
func mergePhrases(units []unit, nIDs int, minCount int) ([]unit, []*phrase) {
	if minCount < 2 {
		minCount = defaultMinPhrase
	}
	c1 := make([]int32, nIDs)
	ok := make([]bool, len(units))
	for i := range units {
		c1[units[i].id]++
		ok[i] = partOK(&units[i])
	}
	has2 := func(i int) bool {
		return i+1 < len(units) && ok[i] && ok[i+1] && units[i].end == units[i+1].start
	}
	// bi[i] / tri[i]: index of the distinct 2- / 3-token run starting at i
	// (-1: none); n2/n3 count them, first2/first3 give an occurrence.
	bi := make([]int32, len(units))
	tri := make([]int32, len(units))
	var n2, n3, first2, first3 []int32
	{
		idx2 := map[key2]int32{}
		idx3 := map[key3]int32{}
		for i := range units {
			bi[i], tri[i] = -1, -1
			if !has2(i) {
				continue
			}
			k := key2{units[i].id, units[i+1].id}
			j, seen := idx2[k]
			if !seen {
				j = int32(len(n2))
				idx2[k] = j
				n2 = append(n2, 0)
				first2 = append(first2, int32(i))
			}
			n2[j]++
			bi[i] = j
			if has2(i + 1) {
				k3 := key3{units[i].id, units[i+1].id, units[i+2].id}
				j, seen := idx3[k3]
				if !seen {
					j = int32(len(n3))
					idx3[k3] = j
					n3 = append(n3, 0)
					first3 = append(first3, int32(i))
				}
				n3[j]++
				tri[i] = j
			}
		}
	}
	// Accept by counts and by the POS shape of the first occurrence.
	acc2 := make([]bool, len(n2))
	for j, n := range n2 {
		i := int(first2[j])
		acc2[j] = n >= int32(minCount) &&
			float64(n) >= cohesion*float64(min(c1[units[i].id], c1[units[i+1].id])) &&
			(units[i].pos != "v" || float64(n) >= verbBinding*float64(c1[units[i].id])) &&
			patternOK(units[i:i+2])
	}
	acc3 := make([]bool, len(n3))
	for j, n := range n3 {
		i := int(first3[j])
		sub := max(n2[bi[i]], n2[bi[i+1]])
		acc3[j] = n >= int32(minCount) && float64(n) >= extension*float64(sub) && patternOK(units[i:i+3])
	}
	rejectFragments(units, bi, 2, acc2, n2)
	rejectFragments(units, tri, 3, acc3, n3)
	// Cover; a phrase that keeps fewer than minCount occurrences after
	// longer or stronger phrases took theirs is dropped and the cover redone.
	var runLen []int8
	for round := 0; ; round++ {
		var cov2, cov3 []int32
		runLen, cov2, cov3 = cover(bi, tri, acc2, acc3, n2, n3)
		pruned := false
		for j := range acc2 {
			if acc2[j] && cov2[j] < int32(minCount) {
				acc2[j], pruned = false, true
			}
		}
		for j := range acc3 {
			if acc3[j] && cov3[j] < int32(minCount) {
				acc3[j], pruned = false, true
			}
		}
		if !pruned || round == 2 {
			break
		}
	}
	var phrases []*phrase
	byText := map[string]int32{}
	ph2 := make(map[int32]int32) // run index → phrase index
	ph3 := make(map[int32]int32)
	out := make([]unit, 0, len(units))
	for i := 0; i < len(units); {
		n := int(runLen[i])
		if n < 2 {
			out = append(out, units[i])
			i++
			continue
		}
		run := units[i : i+n]
		m, runIdx, count := ph2, bi[i], n2[bi[i]]
		if n == 3 {
			m, runIdx, count = ph3, tri[i], n3[tri[i]]
		}
		pi, seen := m[runIdx]
		if !seen {
			text := run[0].text + run[1].text
			if n == 3 {
				text += run[2].text
			}
			// Two splits of one string (AB+CDE, ABC+DE) are one phrase.
			if pi, seen = byText[text]; seen {
				phrases[pi].count += int(count)
			} else {
				pi = int32(len(phrases))
				byText[text] = pi
				parts := make([]string, n)
				for k, u := range run {
					parts[k] = u.text
				}
				phrases = append(phrases, &phrase{text: text, count: int(count), parts: parts})
			}
			m[runIdx] = pi
		}
		out = append(out, unit{text: phrases[pi].text, pos: phrasePos(run), start: run[0].start, end: run[n-1].end,
			id: int32(nIDs) + pi, phrase: true})
		i += n
	}
	return out, phrases
}

// fragmentShare is the share of a run's occurrences with the same content
// word glued on one side that marks the run as a piece of a longer name:
// 临港新片 is always followed by 区, 虹桥国际 by 开放枢纽.
const fragmentShare = 0.8

// continues reports whether u, touching a run, would continue a name: a
// noun, or a single content character such as 区 or 市. Verbs and
// adjectives do not count: 加强 before 群团工作 every time is usage, not a
// longer name.
func continues(u *unit) bool {
	if u.stop {
		return false
	}
	if nounish[u.pos] || u.pos == "nz" {
		return true
	}
	switch u.pos {
	case "x", "w", "m", "q", "uj", "ul", "uv", "uz", "ud", "ug", "u", "p", "c", "d", "r", "y", "e", "f", "v", "a", "ad", "vd":
		return false
	}
	if utf8.RuneCountInString(u.text) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(u.text)
	return unicode.Is(unicode.Han, r)
}

// rejectFragments turns down accepted runs of length n (run index per start
// position in at) whose occurrences mostly touch the same content word on
// the left or on the right: those are pieces of a longer name that the
// segmenter split in a way no phrase can mend. The majority word of each
// side is found by a Boyer–Moore vote, so this stays linear.
func rejectFragments(units []unit, at []int32, n int, acc []bool, count []int32) {
	for _, side := range []int{-1, n} {
		cand := make([]int32, len(acc))
		votes := make([]int32, len(acc))
		neighbour := func(i int) int32 {
			k := i + side
			if k < 0 || k >= len(units) {
				return -1
			}
			if (side < 0 && units[k].end != units[i].start) || (side > 0 && units[k-1].end != units[k].start) || !continues(&units[k]) {
				return -1
			}
			return units[k].id
		}
		for i, j := range at {
			if j < 0 || !acc[j] {
				continue
			}
			w := neighbour(i)
			switch {
			case votes[j] == 0:
				cand[j], votes[j] = w, 1
			case cand[j] == w:
				votes[j]++
			default:
				votes[j]--
			}
		}
		same := make([]int32, len(acc))
		for i, j := range at {
			if j >= 0 && acc[j] && votes[j] > 0 && cand[j] >= 0 && neighbour(i) == cand[j] {
				same[j]++
			}
		}
		for j := range acc {
			if acc[j] && float64(same[j]) >= fragmentShare*float64(count[j]) {
				acc[j] = false
			}
		}
	}
}

// cover decides which accepted runs become single units. Where runs overlap
// (充分发挥+群团 against 群团+组织), longer runs claim their tokens first,
// then more frequent ones, then earlier ones, so a strong phrase is never
// cut by a weak neighbour. It returns the run length starting at each
// position (0: none) and how many occurrences each run kept.
func cover(bi, tri []int32, acc2, acc3 []bool, n2, n3 []int32) ([]int8, []int32, []int32) {
	type occ struct {
		i     int32
		n     int8
		count int32
	}
	var occs []occ
	for i := range bi {
		if j := bi[i]; j >= 0 && acc2[j] {
			occs = append(occs, occ{i: int32(i), n: 2, count: n2[j]})
		}
		if j := tri[i]; j >= 0 && acc3[j] {
			occs = append(occs, occ{i: int32(i), n: 3, count: n3[j]})
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
	runLen := make([]int8, len(bi))
	claimed := make([]bool, len(bi))
	cov2, cov3 := make([]int32, len(n2)), make([]int32, len(n3))
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
			cov2[bi[i]]++
		} else {
			cov3[tri[i]]++
		}
	}
	return runLen, cov2, cov3
}
