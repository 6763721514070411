package slg

import (
	"fmt"
	"os"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
)

func TestSample(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	items, _ := slogans.Extract(string(b))
	for _, it := range items {
		fmt.Printf("%s\t%s\t%d\t%v\t%s\t%s\n", it.Text, it.Kind, it.Mentions, it.Expansion, it.ExpansionSource, it.Context)
	}
}
