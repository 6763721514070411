package chart

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/compare"
)

func trend(by string, periods ...string) *compare.TrendResult {
	t := &compare.TrendResult{Terms: []string{"改革", "开放"}, By: by, Documents: len(periods)}
	for i, p := range periods {
		t.Periods = append(t.Periods, compare.Period{Period: p, Documents: 1, Chars: 10000,
			Counts: map[string]int{"改革": i * 3, "开放": i},
			Per10k: map[string]float64{"改革": float64(i * 3), "开放": float64(i)}})
	}
	return t
}

func TestSVG(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "svg", trend(compare.ByYear, "1978", "1988", "1998"), Options{}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	for _, want := range []string{"<svg", ">改革</text>", ">开放</text>", ">year</text>",
		">occurrences per 10,000 characters</text>", "1978–1998", "'Noto Sans CJK SC'"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	b.Reset()
	if err := Write(&b, "svg", trend(compare.ByYear, "1978", "1988"), Options{Raw: true, Title: "T"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ">occurrences</text>") || !strings.Contains(b.String(), ">T</text>") {
		t.Error("raw chart lacks its y label or title")
	}
}

func TestDocumentTicks(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "svg", trend(compare.ByDocument, "a.txt", "b.txt"), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{">a.txt</text>", ">b.txt</text>", ">document</text>"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestSavePNG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.png")
	if err := Save(trend(compare.ByDecade, "1980s", "1990s"), path, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if img.Bounds().Dx() < 300 {
		t.Errorf("PNG width %d", img.Bounds().Dx())
	}
}

func TestErrors(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "gif", trend(compare.ByYear, "1999"), Options{}); err == nil {
		t.Error("gif: want an error")
	}
	if err := Write(&b, "svg", trend(compare.ByYear), Options{}); err == nil {
		t.Error("no periods: want an error")
	}
	bad := filepath.Join(t.TempDir(), "t.svg")
	if err := Save(trend(compare.ByYear), bad, Options{}); err == nil {
		t.Error("Save with no periods: want an error")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("failed Save left a file behind")
	}
	if err := Write(&b, "svg", trend(compare.ByYear, "1999"), Options{FontFile: "/nonexistent.ttf"}); err == nil {
		t.Error("missing font: want an error")
	}
}

// TestFontFile draws with a TrueType font from the system when one is
// installed (DejaVu has no Han glyphs, but proves the loading path).
func TestFontFile(t *testing.T) {
	const ttf = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	if _, err := os.Stat(ttf); err != nil {
		t.Skip("no DejaVu font installed")
	}
	var b bytes.Buffer
	if err := Write(&b, "svg", trend(compare.ByYear, "1999", "2000"), Options{FontFile: ttf}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "font-family:'DejaVu Sans'") {
		t.Error("SVG does not use the given font")
	}
	bad := filepath.Join(t.TempDir(), "bad.ttf")
	if err := os.WriteFile(bad, []byte("not a font"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, "svg", trend(compare.ByYear, "1999"), Options{FontFile: bad}); err == nil {
		t.Error("bad font file: want an error")
	}
}
