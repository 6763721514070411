package fuzz

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/input"
	"github.com/wenxi-nlp/wenxi/render"
)

// seedLimit caps one seed: big seeds make every fuzzing run slow, and the
// mutator only needs the kinds of text, not whole reports.
const seedLimit = 3000

// seeds returns the repository's test documents, cut into pieces of at most
// seedLimit bytes at line breaks.
func seeds(tb testing.TB, patterns ...string) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, pat := range patterns {
		files, err := filepath.Glob(filepath.Join("..", "testdata", pat))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			for len(b) > seedLimit {
				cut := bytes.LastIndexByte(b[:seedLimit], '\n') + 1
				if cut == 0 {
					cut = seedLimit
				}
				out = append(out, b[:cut])
				b = b[cut:]
			}
			out = append(out, b)
		}
	}
	return out
}

// slowLimit is how long one input may take before it counts as a failure:
// Go's fuzzing has no per-input timeout, and a quadratic path on hostile
// input is a bug even when it ends. Far above the milliseconds a fuzz input
// takes, so a loaded machine does not trip it.
const slowLimit = 3 * time.Second

// timed runs f and fails the test when it takes longer than slowLimit.
func timed(t *testing.T, what string, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if el := time.Since(start); el > slowLimit {
		t.Fatalf("%s took %v", what, el)
	}
}

// textSeeds are the UTF-8 articles of testdata.
func textSeeds(tb testing.TB) []string {
	var out []string
	for _, b := range seeds(tb, "*.txt", "brief/*.txt", "slogans/*.txt", "input/article.utf8.txt", "input/corpus.lines.txt", "input/punct.txt") {
		out = append(out, string(b))
	}
	return append(out, "", " ", "\n\n", "。", "“", "《", "习近平总书记强调：“要坚持以人民为中心。”", "一要抓落实，二要抓创新。")
}

// FuzzInput feeds arbitrary bytes to the reader in whole-document and
// --lines mode, detected or with a forced encoding.
func FuzzInput(f *testing.F) {
	for _, b := range seeds(f, "input/*", "cli/binary.bin", "puyang-2015-11-02.txt") {
		f.Add(b, uint8(0))
		f.Add(b, uint8(1))
	}
	encs := []string{"", "utf-8", "gb18030", "utf-16le", "utf-16be", "big5"}
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		o := input.Options{Lines: mode&1 == 1, Encoding: encs[int(mode>>1)%len(encs)], MaxLine: 4096}
		if mode&0x80 != 0 {
			o.Format = "html"
		}
		var docs []input.Doc
		var err error
		timed(t, "Read", func() {
			err = input.Read([]string{"-"}, bytes.NewReader(data), o, func(d input.Doc) error {
				docs = append(docs, d)
				return nil
			})
		})
		if err != nil {
			t.Fatalf("Read failed as a whole: %v", err)
		}
		checkDocs(t, docs, o)
		if !o.Lines {
			// ReadString must agree with Read.
			d := input.ReadString("-", string(data), o)
			if len(docs) != 1 || d.Text != docs[0].Text || (d.Err == nil) != (docs[0].Err == nil) {
				t.Fatalf("ReadString %+v differs from Read %+v", d, docs)
			}
		}
	})
}

// checkDocs checks what every document must satisfy: valid UTF-8 with LF
// line breaks, no BOM, ascending line numbers in --lines mode, one document
// in whole mode, an error or an encoding.
func checkDocs(t *testing.T, docs []input.Doc, o input.Options) {
	t.Helper()
	if !o.Lines && len(docs) != 1 {
		t.Fatalf("whole mode gave %d documents", len(docs))
	}
	last := 0
	for _, d := range docs {
		if d.Source != "-" {
			t.Errorf("source %q", d.Source)
		}
		if o.Lines {
			if d.Line <= last && !(d.Line == 0 && d.Err != nil && last == 0) {
				t.Errorf("line %d after %d", d.Line, last)
			}
			last = d.Line
			if strings.Contains(d.Text, "\n") && !d.HTML {
				t.Errorf("line %d holds a line break: %q", d.Line, d.Text)
			}
			if d.Err == nil && strings.TrimSpace(d.Text) == "" && !d.HTML {
				t.Errorf("blank line %d emitted", d.Line)
			}
		} else if d.Line != 0 {
			t.Errorf("line %d in whole mode", d.Line)
		}
		if d.Err != nil {
			if d.Text != "" {
				t.Errorf("error %v with text", d.Err)
			}
			if d.Err.Error() == "" {
				t.Error("empty error message")
			}
			continue
		}
		if d.Encoding == "" {
			t.Error("no encoding reported")
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("invalid UTF-8 out: %q", d.Text)
		}
		if strings.ContainsRune(d.Text, '\r') {
			t.Errorf("CR left in text: %q", d.Text)
		}
		if strings.HasPrefix(d.Text, "\uFEFF") {
			t.Errorf("BOM left in text: %q", d.Text)
		}
		if !d.HTML && strings.IndexByte(d.Text, 0) >= 0 && d.Encoding != input.EncUTF16LE && d.Encoding != input.EncUTF16BE {
			t.Errorf("NUL in %s text not reported as binary: %q", d.Encoding, d.Text)
		}
	}
}

