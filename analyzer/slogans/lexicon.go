package slogans

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	dict "github.com/wenxi-nlp/wenxi/dict/slogans"
	"github.com/wenxi-nlp/wenxi/internal/runeset"
)

// lexicon is everything the stage reads from dict/slogans, loaded once.
type lexicon struct {
	glossary   map[string]*dict.Entry
	glossTrie  *trie
	background map[string]dict.Usage
	numWords   map[string]dict.Word
	general    map[string]bool
	model      *QuoteModel
	known      map[string][2]int
	// partOf holds the items of the glossary's quoted-kind expansions
	// (经济强, 百姓富 … of 强富美高): quoted alone, they are slogan parts.
	partOf map[string]bool

	units, unitsGe, counted, heads    *trie
	awardBefore, artBefore, speech    *trie
	awardAfter, nameAfter, dateAfter  *trie
	nameSuffix, docSuffix, workBefore *trie
	figurative, figurativeSuffix      *trie
	problemBefore, problemAfter       *trie
	honourSuffix, figurativeAfter     *trie
	coinageAfter, nameBefore          *trie
	measure, bannerAfter              *trie
	themeAfter, themeBefore           *trie
	watchwordAfter, speechSuffix      *trie
	bodyHead, honourPrefix            *trie
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded lexicons on first use.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = buildLexicon() })
	return lex, lexErr
}

func buildLexicon() (*lexicon, error) {
	entries, err := dict.Glossary()
	if err != nil {
		return nil, fmt.Errorf("loading slogan glossary: %w", err)
	}
	l := &lexicon{glossary: map[string]*dict.Entry{}, glossTrie: newTrie(), partOf: map[string]bool{}}
	for i := range entries {
		e := &entries[i]
		l.glossary[e.Term] = e
		l.glossTrie.add(e.Term)
		if e.Kind == "quoted" {
			for _, it := range e.Expansion {
				if len([]rune(it)) >= 3 {
					l.partOf[it] = true
				}
			}
		}
	}
	if l.background, err = dict.Background(); err != nil {
		return nil, fmt.Errorf("loading slogan background table: %w", err)
	}
	if l.numWords, err = dict.NumWords(); err != nil {
		return nil, fmt.Errorf("loading numeral words: %w", err)
	}
	if l.general, err = dict.General(); err != nil {
		return nil, fmt.Errorf("loading general words: %w", err)
	}
	if l.known, err = dict.Known(); err != nil {
		return nil, fmt.Errorf("loading known phrases: %w", err)
	}
	if l.model, err = ReadQuoteModel(strings.NewReader(dict.QuoteModel())); err != nil {
		return nil, fmt.Errorf("loading quote model: %w", err)
	}
	if len(l.model.Weights) == 0 {
		l.model = nil // no trained model embedded: the rules alone
	}
	cues, err := dict.Cues()
	if err != nil {
		return nil, fmt.Errorf("loading slogan cues: %w", err)
	}
	section := func(name string) (*trie, error) {
		words, ok := cues[name]
		if !ok {
			return nil, fmt.Errorf("slogan cues: missing section [%s]", name)
		}
		t := newTrie()
		for _, w := range words {
			t.add(w)
		}
		return t, nil
	}
	for name, dst := range map[string]**trie{
		"units": &l.units, "units_ge": &l.unitsGe, "counted": &l.counted, "heads": &l.heads,
		"award_before": &l.awardBefore, "art_before": &l.artBefore, "speech_before": &l.speech,
		"award_after": &l.awardAfter, "name_after": &l.nameAfter, "date_after": &l.dateAfter,
		"name_suffix": &l.nameSuffix, "doc_suffix": &l.docSuffix, "work_before": &l.workBefore,
		"figurative_before": &l.figurative, "figurative_suffix": &l.figurativeSuffix,
		"problem_before": &l.problemBefore, "problem_after": &l.problemAfter, "honour_suffix": &l.honourSuffix, "figurative_after": &l.figurativeAfter,
		"coinage_after": &l.coinageAfter, "name_before": &l.nameBefore, "measure": &l.measure, "banner_after": &l.bannerAfter, "theme_after": &l.themeAfter, "theme_before": &l.themeBefore,
		"watchword_after": &l.watchwordAfter, "speech_suffix": &l.speechSuffix, "body_head": &l.bodyHead, "honour_prefix": &l.honourPrefix,
	} {
		if *dst, err = section(name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// trie is a rune trie for longest-prefix matching without allocating
// strings at every text position (the stage scans each position once).
type trie struct {
	next   map[rune]*trie
	word   bool
	maxLen int
	// rev holds the reversed words, for suffix matching.
	rev *trie
	// first holds the first characters of the words; set on roots only.
	first *runeset.Bits
}

func newTrie() *trie { return &trie{next: map[rune]*trie{}} }

func (t *trie) add(w string) {
	rs := []rune(w)
	t.insert(rs)
	if len(rs) > t.maxLen {
		t.maxLen = len(rs)
	}
	if t.rev == nil {
		t.rev = newTrie()
	}
	rev := make([]rune, len(rs))
	for i, r := range rs {
		rev[len(rs)-1-i] = r
	}
	t.rev.insert(rev)
}

func (t *trie) insert(rs []rune) {
	if len(rs) > 0 {
		if t.first == nil {
			t.first = &runeset.Bits{}
		}
		t.first.Add(rs[0])
	}
	n := t
	for _, r := range rs {
		c := n.next[r]
		if c == nil {
			c = &trie{next: map[rune]*trie{}}
			n.next[r] = c
		}
		n = c
	}
	n.word = true
}

// longest returns the length of the longest word starting at r[i] and not
// running past end, or 0.
func (t *trie) longest(r []rune, i, end int) int {
	if i < end && t.first != nil && !t.first.May(r[i]) {
		return 0
	}
	best := 0
	n := t
	for j := i; j < end; j++ {
		n = n.next[r[j]]
		if n == nil {
			break
		}
		if n.word {
			best = j - i + 1
		}
	}
	return best
}

// prefix reports whether a word starts at r[i].
func (t *trie) prefix(r []rune, i, end int) bool { return t.longest(r, i, end) > 0 }

// suffix reports whether a word ends just before r[end] and starts at or
// after start.
func (t *trie) suffix(r []rune, start, end int) bool {
	if t.rev == nil {
		return false
	}
	n := t.rev
	if j := end - 1; j >= start && n.first != nil && !n.first.May(r[j]) {
		return false
	}
	for j := end - 1; j >= start; j-- {
		n = n.next[r[j]]
		if n == nil {
			return false
		}
		if n.word {
			return true
		}
	}
	return false
}

// within reports whether any word occurs inside r[start:end].
func (t *trie) within(r []rune, start, end int) bool {
	for i := start; i < end; i++ {
		if t.prefix(r, i, end) {
			return true
		}
	}
	return false
}

// sortedTexts returns the keys of m in a stable order.
func sortedTexts[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// knownItem reports a phrase that the annotated training texts label an
// item in more texts than not: 295 of the 297 recurring candidates agree
// with their majority label elsewhere.
func (l *lexicon) knownItem(text string) bool {
	k, ok := l.known[text]
	return ok && KnownIndex(k[0], k[1]) == 0
}
