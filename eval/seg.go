// Package eval scores wenxi's output against gold standards.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// SegScore is a bakeoff-style word segmentation score.
type SegScore struct {
	GoldWords    int     `json:"gold_words"`
	PredWords    int     `json:"pred_words"`
	Correct      int     `json:"correct"`
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	F1           float64 `json:"f1"`
	OOVWords     int     `json:"oov_words"`
	OOVRecall    float64 `json:"oov_recall"`
	IVRecall     float64 `json:"iv_recall"`
	Lines        int     `json:"lines"`
	LineMismatch int     `json:"line_mismatches"`
}

// ScoreSegmentation compares predicted segmentations with gold ones, line by
// line (words separated by white space, as in the SIGHAN 2005 files). A word
// is correct when both its start and end match. OOV words are gold words not
// in the training word list (nil: no OOV figures). Lines whose characters
// differ (the segmenter dropped or changed text) count as all wrong.
func ScoreSegmentation(gold, pred []string, train map[string]bool) SegScore {
	var s SegScore
	var oovHit, ivHit, ivWords int
	for i, g := range gold {
		gw := strings.Fields(g)
		var pw []string
		if i < len(pred) {
			pw = strings.Fields(pred[i])
		}
		s.Lines++
		s.GoldWords += len(gw)
		s.PredWords += len(pw)
		if strings.Join(gw, "") != strings.Join(pw, "") {
			s.LineMismatch++
			for _, w := range gw {
				if train != nil && !train[w] {
					s.OOVWords++
				} else {
					ivWords++
				}
			}
			continue
		}
		predSpans := map[[2]int]bool{}
		pos := 0
		for _, w := range pw {
			n := len([]rune(w))
			predSpans[[2]int{pos, pos + n}] = true
			pos += n
		}
		pos = 0
		for _, w := range gw {
			n := len([]rune(w))
			hit := predSpans[[2]int{pos, pos + n}]
			if hit {
				s.Correct++
			}
			if train != nil && !train[w] {
				s.OOVWords++
				if hit {
					oovHit++
				}
			} else {
				ivWords++
				if hit {
					ivHit++
				}
			}
			pos += n
		}
	}
	s.Precision = ratio(s.Correct, s.PredWords)
	s.Recall = ratio(s.Correct, s.GoldWords)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.OOVRecall = ratio(oovHit, s.OOVWords)
	s.IVRecall = ratio(ivHit, ivWords)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ReadLines reads all lines of r, without line endings (CRLF or LF).
func ReadLines(r io.Reader, name string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// ReadWordSet reads a word list, one word per line.
func ReadWordSet(r io.Reader, name string) (map[string]bool, error) {
	lines, err := ReadLines(r, name)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(lines))
	for _, l := range lines {
		if w := strings.TrimSpace(strings.TrimPrefix(l, "\ufeff")); w != "" {
			set[w] = true
		}
	}
	return set, nil
}