// FuzzHTML checks that HTML extraction never loses the article: whatever
// the navigation holds and whatever the two paragraphs say, both
// paragraphs' text (white space aside) is in the output, and the output is
// clean lines.
func FuzzHTML(f *testing.F) {
	for _, b := range seeds(f, "input/*.html", "input/*.htm") {
		f.Add(string(b), "第一段，正文。", "第二段，正文。")
	}
	for _, s := range textSeeds(f) {
		f.Add("<a href=/>首页</a>", s, "")
	}
	f.Add("<div><div><p>", "<script>", "</div>")
	f.Fuzz(func(t *testing.T, nav, p1, p2 string) {
		// The raw nav string is a page in itself: it must not crash.
		timed(t, "ExtractHTML", func() { checkLines(t, input.ExtractHTML(nav)) })
		if !utf8.ValidString(p1) || !utf8.ValidString(p2) || !utf8.ValidString(nav) {
			return
		}
		page := "<html><head><title>标题</title></head><body><nav>" + html.EscapeString(nav) +
			"</nav><div class=content><p>" + html.EscapeString(p1) + "</p><p>" + html.EscapeString(p2) + "</p></div></body></html>"
		got := input.ExtractHTML(page)
		checkLines(t, got)
		flat := squeeze(got)
		for _, p := range []string{p1, p2} {
			if w := squeeze(p); !strings.Contains(flat, w) {
				t.Fatalf("lost paragraph %q\npage: %q\ngot:  %q", p, page, got)
			}
		}
		if strings.Contains(got, "标题") {
			t.Errorf("head text leaked: %q", got)
		}
	})
}

// squeeze drops white space and what the HTML parser rewrites (NUL, CR,
// other C0 controls) so texts compare by their visible characters.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r < 0x20 || r == 0x7f || r == utf8.RuneError || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// checkLines checks extracted text: valid UTF-8, no blank lines, no line
// with white space at either end.
func checkLines(t *testing.T, s string) {
	t.Helper()
	if s == "" {
		return
	}
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != l || l == "" {
			t.Fatalf("line %d not trimmed or blank: %q in %q", i+1, l, s)
		}
	}
}

var (
	segOnce sync.Once
	seg     *segment.Segmenter
	segErr  error
)

// FuzzSegment checks the segmenter: tokens are ordered, do not overlap,
// stay inside their paragraph, carry exactly the text at their offsets,
// cover every non-space character, and a protected span comes out whole.
func FuzzSegment(f *testing.F) {
	for _, s := range textSeeds(f) {
		f.Add(s, uint16(0), uint16(2))
	}
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		segOnce.Do(func() { seg, segErr = segment.New() })
		if segErr != nil {
			t.Fatal(segErr)
		}
		doc := analyzer.NewDocument("fuzz", 0, text)
		if err := (analyzer.StructureStage{}).Process(doc); err != nil {
			t.Fatal(err)
		}
		var prot *analyzer.Protected
		if len(doc.Paragraphs) > 0 {
			p := doc.Paragraphs[0]
			s := p.Start + int(a)%p.Len()
			e := s + 1 + int(b)%(p.End-s)
			prot = &analyzer.Protected{Span: analyzer.Span{Start: s, End: e}, Pos: "nr"}
			doc.Protected = []analyzer.Protected{*prot}
		}
		timed(t, "segment", func() {
			if err := (segment.Stage{Seg: seg}).Process(doc); err != nil {
				t.Fatal(err)
			}
		})
		checkTokens(t, doc)
		if prot != nil {
			found := false
			for _, tok := range doc.Tokens {
				if tok.Start == prot.Start && tok.End == prot.End {
					found = true
				}
			}
			if !found {
				t.Errorf("protected span %v not kept whole: %+v", prot.Span, doc.Tokens)
			}
		}
	})
}

