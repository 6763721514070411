package people

import (
	"fmt"
	"sync"
	"unicode/utf8"

	dict "github.com/wenxi-nlp/wenxi/dict/people"
)

// lexicon holds the parsed dict/people lists.
type lexicon struct {
	heads    revSet   // title heads, matched ending right before a name
	headsFw  *wordSet // the same heads, matched forward (王副市长 check)
	post     *wordSet // heads that may follow a name
	leaders  []string // well-known people, always names (dict/people/leaders.txt)
	group    *wordSet // heads that also name a class of people
	units    revSet   // organization words chained left of a head
	suffixes revSet   // organization suffixes that admit a proper-name stem
	places   map[rune]bool

	say, speech, chair, attend *wordSet
	byline, editor             *wordSet
	follow                     *wordSet
	left, stop                 revSet
	relay                      revSet // verbs whose object is a person's speech
	country                    revSet // 丹麦: ends a dotted name on the left
	adverbs                    revSet
	adverbsFw                  *wordSet
	listTail                   *wordSet // 等, 同志, 一行: the end of a list of people
	peopleTail                 *wordSet // 等同志, 等人: a list that must be of people
	topic                      *wordSet // 就, 对, 针对: a topic before the say-verb
	alsoPeople                 *wordSet // 以及, 还有: more (unnamed) people in a list

	notNames *wordSet

	surnames  map[rune]bool // single-character surnames
	compounds *wordSet      // two-character surnames (欧阳, 司马)
	common    map[rune]bool // the most frequent surnames
	given     map[rune]bool // characters common in given names
	translit  map[rune]bool // characters of transliterated names
	notGiven  map[rune]bool // characters that never end a name
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
	lexErr  error
)

// loadLexicon parses the embedded lexicons once per process.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lexVal, lexErr = buildLexicon() })
	return lexVal, lexErr
}

func buildLexicon() (*lexicon, error) {
	titles, err := dict.Sections("titles.txt")
	if err != nil {
		return nil, err
	}
	orgs, err := dict.Sections("orgs.txt")
	if err != nil {
		return nil, err
	}
	cues, err := dict.Sections("cues.txt")
	if err != nil {
		return nil, err
	}
	notNames, err := dict.Words("notnames.txt")
	if err != nil {
		return nil, err
	}
	surnames, err := dict.Words("surnames.txt")
	if err != nil {
		return nil, err
	}
	common, err := dict.Chars("common_surnames.txt")
	if err != nil {
		return nil, err
	}
	given, err := dict.Chars("givenchars.txt")
	if err != nil {
		return nil, err
	}
	leaders, err := dict.Words("leaders.txt")
	if err != nil {
		return nil, err
	}
	for _, need := range []string{"say", "speech", "chair", "attend", "byline", "editor", "follow", "left", "stop"} {
		if len(cues[need]) == 0 {
			return nil, fmt.Errorf("dict/people/cues.txt: section [%s] is empty", need)
		}
	}
	l := &lexicon{
		heads:    newRevSet(titles["head"], titles["group"]),
		headsFw:  newWordSet(titles["head"], titles["group"]),
		post:     newWordSet(titles["post"]),
		group:    newWordSet(titles["group"]),
		units:    newRevSet(orgs["unit"]),
		suffixes: newRevSet(orgs["suffix"]),
		places:   map[rune]bool{},
		say:      newWordSet(cues["say"]),
		speech:   newWordSet(cues["speech"]),
		chair:    newWordSet(cues["chair"]),
		attend:   newWordSet(cues["attend"]),
		byline:   newWordSet(cues["byline"]),
		editor:   newWordSet(cues["editor"]),
		// Every role verb and adverb also ends a name: 阮金泉|主持, 何报翔|应邀.
		follow:     newWordSet(cues["follow"], cues["say"], cues["chair"], cues["attend"], titles["post"], adverbs),
		left:       newRevSet(cues["left"]),
		stop:       newRevSet(cues["stop"]),
		relay:      newRevSet(cues["relay"]),
		country:    newRevSet(cues["country"]),
		adverbs:    newRevSet(adverbs),
		adverbsFw:  newWordSet(adverbs),
		topic:      newWordSet([]string{"就", "对", "针对", "围绕", "结合", "关于"}),
		alsoPeople: newWordSet([]string{"以及", "及", "和", "还有", "与"}),
		peopleTail: newWordSet([]string{"等同志", "同志", "等人", "一行"}),
		listTail:   newWordSet([]string{"等", "等人", "同志", "等同志", "一行", "们"}),
		notNames:   newWordSet(notNames),
		leaders:    leaders,
		surnames:   map[rune]bool{},
		compounds:  newWordSet(),
		common:     map[rune]bool{},
		given:      map[rune]bool{},
		translit:   map[rune]bool{},
		notGiven:   map[rune]bool{},
	}
	for _, r := range "省市县区州镇乡村旗盟" {
		l.places[r] = true
	}
	for _, s := range surnames {
		switch utf8.RuneCountInString(s) {
		case 1:
			r, _ := utf8.DecodeRuneInString(s)
			l.surnames[r] = true
		case 2:
			l.compounds.add(s)
		}
	}
	for _, w := range titles["translit"] {
		for _, r := range w {
			l.translit[r] = true
		}
	}
	for _, r := range common {
		l.common[r] = true
	}
	for _, r := range given {
		l.given[r] = true
	}
	// Function characters and organization/place characters that a given
	// name never contains in practice; they stop 市委书记何雄在… from
	// becoming 何雄在.
	for _, r := range "的了是在和与及等说对把被将从向为于也都就还又而其这那些个们省市县区委部局厅处科办院会议讲称以二五六七八九十百千万亿过日某" {
		l.notGiven[r] = true
	}
	return l, nil
}

// adverbs may stand between a name and its verb (何雄最后强调).
var adverbs = []string{
	"最后", "也", "还", "又", "再次", "首先", "随后", "接着", "同时", "高度", "进一步", "明确", "深刻",
	"着重", "特别", "专门", "亲切", "充分", "一再", "多次", "都", "则", "在会上", "在讲话中", "在会上讲话时",
	"在致辞中", "会上", "当天", "今天", "昨天", "近日", "日前", "对此", "就此", "曾", "已", "一直", "在",
	"认真", "详细", "简要", "代表", "应邀", "专程", "特邀", "亲临", "也应邀", "重点", "先后", "分别", "共同", "一同", "一起", "亲自", "现场",
}
