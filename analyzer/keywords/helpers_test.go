package keywords

import (
	"strings"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// tokDoc builds a one-paragraph document from "word/pos" items separated by
// spaces; "!word/pos" marks a protected span (as the people and slogans
// stages leave them), and "|" starts a new paragraph. Tokens are adjacent.
func tokDoc(spec string) *analyzer.Document {
	var text strings.Builder
	var toks []analyzer.Token
	var prot []analyzer.Protected
	var paras []analyzer.Paragraph
	pos, paraStart := 0, 0
	for _, item := range strings.Fields(spec) {
		if item == "|" {
			paras = append(paras, analyzer.Paragraph{Span: analyzer.Span{Start: paraStart, End: pos}})
			text.WriteString("\n")
			pos++
			paraStart = pos
			continue
		}
		p := strings.HasPrefix(item, "!")
		item = strings.TrimPrefix(item, "!")
		i := strings.LastIndex(item, "/")
		w, tag := item[:i], item[i+1:]
		n := utf8.RuneCountInString(w)
		toks = append(toks, analyzer.Token{Text: w, Pos: tag, Start: pos, End: pos + n})
		if p {
			prot = append(prot, analyzer.Protected{Span: analyzer.Span{Start: pos, End: pos + n}, Pos: tag})
		}
		text.WriteString(w)
		pos += n
	}
	paras = append(paras, analyzer.Paragraph{Span: analyzer.Span{Start: paraStart, End: pos}})
	doc := analyzer.NewDocument("test", 0, text.String())
	doc.Tokens, doc.Protected, doc.Paragraphs = toks, prot, paras
	return doc
}

// words returns the keyword texts.
func words(kws []analyzer.Keyword) []string {
	out := make([]string, len(kws))
	for i, k := range kws {
		out[i] = k.Word
	}
	return out
}

func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