// checkTokens checks doc.Tokens against doc.Runes and doc.Paragraphs.
func checkTokens(t *testing.T, doc *analyzer.Document) {
	t.Helper()
	prev := 0
	covered := make([]bool, len(doc.Runes))
	for i, tok := range doc.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(doc.Runes) {
			t.Fatalf("token %d %+v out of order or range (prev end %d, %d runes)", i, tok, prev, len(doc.Runes))
		}
		if got := string(doc.Runes[tok.Start:tok.End]); got != tok.Text {
			t.Fatalf("token %d text %q, text at offsets %q", i, tok.Text, got)
		}
		if tok.Pos == "" {
			t.Errorf("token %d %q has no POS", i, tok.Text)
		}
		for j := tok.Start; j < tok.End; j++ {
			covered[j] = true
		}
		prev = tok.End
	}
	for _, p := range doc.Paragraphs {
		for j := p.Start; j < p.End; j++ {
			if !covered[j] && !unicode.IsSpace(doc.Runes[j]) {
				t.Fatalf("character %d %q of paragraph %v is in no token", j, doc.Runes[j], p.Span)
			}
		}
	}
}

var (
	pipeOnce sync.Once
	pipe     *analyzer.Pipeline
	pipeErr  error
)

// FuzzPipeline runs every stage on arbitrary text and checks what the
// stages report against the text: offsets inside it, every person's name
// and every slogan at each of its offsets, keywords that occur in it, and a
// JSON record that parses.
func FuzzPipeline(f *testing.F) {
	for _, s := range textSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		pipeOnce.Do(func() {
			pipe, pipeErr = wenxi.New(wenxi.Options{}).Pipeline("meta", "people", "slogans", "keywords", "statements", "summary")
		})
		if pipeErr != nil {
			t.Fatal(pipeErr)
		}
		if !utf8.ValidString(text) {
			// The input package guarantees valid UTF-8 to the stages.
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		doc := analyzer.NewDocument("fuzz", 0, text)
		timed(t, "pipeline", func() {
			if err := pipe.Run(doc); err != nil {
				t.Fatalf("pipeline: %v", err)
			}
		})
		checkTokens(t, doc)
		checkResults(t, doc)
		b, err := render.JSONLine(render.NewRecord(doc, render.SecMeta, render.SecPeople, render.SecSlogans,
			render.SecKeywords, render.SecStatements, render.SecSummary, render.SecTokens))
		if err != nil {
			t.Fatalf("JSON: %v", err)
		}
		if !json.Valid(b) || bytes.Count(b, []byte("\n")) != 1 {
			t.Fatalf("JSON line invalid: %q", b)
		}
	})
}

// inText reports whether span s lies inside doc.
func inText(doc *analyzer.Document, s analyzer.Span) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(doc.Runes)
}

// checkResults checks the stages' results against the text.
func checkResults(t *testing.T, doc *analyzer.Document) {
	t.Helper()
	for _, p := range doc.People {
		if p.Name == "" {
			t.Errorf("person without a name: %+v", p)
		}
		if len(p.Offsets) == 0 {
			t.Errorf("person %q without offsets", p.Name)
		}
		for _, o := range p.Offsets {
			if !inText(doc, o) {
				t.Fatalf("person %q offset %v outside the text (%d chars)", p.Name, o, len(doc.Runes))
			}
			// White space inside a name is allowed: lists pad two-character
			// names for alignment (龚　正), and the name is reported without it.
			if got := doc.SpanText(o); got != p.Name && squeeze(got) != squeeze(p.Name) {
				t.Errorf("person %q: text at %v is %q", p.Name, o, got)
			}
		}
	}
	for _, s := range doc.Slogans {
		if s.Text == "" {
			t.Errorf("empty slogan: %+v", s)
		}
		for _, o := range s.Offsets {
			if !inText(doc, o) {
				t.Fatalf("slogan %q offset %v outside the text (%d chars)", s.Text, o, len(doc.Runes))
			}
			if got := doc.SpanText(o); got != s.Text {
				t.Errorf("slogan %q: text at %v is %q", s.Text, o, got)
			}
		}
		if !utf8.ValidString(s.Context) {
			t.Errorf("slogan %q: invalid context %q", s.Text, s.Context)
		}
	}
	flat := squeeze(doc.Text)
	for _, k := range doc.Keywords {
		if k.Word == "" || !strings.Contains(flat, squeeze(k.Word)) {
			t.Errorf("keyword %q not in the text", k.Word)
		}
		if k.Count < 0 || math.IsNaN(k.Weight) || math.IsInf(k.Weight, 0) {
			t.Errorf("keyword %+v: bad count, or a weight JSON cannot encode", k)
		}
	}
	for _, s := range doc.Statements {
		if !inText(doc, s.Span) {
			t.Fatalf("statement %+v outside the text (%d chars)", s, len(doc.Runes))
		}
		if !utf8.ValidString(s.Text) {
			t.Errorf("statement text invalid UTF-8: %q", s.Text)
		}
	}
	for _, s := range doc.Summary {
		if !inText(doc, s.Span) {
			t.Fatalf("summary sentence %+v outside the text", s)
		}
		if math.IsNaN(s.Score) || math.IsInf(s.Score, 0) {
			t.Errorf("summary sentence %+v: a score JSON cannot encode", s)
		}
	}
	for _, p := range doc.Paragraphs {
		if !inText(doc, p.Span) {
			t.Fatalf("paragraph %v outside the text", p.Span)
		}
	}
	for _, s := range doc.Sentences {
		if !inText(doc, s.Span) || s.Paragraph < 0 || s.Paragraph >= len(doc.Paragraphs) {
			t.Fatalf("sentence %+v outside the text or paragraphs", s)
		}
	}
}

