package slogans

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestQuoteModelRoundTrip(t *testing.T) {
	m := &QuoteModel{Bias: -0.25, Threshold: 0.35, Weights: map[string]float64{"last=化": 1.5, "word=n": -2, "p1=的": 0.125}}
	var b bytes.Buffer
	if err := m.Write(&b, "test model\nsecond line"); err != nil {
		t.Fatal(err)
	}
	want := "# test model\n# second line\nbias\t-0.2500\nthreshold\t0.3500\nlast=化\t1.5000\np1=的\t0.1250\nword=n\t-2.0000\n"
	if b.String() != want {
		t.Fatalf("written:\n%s\nwant:\n%s", b.String(), want)
	}
	got, err := ReadQuoteModel(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bias != m.Bias || got.Threshold != m.Threshold || len(got.Weights) != 3 || got.Weights["word=n"] != -2 {
		t.Fatalf("read back %+v", got)
	}
	// z = -0.25 + 1.5 = 1.25 → p ≈ 0.777; z = -0.25 - 2 → p ≈ 0.095.
	if !got.Keep([]string{"last=化", "unknown"}) || got.Keep([]string{"word=n"}) {
		t.Fatal("Keep disagrees with the weights")
	}
	for _, bad := range []string{"bias", "bias\tx", "f\t1\t2"} {
		if _, err := ReadQuoteModel(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

func TestBucket(t *testing.T) {
	for _, c := range []struct {
		v    int
		want string
	}{{0, "<1"}, {1, "1"}, {2, "2-4"}, {4, "2-4"}, {5, "5-19"}, {20, "20+"}, {500, "20+"}} {
		if got := bucket(c.v, 1, 2, 5, 20); got != c.want {
			t.Errorf("bucket(%d) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestParallelList(t *testing.T) {
	for s, want := range map[string]bool{
		"不敢腐、不能腐、不想腐": true, "机关化、行政化、贵族化、娱乐化": true, "产业链、创新链、人才链、政策链": true,
		"庸、懒、散": false, "好房子、好小区": false, "、、、": false, "放管服": false,
		"一二三四五六七、二二三四五六七、三二三四五六七": false,
	} {
		if got := parallelList([]rune(s)); got != want {
			t.Errorf("parallelList(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestTraceAndVeto: the trainer sees every coinage the rules accept, with
// features and without the model; a model that rejects everything drops
// exactly those coinages and nothing the rules take on other evidence.
func TestTraceAndVeto(t *testing.T) {
	text := "推进“放管服”改革，打造“金山银山”品牌，擦亮“青海家宴”名片，落实“四个全面”战略布局，推动“三张清单”落地。"
	var traced []Candidate
	rules, err := ExtractWith(text, nil, func(c Candidate) {
		if !c.Rejected {
			traced = append(traced, c)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	if len(traced) < 3 {
		t.Fatalf("traced %d candidates, want the coinages and the quoted shape", len(traced))
	}
	for _, c := range traced {
		names = append(names, c.Text)
		if !slices.Contains(c.Features, "rule=coinage") && !slices.Contains(c.Features, "rule=formula") && !slices.Contains(c.Features, "rule=shape") {
			t.Errorf("%s: no rule feature in %v", c.Text, c.Features)
		}
	}
	for _, glossed := range []string{"放管服", "四个全面"} {
		if slices.Contains(names, glossed) {
			t.Errorf("glossary entry %s was traced for the model", glossed)
		}
	}
	none := &QuoteModel{Bias: -10, Threshold: 0.5, Weights: map[string]float64{}}
	vetoed, err := ExtractWith(text, none, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(vetoed) != len(rules)-len(traced) {
		t.Fatalf("veto kept %d of %d items, want %d (traced %v)", len(vetoed), len(rules), len(rules)-len(traced), names)
	}
	for _, it := range vetoed {
		if slices.Contains(names, it.Text) {
			t.Errorf("%s survived a model that rejects everything", it.Text)
		}
	}
}
