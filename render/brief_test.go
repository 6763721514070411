package render

import (
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func briefDoc() *analyzer.Document {
	d := analyzer.NewDocument("a.txt", 0, "")
	d.Meta = &analyzer.Meta{
		Title: "市委常委会召开会议", Source: "江城日报", Published: "2024-03-13T08:30", Editor: "张晓明",
		EventDate: "3月12日", EventDateISO: "2024-03-12",
		Meeting: &analyzer.Meeting{Name: "市委常委会会议", Chair: []string{"李建华"}, Attendees: []string{"王立新"}, Speakers: []string{"李建华"}},
	}
	d.People = []analyzer.Person{{Name: "李建华", Titles: []string{"市委书记"}, Roles: []string{"chair", "speaker"}, Mentions: 2}, {Name: "王立新", Titles: []string{"市长"}, Mentions: 1}}
	d.Statements = []analyzer.Statement{
		{Speaker: "会议", Verb: "强调", Text: "要聚焦首要任务。一要抓好项目建设；二要抓好改革开放。", Points: []string{"一要抓好项目建设；", "二要抓好改革开放。"}},
		{Speaker: "李建华", Verb: "说", Text: "“我们要以只争朝夕的精神，扎实做好各项工作。”"},
	}
	d.Summary = []analyzer.SummarySentence{{Text: "3月12日，李建华主持召开市委常委会会议。", Score: 1}}
	return d
}

func TestBriefMarkdown(t *testing.T) {
	md := BriefMarkdown(briefDoc())
	for _, want := range []string{
		"# 市委常委会召开会议\n",
		"- **时间**：2024-03-12（3月12日）\n",
		"- **主持**：李建华（市委书记）\n",
		"- **出席**：王立新（市长）\n",
		"- **来源**：江城日报 · 发布 2024-03-13T08:30 · 编辑 张晓明\n",
		"| 李建华 | 市委书记 | chair, speaker | 2 |\n",
		"### 会议\n\n- **强调**：要聚焦首要任务。\n  - 一要抓好项目建设；\n  - 二要抓好改革开放。\n",
		"- **说**：“我们要以只争朝夕的精神，扎实做好各项工作。”\n",
		"## 摘要\n\n1. 3月12日，李建华主持召开市委常委会会议。\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "## 提法") || strings.Contains(md, "## 关键词") {
		t.Errorf("empty sections printed:\n%s", md)
	}
}

func TestBriefViews(t *testing.T) {
	tables := BriefView(briefDoc())
	if len(tables) != 3 || tables[0].Title != "Meta" || tables[1].Title != "Statements" || tables[2].Title != "Summary" {
		t.Fatalf("tables = %+v", tables)
	}
	if got := tables[1].Rows[0]; got[1] != "会议" || got[2] != "强调" || got[3] != "2" {
		t.Errorf("statement row = %v", got)
	}
	long := strings.Repeat("改", 200)
	if c := Clip(long, StatementTextLimit); len([]rune(c)) != StatementTextLimit || !strings.HasSuffix(c, "…") {
		t.Errorf("Clip: %d runes", len([]rune(c)))
	}
	if got := MetaView(analyzer.NewDocument("x", 0, ""))[0].Rows; len(got) != 0 {
		t.Errorf("empty meta rows = %v", got)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	if got := mdCell("a|b*c_[d]"); got != `a\|b\*c\_\[d\]` {
		t.Errorf("mdCell = %q", got)
	}
}
