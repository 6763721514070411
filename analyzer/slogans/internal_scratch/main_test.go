package slg

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
)

func TestRun(t *testing.T) {
	as, err := slogans.ReadAnnotations(os.Getenv("ANN"))
	if err != nil {
		t.Fatal(err)
	}
	var sc []slogans.Score
	for _, a := range as {
		if a.HeldOut && os.Getenv("HELD") == "" {
			continue
		}
		items, err := slogans.Extract(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		s := slogans.Evaluate(a, items)
		sc = append(sc, s)
		fmt.Printf("%s P=%.3f R=%.3f K=%.3f (%d/%d/%d)\n  missed: %s\n  spurious: %s\n  kind: %s\n", s.Name, s.Precision, s.Recall, s.KindAccuracy, s.Correct, s.Found, s.Expected,
			strings.Join(s.Missed, " "), strings.Join(s.Spurious, " "), strings.Join(s.WrongKind, " "))
	}
	s := slogans.Sum("total", sc)
	fmt.Printf("TOTAL P=%.3f R=%.3f K=%.3f\n", s.Precision, s.Recall, s.KindAccuracy)
}
