package keywords

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRandomDocuments ranks many small random documents — gaps between
// tokens, protected spans, boilerplate, repeated runs — with every option
// combination: nothing may panic, every keyword must be a candidate, counts
// must be positive and weights sorted.
func TestRandomDocuments(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := []string{"群团/n", "工作/vn", "组织/v", "社会/n", "和谐/a", "，/x", "。/x", "的/uj", "2015/m", "发展/vn", "赶超/v", "!四个全面/nz", "!何雄/nr", "|", "在/p", "群众/n"}
	opts := []Options{{}, {Method: MethodTextRank}, {NoPhrases: true}, {POS: []string{"all"}, MinPhrase: 3}, {Top: 3, Stopwords: []string{}}}
	for n := 0; n < 150; n++ {
		var items []string
		for k := rng.Intn(60); k > 0; k-- {
			items = append(items, vocab[rng.Intn(len(vocab))])
		}
		doc := tokDoc(strings.Join(items, " "))
		for i := range doc.Paragraphs {
			doc.Paragraphs[i].Boilerplate = rng.Intn(4) == 0
		}
		for _, o := range opts {
			s, err := New(o)
			if err != nil {
				t.Fatal(err)
			}
			kws, err := s.Rank(doc)
			if err != nil {
				t.Fatal(err)
			}
			for i, k := range kws {
				if k.Count <= 0 || k.Weight <= 0 || k.Word == "" {
					t.Fatalf("doc %q opts %+v: bad keyword %+v", doc.Text, o, k)
				}
				if i > 0 && k.Weight > kws[i-1].Weight {
					t.Fatalf("doc %q: weights not sorted: %+v", doc.Text, kws)
				}
				if isNoise(k.Word, k.Pos) && k.Pos != "nz" && k.Pos != "nr" {
					t.Fatalf("doc %q: noise keyword %+v", doc.Text, k)
				}
			}
		}
	}
}