// FuzzRender renders tokens and keywords as JSON (line and pretty) and CSV
// and parses them back: the parsed values must equal what was rendered.
// Tokens come from the segmenter; keywords are made from the tokens with a
// fuzzed weight, so the renderers, not the keyword ranking, are what is
// fuzzed (FuzzPipeline covers the ranking).
func FuzzRender(f *testing.F) {
	for _, s := range textSeeds(f) {
		f.Add(clip(s, renderLimit), "fuzz.txt", 0, 0.5)
	}
	f.Add("a,b\n\"c\"", "we\"ird,name\n.txt", 7, -1e300)
	f.Fuzz(func(t *testing.T, text, source string, line int, weight float64) {
		if math.IsNaN(weight) || math.IsInf(weight, 0) {
			return // not a value any stage may produce (FuzzPipeline checks)
		}
		segOnce.Do(func() { seg, segErr = segment.New() })
		if segErr != nil {
			t.Fatal(segErr)
		}
		text = strings.ToValidUTF8(clip(text, renderLimit), "\uFFFD")
		source = strings.ToValidUTF8(source, "\uFFFD")
		doc := analyzer.NewDocument(source, line, text)
		if err := (analyzer.StructureStage{}).Process(doc); err != nil {
			t.Fatal(err)
		}
		if err := (segment.Stage{Seg: seg}).Process(doc); err != nil {
			t.Fatal(err)
		}
		for i, tok := range doc.Tokens {
			doc.Keywords = append(doc.Keywords, analyzer.Keyword{Word: tok.Text, Count: i, Weight: weight * float64(i), Pos: tok.Pos, Phrase: i%2 == 1})
		}
		rec := render.NewRecord(doc, render.SecTokens, render.SecKeywords)
		for _, enc := range []func(any) ([]byte, error){render.JSONLine, render.JSONPretty} {
			b, err := enc(rec)
			if err != nil {
				t.Fatal(err)
			}
			var back render.Record
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("JSON does not parse: %v\n%s", err, b)
			}
			if back.Source != source || back.Line != line || !reflect.DeepEqual(*back.Tokens, *rec.Tokens) || !reflect.DeepEqual(*back.Keywords, *rec.Keywords) {
				t.Fatalf("JSON round trip changed the record:\n%+v\n%+v", back, rec)
			}
		}
		er := render.ErrorRecord(source, line, errors.New(text))
		if b, err := render.JSONLine(er); err != nil || !json.Valid(b) {
			t.Fatalf("error record: %v %q", err, b)
		}

		tables := append(render.TokensView(doc), render.KeywordsView(doc)...)
		var buf bytes.Buffer
		w := render.NewCSVWriter(&buf, true)
		if err := w.Write(source, line, tables); err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(&buf)
		cr.FieldsPerRecord = -1 // one block per table, each as wide as its table
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("CSV does not parse: %v\n%s", err, buf.String())
		}
		var want [][]string
		for _, tb := range tables {
			want = append(want, append([]string{"source", "line", "section"}, tb.Header...))
			for _, r := range tb.Rows {
				want = append(want, append([]string{source, fmt.Sprint(line), tb.Title}, r...))
			}
		}
		if !reflect.DeepEqual(csvNorm(rows), csvNorm(want)) {
			t.Fatalf("CSV round trip:\n got %q\nwant %q", rows, want)
		}
	})
}

// renderLimit caps the text FuzzRender renders: what can go wrong in a
// renderer shows in a few tokens, and a long text only slows each run (JSON
// and CSV of a thousand tokens, parsed back and compared).
const renderLimit = 400

// clip cuts s to at most n bytes.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// csvNorm applies what encoding/csv does on reading: CRLF inside a quoted
// field becomes LF, and a lone CR too.
func csvNorm(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for j, f := range r {
			out[i][j] = strings.ReplaceAll(strings.ReplaceAll(f, "\r\n", "\n"), "\r", "\n")
		}
	}
	return out
}
