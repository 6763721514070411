package slogans_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer/ner"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// pdChunks is how many texts the People's Daily dev sentences were cut into
// for annotation: the sentences in file order, one a line, in runs of
// ceil(n/5) (about 22,000 characters and 90 quotes each).
const pdChunks = 5

// TestPeoplesDaily1998 scores the stage on another genre: general news of
// January 1998 (politics, economy, culture, sport, world news) — the 2,318
// sentences of the People's Daily NER dev split in the shared data,
// annotated by reading in testdata/slogans-pd1998 (texts not copied: they
// are rebuilt here from the shared file). Set WENXI_VERBOSE=1 for the
// missed and spurious items.
func TestPeoplesDaily1998(t *testing.T) {
	sents, err := ner.ReadBIOFile(shared.Path(t, "data/ner/peoples_daily/example.dev"))
	if err != nil {
		t.Fatal(err)
	}
	tsvs, err := filepath.Glob(repoPath("testdata/slogans-pd1998/pd1998-dev-b*.tsv"))
	if err != nil || len(tsvs) != pdChunks {
		t.Fatalf("want %d annotations in testdata/slogans-pd1998, have %d (%v)", pdChunks, len(tsvs), err)
	}
	size := (len(sents) + pdChunks - 1) / pdChunks
	var scores []slogans.Score
	for _, tsv := range tsvs {
		k, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(tsv), "pd1998-dev-b"), ".tsv"))
		if err != nil || k < 1 || k > pdChunks {
			t.Fatalf("%s: unexpected name", tsv)
		}
		var b strings.Builder
		for _, s := range sents[(k-1)*size : min(len(sents), k*size)] {
			b.WriteString(string(s.Text))
			b.WriteByte('\n')
		}
		data, err := os.ReadFile(tsv)
		if err != nil {
			t.Fatal(err)
		}
		a, err := slogans.ParseAnnotation(tsv, data, b.String())
		if err != nil {
			t.Fatal(err)
		}
		items, err := slogans.Extract(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		s := slogans.Evaluate(a, items)
		if os.Getenv("WENXI_VERBOSE") != "" {
			t.Logf("%s: missed %v; spurious %v", a.Name, s.Missed, s.Spurious)
		}
		scores = append(scores, s)
	}
	s := slogans.Sum("People's Daily 1998", scores)
	t.Logf("%s: %d expected, %d found, %d correct: P %.3f R %.3f kind %.3f", s.Name, s.Expected, s.Found, s.Correct, s.Precision, s.Recall, s.KindAccuracy)
	// Floors just under the figures of the eighth pass (docs/slogans.md).
	if s.Precision < 0.50 || s.Recall < 0.66 || s.KindAccuracy < 0.98 {
		t.Errorf("below floors (P 0.50, R 0.66, kind 0.98): %+v", s)
	}
}
