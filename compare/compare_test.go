package compare

import (
	"reflect"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// doc builds a hand-filled document: text, tokens (word/POS pairs laid out
// one after another), slogans, people and keywords.
func doc(source, text string, toks [][2]string, slogans []string, people map[string]int, kws ...string) *analyzer.Document {
	d := analyzer.NewDocument(source, 0, text)
	off := 0
	for _, t := range toks {
		n := len([]rune(t[0]))
		d.Tokens = append(d.Tokens, analyzer.Token{Text: t[0], Pos: t[1], Start: off, End: off + n})
		off += n
	}
	for _, s := range slogans {
		d.Slogans = append(d.Slogans, analyzer.Slogan{Text: s, Kind: analyzer.KindNumbered, Mentions: 1})
	}
	for _, name := range sortedKeys(people) {
		d.People = append(d.People, analyzer.Person{Name: name, Mentions: people[name]})
	}
	for _, k := range kws {
		d.Keywords = append(d.Keywords, analyzer.Keyword{Word: k, Count: 1})
	}
	return d
}

func sortedKeys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestCompareHandFilled(t *testing.T) {
	a := doc("dir/a.txt", "改革开放的改革。四个全面，四个全面，三严三实。张三李四",
		[][2]string{{"改革", "vn"}, {"开放", "v"}, {"的", "uj"}, {"改革", "vn"}},
		[]string{"四个全面", "三严三实"}, map[string]int{"张三": 2, "李四": 1}, "改革", "开放")
	b := doc("b.txt", "改革发展。四个全面，两学一做。张三王五",
		[][2]string{{"改革", "vn"}, {"发展", "vn"}},
		[]string{"两学一做", "四个全面"}, map[string]int{"张三": 1, "王五": 1}, "发展", "改革")
	r, err := Compare([]*analyzer.Document{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{r.Documents[0].Label, r.Documents[1].Label}; !reflect.DeepEqual(got, []string{"a.txt", "b.txt"}) {
		t.Errorf("labels = %v", got)
	}
	// Keyword table: union in order of first appearance, token-run counts.
	wantKW := []KeywordRow{{"改革", []int{2, 1}}, {"开放", []int{1, 0}}, {"发展", []int{0, 1}}}
	if !reflect.DeepEqual(r.Keywords, wantKW) {
		t.Errorf("keywords = %+v, want %+v", r.Keywords, wantKW)
	}
	// Slogans: substring counts, most frequent first, status vs a.
	wantSl := []SloganRow{
		{Text: "四个全面", Kind: "numbered", Counts: []int{2, 1}, Status: []string{"", StatusKept}},
		{Text: "三严三实", Kind: "numbered", Counts: []int{1, 0}, Status: []string{"", StatusGone}},
		{Text: "两学一做", Kind: "numbered", Counts: []int{0, 1}, Status: []string{"", StatusNew}},
	}
	if !reflect.DeepEqual(r.Slogans, wantSl) {
		t.Errorf("slogans = %+v, want %+v", r.Slogans, wantSl)
	}
	if !reflect.DeepEqual(r.People.Common, []string{"张三"}) {
		t.Errorf("common = %v", r.People.Common)
	}
	if !reflect.DeepEqual(r.People.Unique, [][]string{{"李四"}, {"王五"}}) {
		t.Errorf("unique = %v", r.People.Unique)
	}
	// Worked by hand: idf(改革)=1, idf(开放)=idf(发展)=ln(3/2)+1;
	// cos = 2 / (sqrt(4+i²)·sqrt(1+i²)) = 0.4743.
	want := [][]float64{{1, 0.4743}, {0.4743, 1}}
	if !reflect.DeepEqual(r.Similarity, want) {
		t.Errorf("similarity = %v, want %v", r.Similarity, want)
	}
}

func TestCompareSameLabelTwice(t *testing.T) {
	a := doc("x/a.txt", "甲", nil, nil, nil)
	b := doc("y/a.txt", "乙", nil, nil, nil)
	r, err := Compare([]*analyzer.Document{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents[1].Label != "a.txt#2" {
		t.Errorf("second label = %q", r.Documents[1].Label)
	}
	// Empty documents (no Han bigrams) are similar to nothing.
	if r.Similarity[0][1] != 0 || r.Similarity[0][0] != 0 {
		t.Errorf("similarity of empty docs = %v", r.Similarity)
	}
}

func TestLabelFromLeadingYear(t *testing.T) {
	a := analyzer.NewDocument("-", 1, "2012\t政府工作报告")
	b := analyzer.NewDocument("-", 2, "2016\t政府工作报告")
	c := analyzer.NewDocument("-", 3, "2016\t政府工作报告")
	d := analyzer.NewDocument("gr2017.txt", 0, "2017\t政府工作报告")
	r, err := Compare([]*analyzer.Document{a, b, c, d}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range r.Documents {
		got = append(got, d.Label)
	}
	if want := []string{"2012", "2016", "2016#2", "gr2017.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("labels = %v, want %v", got, want)
	}
}

func TestTokenRunCount(t *testing.T) {
	d := doc("a", "", [][2]string{{"群团", "n"}, {"工作", "vn"}, {"发展中国家", "n"}, {"群团", "n"}, {"工作", "vn"}, {"发展", "vn"}}, nil, nil)
	for _, c := range []struct {
		word string
		want int
	}{{"群团工作", 2}, {"发展", 1}, {"工作", 2}, {"团工", 0}, {"", 0}} {
		if got := TokenRunCount(d, c.word); got != c.want {
			t.Errorf("TokenRunCount(%q) = %d, want %d", c.word, got, c.want)
		}
	}
	// Without tokens: exact substring count.
	raw := analyzer.NewDocument("a", 0, "发展中国家要发展")
	if got := TokenRunCount(raw, "发展"); got != 2 {
		t.Errorf("substring fallback = %d, want 2", got)
	}
}

func TestSimilarityBigramFallback(t *testing.T) {
	a := analyzer.NewDocument("a", 0, "全面深化改革")
	b := analyzer.NewDocument("b", 0, "全面深化改革")
	c := analyzer.NewDocument("c", 0, "人民代表大会")
	m := Similarity([]*analyzer.Document{a, b, c})
	if m[0][1] != 1 || m[0][2] != 0 || m[1][1] != 1 {
		t.Errorf("bigram similarity = %v", m)
	}
}
