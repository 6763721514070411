package keywords

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
	dictidf "github.com/wenxi-nlp/wenxi/dict/idf"
	"github.com/wenxi-nlp/wenxi/dict/stopwords"
)

// IDF maps words to inverse document frequencies. A user table is a map;
// the embedded default stays the sorted text it was decompressed from,
// searched in place (see package dict/idf), which loads in a few
// milliseconds and a third of the memory a 270 000-entry map would take.
type IDF struct {
	idf map[string]float64
	// sorted backing: text holds "word\tdf\n" lines sorted by word; line i
	// starts at starts[i] and has its tab at tabs[i]; docs is the corpus
	// size (idf = ln(docs/df)).
	text   string
	starts []int32
	tabs   []int32
	docs   float64
	// blocks[r] is the range [lo, hi) of the lines whose word starts with
	// the BMP character r: the words sharing a first character are
	// contiguous in byte order, so a look-up binary-searches a few dozen
	// lines instead of all 270 000 (the full search was 5% of analyze).
	blocks []idfBlock
	// second[i] is the second character of line i's word (-1 for a
	// one-character word): within a block the lines are sorted by it, so a
	// look-up narrows the block by comparing integers before it compares
	// strings. nil when some word's second character is not valid UTF-8
	// (its byte order would not follow the decoded value).
	second []rune
	// unknown is the IDF of a word the table does not list.
	unknown float64
}

// Lookup returns the IDF of w and whether the table lists it.
func (t *IDF) Lookup(w string) (float64, bool) {
	if t.idf != nil {
		v, ok := t.idf[w]
		return v, ok
	}
	lo, hi := 0, len(t.starts)
	if r, size := utf8.DecodeRuneInString(w); t.blocks != nil && uint32(r) < uint32(len(t.blocks)) && !(r == utf8.RuneError && size <= 1) {
		lo, hi = int(t.blocks[r].lo), int(t.blocks[r].hi)
		if t.second != nil && hi-lo > 8 {
			k := secondKey(w)
			if k != invalidSecond {
				sec := t.second[lo:hi]
				a := sort.Search(len(sec), func(i int) bool { return sec[i] >= k })
				b := a + sort.Search(len(sec)-a, func(i int) bool { return sec[a+i] > k })
				lo, hi = lo+a, lo+b
			}
		}
	}
	i := lo + sort.Search(hi-lo, func(i int) bool { return t.word(lo+i) >= w })
	if i == hi || t.word(i) != w {
		return 0, false
	}
	df := 0
	for _, c := range []byte(t.text[t.tabs[i]+1:]) {
		if c == '\n' {
			break
		}
		df = df*10 + int(c-'0') // parseSorted checked the digits
	}
	return math.Log(t.docs / float64(df)), true
}

// idfBlock is a range [lo, hi) of lines of a sorted table.
type idfBlock struct{ lo, hi int32 }

// invalidSecond marks a word whose second character is not valid UTF-8.
const invalidSecond rune = -2

// secondKey returns the second character of w, -1 if w has one character.
func secondKey(w string) rune {
	_, n := utf8.DecodeRuneInString(w)
	if n >= len(w) {
		return -1
	}
	r, m := utf8.DecodeRuneInString(w[n:])
	if r == utf8.RuneError && m <= 1 {
		return invalidSecond
	}
	return r
}

// indexBlocks fills t.blocks and t.second from the sorted lines.
func (t *IDF) indexBlocks() {
	t.blocks = make([]idfBlock, 0x10000)
	t.second = make([]rune, len(t.starts))
	for i := range t.starts {
		if t.second != nil {
			t.second[i] = secondKey(t.word(i))
			if t.second[i] == invalidSecond {
				t.second = nil
			}
		}
		r, size := utf8.DecodeRuneInString(t.word(i))
		if uint32(r) >= 0x10000 || r == utf8.RuneError && size <= 1 {
			continue
		}
		b := &t.blocks[r]
		if b.hi == 0 {
			b.lo = int32(i)
		}
		b.hi = int32(i + 1)
	}
}

// word returns the word of the i-th line of a sorted table.
func (t *IDF) word(i int) string { return t.text[t.starts[i]:t.tabs[i]] }

// Get returns the IDF of w, or the table's default for unknown words.
func (t *IDF) Get(w string) float64 {
	if v, ok := t.Lookup(w); ok {
		return v
	}
	return t.unknown
}

// Unknown is the IDF given to words the table does not list.
func (t *IDF) Unknown() float64 { return t.unknown }

// Len is the number of words the table lists.
func (t *IDF) Len() int {
	if t.idf != nil {
		return len(t.idf)
	}
	return len(t.starts)
}

var (
	defaultIDFOnce sync.Once
	defaultIDF     *IDF
	defaultIDFErr  error
)

// DefaultIDF returns the embedded table (jieba's, via gse), decompressing it
// on first use only, so a command that ranks no keywords never pays for it.
func DefaultIDF() (*IDF, error) {
	defaultIDFOnce.Do(func() {
		b, err := dictidf.Default()
		if err != nil {
			defaultIDFErr = err
			return
		}
		defaultIDF, defaultIDFErr = parseSorted(string(b), "embedded idf table")
	})
	return defaultIDF, defaultIDFErr
}

