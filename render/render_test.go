package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func TestSegmentedTextKeepsLines(t *testing.T) {
	cases := []struct {
		text   string
		tokens []analyzer.Token
		want   string
	}{
		{"甲乙\r\n丙", []analyzer.Token{{Text: "甲", Start: 0, End: 1}, {Text: "乙", Start: 1, End: 2}, {Text: "丙", Start: 4, End: 5}}, "甲 乙\n丙\n"},
		{"甲\n\n乙\n", []analyzer.Token{{Text: "甲", Start: 0, End: 1}, {Text: "乙", Start: 3, End: 4}}, "甲\n\n乙\n"},
		{"", nil, ""},
	}
	for _, c := range cases {
		doc := analyzer.NewDocument("x", 0, c.text)
		doc.Tokens = c.tokens
		if got := SegmentedText(doc); got != c.want {
			t.Errorf("SegmentedText(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestCSVWriterHeaderOnce(t *testing.T) {
	var b bytes.Buffer
	w := NewCSVWriter(&b, true)
	tab := []Table{{Header: []string{"a", "b"}, Rows: [][]string{{"1", "甲,乙"}}}}
	w.Write("f.txt", 1, tab)
	w.Write("f.txt", 2, tab)
	want := "source,line,a,b\nf.txt,1,1,\"甲,乙\"\nf.txt,2,1,\"甲,乙\"\n"
	if b.String() != want {
		t.Errorf("csv = %q, want %q", b.String(), want)
	}
}

func TestTableAlignsHan(t *testing.T) {
	var b bytes.Buffer
	err := WriteTables(&b, "", []Table{{Header: []string{"name", "n"}, Rows: [][]string{{"何雄", "8"}, {"abcd", "1"}}}})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	// Every line has the same display width: 何雄 (4 columns) pads like abcd.
	var widths []int
	for _, l := range lines {
		w := 0
		for _, r := range l {
			if r >= 0x4e00 && r <= 0x9fff {
				w += 2
			} else {
				w++
			}
		}
		widths = append(widths, w)
	}
	for _, w := range widths {
		if w != widths[0] {
			t.Fatalf("misaligned table (widths %v):\n%s", widths, b.String())
		}
	}
}

func TestRecordSections(t *testing.T) {
	doc := analyzer.NewDocument("a.txt", 3, "x")
	b, _ := JSONLine(NewRecord(doc, SecPeople, SecMeta))
	want := `{"source":"a.txt","line":3,"meta":{},"people":[]}` + "\n"
	if string(b) != want {
		t.Errorf("record = %s, want %s", b, want)
	}
}
