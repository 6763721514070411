package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// MarkdownKeywords is how many keywords the Markdown brief lists.
const MarkdownKeywords = 12

// BriefMarkdown writes the brief a journalist can paste: headline facts
// (date, meeting, chair, attendees, speakers, source), a people table, each
// speaker's statements with their enumerated points, slogans, keywords and
// the summary. A section is left out when its stage found nothing or did not
// run, so the same writer serves `wenxi summary` and `wenxi analyze --only`.
func BriefMarkdown(doc *analyzer.Document) string {
	var b strings.Builder
	m := doc.Meta
	if m == nil {
		m = &analyzer.Meta{}
	}
	title := m.Title
	if title == "" {
		title = doc.Source
	}
	fmt.Fprintf(&b, "# %s\n\n", mdInline(title))

	titles := map[string][]string{}
	for _, p := range doc.People {
		titles[p.Name] = p.Titles
	}
	who := func(names []string) string {
		out := make([]string, len(names))
		for i, n := range names {
			out[i] = n
			if ts := titles[n]; len(ts) > 0 {
				out[i] += "（" + strings.Join(ts, "、") + "）"
			}
		}
		return strings.Join(out, "、")
	}
	fact := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "- **%s**：%s\n", k, mdInline(v))
		}
	}
	date := m.EventDateISO
	if m.EventDate != "" && m.EventDate != date {
		if date != "" {
			date += "（" + m.EventDate + "）"
		} else {
			date = m.EventDate
		}
	}
	fact("时间", date)
	if mt := m.Meeting; mt != nil {
		fact("会议", mt.Name)
		fact("主持", who(mt.Chair))
		fact("出席", who(mt.Attendees))
		fact("讲话", who(mt.Speakers))
	}
	var src []string
	for _, s := range []string{m.Source, m.Site} {
		if s != "" {
			src = append(src, s)
		}
	}
	if len(m.Authors) > 0 {
		src = append(src, "记者 "+strings.Join(m.Authors, "、"))
	}
	if m.Published != "" {
		src = append(src, "发布 "+m.Published)
	}
	if m.Editor != "" {
		src = append(src, "编辑 "+m.Editor)
	}
	fact("来源", strings.Join(src, " · "))
	b.WriteString("\n")

	if len(doc.People) > 0 {
		b.WriteString("## 人物\n\n| 姓名 | 职务 | 角色 | 提及 |\n|---|---|---|---|\n")
		for _, p := range doc.People {
			fmt.Fprintf(&b, "| %s | %s | %s | %d |\n", mdCell(p.Name), mdCell(strings.Join(p.Titles, "、")),
				mdCell(strings.Join(p.Roles, ", ")), p.Mentions)
		}
		b.WriteString("\n")
	}

	if len(doc.Statements) > 0 {
		b.WriteString("## 讲话要点\n")
		speaker := ""
		for _, s := range doc.Statements {
			if s.Speaker != speaker {
				speaker = s.Speaker
				fmt.Fprintf(&b, "\n### %s\n\n", mdInline(speaker))
			}
			fmt.Fprintf(&b, "- **%s**：%s\n", mdInline(s.Verb), mdInline(lead(s.Text, 160)))
			for _, p := range s.Points {
				fmt.Fprintf(&b, "  - %s\n", mdInline(lead(p, 80)))
			}
		}
		b.WriteString("\n")
	}

	if len(doc.Slogans) > 0 {
		b.WriteString("## 提法\n\n")
		for _, s := range doc.Slogans {
			line := "- " + mdInline(s.Text)
			if len(s.Expansion) > 0 {
				line += "：" + mdInline(strings.Join(s.Expansion, "、"))
			}
			if s.Mentions > 1 {
				line += fmt.Sprintf("（%d 次）", s.Mentions)
			}
			b.WriteString(line + "\n")
		}
		b.WriteString("\n")
	}

	if len(doc.Keywords) > 0 {
		n := min(len(doc.Keywords), MarkdownKeywords)
		words := make([]string, n)
		for i, k := range doc.Keywords[:n] {
			words[i] = mdInline(k.Word)
		}
		fmt.Fprintf(&b, "## 关键词\n\n%s\n\n", strings.Join(words, "、"))
	}

	if len(doc.Summary) > 0 {
		b.WriteString("## 摘要\n\n")
		for i, s := range doc.Summary {
			fmt.Fprintf(&b, "%d. %s\n", i+1, mdInline(s.Text))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// lead returns the first sentence of s when it is short enough, else s
// clipped to n characters: the headline of a statement or point.
func lead(s string, n int) string {
	if i := strings.IndexAny(s, "。！？；"); i >= 0 {
		_, w := utf8.DecodeRuneInString(s[i:])
		j := i + w
		// Keep the closing quotes of a quoted sentence (“…。”).
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune("”’」』）)", r) {
				break
			}
			j += w
		}
		if first := s[:j]; utf8.RuneCountInString(first) <= n {
			return first
		}
	}
	return Clip(s, n)
}

// mdInline escapes the characters that would start Markdown markup inside
// running text, and folds line breaks.
func mdInline(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`)
	return r.Replace(s)
}

// mdCell escapes a table cell: inline markup and the column bar.
func mdCell(s string) string { return strings.ReplaceAll(mdInline(s), "|", `\|`) }