// parseSorted indexes the "wenxi-idf v2" format of package dict/idf: it
// checks every line and records where each starts, nothing more.
func parseSorted(s, name string) (*IDF, error) {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || !strings.HasPrefix(s, "# wenxi-idf v2 ") {
		return nil, fmt.Errorf("%s: not a wenxi-idf v2 table", name)
	}
	t := &IDF{unknown: math.NaN()}
	for _, f := range strings.Fields(s[:nl]) {
		k, v, _ := strings.Cut(f, "=")
		var err error
		switch k {
		case "docs":
			var n int
			n, err = strconv.Atoi(v)
			t.docs = float64(n)
		case "median":
			t.unknown, err = strconv.ParseFloat(v, 64)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: bad %s= in header: %w", name, k, err)
		}
	}
	if t.docs <= 0 || math.IsNaN(t.unknown) {
		return nil, fmt.Errorf("%s: header lacks docs= or median=", name)
	}
	t.text = s[nl+1:]
	n := strings.Count(t.text, "\n")
	t.starts = make([]int32, 0, n)
	t.tabs = make([]int32, 0, n)
	prev := ""
	for off := 0; off < len(t.text); {
		end := strings.IndexByte(t.text[off:], '\n')
		if end < 0 {
			end = len(t.text) - off
		}
		l := t.text[off : off+end]
		tab := strings.IndexByte(l, '\t')
		if tab <= 0 || tab == len(l)-1 || l[tab+1] == '0' || strings.Trim(l[tab+1:], "0123456789") != "" ||
			(len(t.starts) > 0 && l[:tab] <= prev) {
			return nil, fmt.Errorf("%s:%d: want sorted \"word<TAB>df\" lines", name, len(t.starts)+2)
		}
		t.starts = append(t.starts, int32(off))
		t.tabs = append(t.tabs, int32(off+tab))
		prev = l[:tab]
		off += end + 1
	}
	if len(t.starts) == 0 {
		return nil, fmt.Errorf("%s: empty table", name)
	}
	t.indexBlocks()
	return t, nil
}

// ReadIDF reads a user IDF table in jieba's format: "word idf" a line
// (space or tab separated). Lines starting with # are comments, except
// "# default-idf: X", which sets the IDF of unlisted words (tables written
// by BuildIDF carry it); without it, unlisted words get the median, as in
// jieba. name is used in error messages.
func ReadIDF(r io.Reader, name string) (*IDF, error) {
	t := &IDF{idf: map[string]float64{}}
	unknown := math.NaN()
	var vals []float64
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			if v, ok := strings.CutPrefix(strings.TrimSpace(c), "default-idf:"); ok {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: bad default-idf: %w", name, n, err)
				}
				unknown = f
			}
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"word idf\", got %q", name, n, line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad idf %q: %w", name, n, f[1], err)
		}
		t.idf[f[0]] = v
		vals = append(vals, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(vals) == 0 && math.IsNaN(unknown) {
		return nil, fmt.Errorf("%s: no entries", name)
	}
	if math.IsNaN(unknown) {
		sort.Float64s(vals)
		unknown = vals[len(vals)/2]
	}
	t.unknown = unknown
	return t, nil
}

// DFCounter counts document frequencies over a corpus for BuildIDF. It
// counts the same units the keyword ranker sees: tokens of body text (people
// and slogans whole), without punctuation or numbers, and — with the same
// phrase finder — each document's key phrases, so a corpus table knows how
// common 群团工作 is, not only 群团 and 工作.
type DFCounter struct {
	// Docs is the number of documents added.
	Docs int
	df   map[string]int
	seen map[string]bool
	stop map[string]bool
}

// NewDFCounter returns an empty counter.
func NewDFCounter() *DFCounter {
	c := &DFCounter{df: map[string]int{}, seen: map[string]bool{}, stop: map[string]bool{}}
	for _, w := range stopwords.Words() {
		c.stop[w] = true
	}
	return c
}

// Add counts the distinct terms of one segmented document.
func (c *DFCounter) Add(doc *analyzer.Document) {
	c.Docs++
	clear(c.seen)
	units := bodyUnits(doc)
	texts := internUnits(units)
	for i := range units {
		units[i].stop = c.stop[units[i].text]
	}
	for _, u := range units {
		if !u.noise {
			c.seen[u.text] = true
		}
	}
	_, phrases := mergePhrases(units, len(texts), defaultMinPhrase)
	for _, p := range phrases {
		c.seen[p.text] = true
	}
	for w := range c.seen {
		c.df[w]++
	}
}

// WriteIDF writes the table in jieba's "word idf" format, most common words
// first, with idf = ln(docs/df). Words seen in a single document are left
// out to keep the file small: "# default-idf" gives unlisted words exactly
// their IDF, ln(docs). Words in fewer than minDF documents are dropped too
// (minDF < 2 means 2).
func (c *DFCounter) WriteIDF(w io.Writer, minDF int) error {
	if c.Docs == 0 {
		return fmt.Errorf("no documents counted")
	}
	if minDF < 2 {
		minDF = 2
	}
	type kv struct {
		w  string
		df int
	}
	list := make([]kv, 0, len(c.df))
	for w, df := range c.df {
		if df >= minDF {
			list = append(list, kv{w, df})
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].df != list[j].df {
			return list[i].df > list[j].df
		}
		return list[i].w < list[j].w
	})
	var buf bytes.Buffer
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# wenxi idf table: %d documents, %d words (df >= %d); idf = ln(docs/df)\n", c.Docs, len(list), minDF)
	fmt.Fprintf(bw, "# default-idf: %.6f\n", math.Log(float64(c.Docs)))
	for _, e := range list {
		buf.Reset()
		buf.WriteString(e.w)
		buf.WriteByte(' ')
		buf.WriteString(strconv.FormatFloat(math.Log(float64(c.Docs)/float64(e.df)), 'f', 6, 64))
		buf.WriteByte('\n')
		if _, err := bw.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("writing idf table: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing idf table: %w", err)
	}
	return nil
}
