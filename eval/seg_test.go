package eval

import (
	"math"
	"testing"
)

func TestScoreSegmentation(t *testing.T) {
	gold := []string{"我们  是  中国  人", "你好"}
	pred := []string{"我们 是 中 国人", "你好"}
	train := map[string]bool{"我们": true, "是": true, "中国": true}
	s := ScoreSegmentation(gold, pred, train)
	// gold words 5, pred words 5, correct: 我们 是 你好 = 3.
	if s.GoldWords != 5 || s.PredWords != 5 || s.Correct != 3 {
		t.Fatalf("counts = %+v", s)
	}
	if math.Abs(s.F1-0.6) > 1e-9 {
		t.Errorf("F1 = %v, want 0.6", s.F1)
	}
	// OOV: 人, 你好 → 你好 hit.
	if s.OOVWords != 2 || math.Abs(s.OOVRecall-0.5) > 1e-9 {
		t.Errorf("OOV = %d, recall %v", s.OOVWords, s.OOVRecall)
	}
}

func TestScoreSegmentationMismatchedLine(t *testing.T) {
	s := ScoreSegmentation([]string{"甲  乙"}, []string{"甲 丙"}, nil)
	if s.Correct != 0 || s.LineMismatch != 1 {
		t.Fatalf("got %+v", s)
	}
}
