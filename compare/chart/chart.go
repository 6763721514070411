// Package chart draws a term trend as a line chart (SVG, PNG or PDF) with
// gonum.org/v1/plot.
//
// Fonts: plot measures text with its embedded Liberation fonts, which have no
// Han glyphs. SVG output names the font family and leaves drawing to the
// viewer, so browsers fall back to a system CJK font and Chinese legend
// entries show correctly; raster output (PNG) needs a font with Han glyphs,
// given as Options.FontFile, or the Chinese labels come out as boxes.
package chart

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/wenxi-nlp/wenxi/compare"
)

// Options configures the chart.
type Options struct {
	// Raw plots raw counts instead of counts per 10,000 characters.
	Raw bool
	// Title overrides the default title.
	Title string
	// Width and Height of the image (default 18cm × 10cm).
	Width, Height vg.Length
	// FontFile is a TrueType/OpenType font used for every label (needed for
	// Han characters in PNG output).
	FontFile string
}

// Formats are the file extensions Save accepts.
var Formats = []string{"svg", "png", "pdf"}

// Save draws t into path; the extension (.svg, .png, .pdf) picks the format.
func Save(t *compare.TrendResult, path string, o Options) error {
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating chart: %w", err)
	}
	if err := Write(f, format, t, o); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("drawing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// Write draws t in the given format (svg, png or pdf) to w.
func Write(w io.Writer, format string, t *compare.TrendResult, o Options) error {
	ok := false
	for _, f := range Formats {
		ok = ok || f == format
	}
	if !ok {
		return fmt.Errorf("unknown chart format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	p, err := build(t, o)
	if err != nil {
		return err
	}
	width, height := o.Width, o.Height
	if width <= 0 {
		width = 18 * vg.Centimeter
	}
	if height <= 0 {
		height = 10 * vg.Centimeter
	}
	wt, err := p.WriterTo(width, height, format)
	if err != nil {
		return err
	}
	if format != "svg" {
		_, err = wt.WriteTo(w)
		return err
	}
	var b bytes.Buffer
	if _, err := wt.WriteTo(&b); err != nil {
		return err
	}
	_, err = w.Write(withCJKFallback(b.Bytes()))
	return err
}

// familyRE matches the font-family declarations vgsvg writes.
var familyRE = regexp.MustCompile(`font-family:([^;"]+);`)

// withCJKFallback appends common Han fonts and a generic family to every
// font-family of an SVG, so viewers without the Liberation fonts pick a font
// that has the Chinese glyphs instead of their default (which may lack them).
func withCJKFallback(svg []byte) []byte {
	return familyRE.ReplaceAllFunc(svg, func(m []byte) []byte {
		fam := strings.TrimSpace(string(familyRE.FindSubmatch(m)[1]))
		generic := "serif"
		if strings.Contains(strings.ToLower(fam), "sans") || strings.Contains(strings.ToLower(fam), "mono") {
			generic = "sans-serif"
		}
		return []byte("font-family:'" + fam + "','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei'," + generic + ";")
	})
}

// build lays out one line per term over the periods.
func build(t *compare.TrendResult, o Options) (*plot.Plot, error) {
	if len(t.Periods) == 0 {
		return nil, fmt.Errorf("nothing to plot: no periods")
	}
	p := plot.New()
	if o.FontFile != "" {
		if err := useFont(p, o.FontFile); err != nil {
			return nil, err
		}
	}
	p.Title.Text = o.Title
	if p.Title.Text == "" {
		p.Title.Text = fmt.Sprintf("Term frequency in %d documents", t.Documents)
		if n := len(t.Periods); n > 1 && t.By != compare.ByDocument {
			p.Title.Text += fmt.Sprintf(", %s–%s", t.Periods[0].Period, t.Periods[n-1].Period)
		}
	}
	p.X.Label.Text = t.By
	p.Y.Label.Text = "occurrences per 10,000 characters"
	if o.Raw {
		p.Y.Label.Text = "occurrences"
	}
	xs, numeric := positions(t)
	if !numeric {
		// Documents have no natural axis: number them and label the ticks.
		ticks := make([]plot.Tick, len(t.Periods))
		for i, per := range t.Periods {
			ticks[i] = plot.Tick{Value: xs[i], Label: per.Period}
		}
		p.X.Tick.Marker = plot.ConstantTicks(ticks)
		p.X.Label.Text = "document"
	}
	p.Y.Min = 0
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	p.Legend.Left = true
	for i, term := range t.Terms {
		pts := make(plotter.XYs, len(t.Periods))
		for j, per := range t.Periods {
			pts[j].X = xs[j]
			if o.Raw {
				pts[j].Y = float64(per.Counts[term])
			} else {
				pts[j].Y = per.Per10k[term]
			}
		}
		line, points, err := plotter.NewLinePoints(pts)
		if err != nil {
			return nil, fmt.Errorf("plotting %s: %w", term, err)
		}
		line.Color = plotutil.Color(i)
		line.Dashes = plotutil.Dashes(i / len(plotutil.SoftColors))
		line.Width = vg.Points(1.5)
		points.Color = plotutil.Color(i)
		points.Shape = plotutil.Shape(i)
		points.Radius = vg.Points(2)
		p.Add(line, points)
		p.Legend.Add(term, line, points)
	}
	return p, nil
}

// positions returns the x coordinate of each period: the year itself (or the
// decade's first year) when periods are years, else 1, 2, 3 …
func positions(t *compare.TrendResult) ([]float64, bool) {
	xs := make([]float64, len(t.Periods))
	numeric := t.By == compare.ByYear || t.By == compare.ByDecade
	for i, per := range t.Periods {
		if numeric {
			y, err := strconv.Atoi(strings.TrimSuffix(per.Period, "s"))
			if err != nil {
				numeric = false
				break
			}
			xs[i] = float64(y)
		}
	}
	if !numeric {
		for i := range xs {
			xs[i] = float64(i + 1)
		}
	}
	return xs, numeric
}

// useFont sets the font (or the first font of the collection) in path on
// every label of p, keeping their sizes. It registers the font in plot's
// font cache but changes no package default, so other plots are unaffected.
func useFont(p *plot.Plot, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading font: %w", err)
	}
	face, err := opentype.Parse(data)
	if err != nil {
		// A .ttc collection (NotoSansCJK-Regular.ttc): its first font is
		// the regular face.
		coll, cerr := opentype.ParseCollection(data)
		if cerr != nil {
			return fmt.Errorf("parsing font %s: %w", path, err)
		}
		if face, err = coll.Font(0); err != nil {
			return fmt.Errorf("parsing font %s: %w", path, err)
		}
	}
	typeface := font.Typeface("wenxi-" + filepath.Base(path))
	font.DefaultCache.Add([]font.Face{{Font: font.Font{Typeface: typeface}, Face: face}})
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.X.Label.TextStyle.Font, &p.Y.Label.TextStyle.Font,
		&p.X.Tick.Label.Font, &p.Y.Tick.Label.Font, &p.Legend.TextStyle.Font} {
		*f = font.Font{Typeface: typeface, Size: f.Size}
	}
	return nil
}
