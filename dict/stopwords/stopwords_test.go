package stopwords

import "testing"

func TestWords(t *testing.T) {
	set := map[string]bool{}
	for _, w := range Words() {
		if set[w] {
			t.Errorf("duplicate %q", w)
		}
		set[w] = true
	}
	if len(set) < 1400 {
		t.Errorf("only %d stopwords", len(set))
	}
	for _, w := range []string{"的", "以及", "我们", "其他", "大力", "致力于"} {
		if !set[w] {
			t.Errorf("%s should be a stopword", w)
		}
	}
	// Content words of political text, and the parts of common formulas
	// (四个全面, 全面深化改革, 不断增强) that the Baidu list would remove.
	for _, w := range []string{"全面", "不断", "发展", "工作", "建设", "加强", "重要", "问题", "坚持", "遵循", "改革", "群众"} {
		if set[w] {
			t.Errorf("%s must not be a stopword", w)
		}
	}
}

func TestParse(t *testing.T) {
	got := Parse("\ufeff# comment\n 甲 \r\n\n乙\n#丙\n")
	if len(got) != 2 || got[0] != "甲" || got[1] != "乙" {
		t.Errorf("Parse = %q", got)
	}
}
