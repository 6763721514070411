package meta

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func run(t *testing.T, text string) *analyzer.Document {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := analyzer.NewDocument("test", 0, text)
	if err := (analyzer.StructureStage{}).Process(d); err != nil {
		t.Fatal(err)
	}
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return string(b)
}

// TestSampleGold pins the sample's metadata to the hand-made gold file.
func TestSampleGold(t *testing.T) {
	var gold struct {
		Meta analyzer.Meta `json:"meta"`
	}
	if err := json.Unmarshal([]byte(readFile(t, "../../testdata/puyang-2015-11-02.gold.json")), &gold); err != nil {
		t.Fatal(err)
	}
	d := run(t, readFile(t, "../../testdata/puyang-2015-11-02.txt"))
	got := *d.Meta
	got.Meeting = nil
	want := gold.Meta
	want.EventDateISO = "2015-11-02" // not in the gold file; 11月2日 published 2015-11-04
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meta:\n got %+v\nwant %+v", got, want)
	}
	if d.Meta.Meeting == nil || d.Meta.Meeting.Name != "市委党的群团工作会议" {
		t.Errorf("meeting = %+v, want name 市委党的群团工作会议", d.Meta.Meeting)
	}
	// Breadcrumb/banner, title, field line and editor line are boilerplate;
	// the dateline paragraph and the last body paragraph are not.
	var bp []int
	for i, p := range d.Paragraphs {
		if p.Boilerplate {
			bp = append(bp, i)
		}
	}
	if want := []int{0, 1, 2, 13}; !reflect.DeepEqual(bp, want) {
		t.Errorf("boilerplate paragraphs = %v, want %v", bp, want)
	}
	for _, s := range d.BodySentences() {
		txt := d.SpanText(s.Span)
		if strings.Contains(txt, "首页") || strings.Contains(txt, "责任编辑") || strings.Contains(txt, "发布时间") {
			t.Errorf("boilerplate leaked into body sentence %q", txt)
		}
	}
}

// TestRealHeaders checks header layouts of other sites (excerpts of the
// 2026 provincial reports, see testdata/brief/README.md), so the rules are
// not fitted to one page template. Expectations were read off the files.
func TestRealHeaders(t *testing.T) {
	cases := []struct {
		file        string
		want        analyzer.Meta
		meeting     string
		boilerplate []int // first and last boilerplate paragraph of the header
		footer      int   // first footer paragraph, -1 for none
	}{
		{"shanghai-2026.txt", analyzer.Meta{Title: "2026年上海市政府工作报告", Source: "解放日报", Published: "2026-02-09", EventDate: "2026年2月3日", EventDateISO: "2026-02-03"},
			"上海市第十六届人民代表大会第四次会议", []int{0, 13}, 23},
		{"sichuan-2026.txt", analyzer.Meta{Title: "2026年四川省人民政府工作报告", Source: "四川日报", Published: "2026-02-10T07:41", EventDate: "2026年2月3日", EventDateISO: "2026-02-03"},
			"四川省第十四届人民代表大会第五次会议", []int{0, 11}, 20},
		{"shaanxi-2026.txt", analyzer.Meta{Title: "陕西省2026年政府工作报告", Source: "陕西省人民政府", Published: "2026-02-02T09:20", EventDate: "2026年1月27日", EventDateISO: "2026-01-27"},
			"陕西省第十四届人民代表大会第四次会议", []int{0, 17}, 30},
		{"qinghai-2026.txt", analyzer.Meta{Title: "政府工作报告", Source: "青海日报", Published: "2026-01-31T07:00:44", Editor: "何继红", EventDate: "2026年1月27日", EventDateISO: "2026-01-27"},
			"青海省第十四届人民代表大会第四次会议", []int{0, 4}, 13},
		// A proposal's bare text: no header, no footer, nothing invented.
		{"jszx2019-0118.txt", analyzer.Meta{}, "", nil, -1},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d := run(t, readFile(t, "../../testdata/brief/"+c.file))
			got := *d.Meta
			meeting := ""
			if got.Meeting != nil {
				meeting = got.Meeting.Name
			}
			got.Meeting = nil
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("meta:\n got %+v\nwant %+v", got, c.want)
			}
			if meeting != c.meeting {
				t.Errorf("meeting = %q, want %q", meeting, c.meeting)
			}
			header := -1
			for i, p := range d.Paragraphs {
				if !p.Boilerplate {
					break
				}
				header = i
			}
			if c.boilerplate == nil {
				if header != -1 {
					t.Errorf("header runs to paragraph %d, want none", header)
				}
			} else if header != c.boilerplate[1] {
				t.Errorf("header ends at paragraph %d, want %d", header, c.boilerplate[1])
			}
			footer := -1
			for i := len(d.Paragraphs) - 1; i > header; i-- {
				if !d.Paragraphs[i].Boilerplate {
					break
				}
				footer = i
			}
			if footer != c.footer {
				t.Errorf("footer starts at paragraph %d, want %d", footer, c.footer)
			}
		})
	}
}

func TestDates(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2015-11-04 06:05:47", "2015-11-04T06:05:47"},
		{"2026年02月10日 07时41分", "2026-02-10T07:41"},
		{"2026/2/2", "2026-02-02"},
		{"2026-13-02", ""},
		{"无", ""},
	}
	for _, c := range cases {
		if got := isoDateTime(c.in); got != c.want {
			t.Errorf("isoDateTime(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	ev := []struct{ y, m, d, pub, want string }{
		{"", "11", "2", "2015-11-04T06:05:47", "2015-11-02"},
		{"", "12", "30", "2016-01-02", "2015-12-30"}, // published next January
		{"二〇二六", "一", "二十七", "", "2026-01-27"},
		{"", "十一", "2", "", ""}, // no year to infer from
	}
	for _, c := range ev {
		if got := eventISO(c.y, c.m, c.d, c.pub); got != c.want {
			t.Errorf("eventISO(%q,%q,%q,%q) = %q, want %q", c.y, c.m, c.d, c.pub, got, c.want)
		}
	}
}

func TestMeetingName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"市委党的群团工作会议召开", "市委党的群团工作会议"},
		{"濮阳网讯 11月2日,市委党的群团工作会议召开,深入贯彻", "市委党的群团工作会议"},
		{"——2026年1月27日在山东省第十四届人民代表大会第四次会议上", "山东省第十四届人民代表大会第四次会议"},
		{"昨天上午，市政府召开第12次常务会议", "市政府第12次常务会议"},
		{"12月16日,市政府机关党组召开(扩大)会议,深入学习贯彻", "市政府机关党组(扩大)会议"},
		{"省长主持召开省政府党组会议，认真学习贯彻习近平总书记在庆祝大会上的重要讲话精神", "省政府党组会议"},
		{"全区县处级领导干部“三严三实”专题教育工作部署会召开", "全区县处级领导干部“三严三实”专题教育工作部署会"},
		{"11月12日,省委常委会(扩大)会议举行,传达学习", "省委常委会(扩大)会议"},
		{"近日,兰溪市委常委会召开扩大会议,听取市“两会”筹备情况汇报", "扩大会议"},
		{"县委书记主持召开乡村振兴工作专题会议", "乡村振兴工作专题会议"},
		{"全市经济形势分析会在市行政中心举行", "全市经济形势分析会"},
		{"群团工作是我市群众工作的重要内容", ""},
	}
	for _, c := range cases {
		if got := MeetingName(c.in); got != c.want {
			t.Errorf("MeetingName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNoHeaderTextIsBody(t *testing.T) {
	d := run(t, "何雄指出，群团工作是我市群众工作的重要内容，对推动我市经济快速发展具有积极意义。\n会议要求，各级各部门要认真学习领会会议精神。")
	for i, p := range d.Paragraphs {
		if p.Boilerplate {
			t.Errorf("paragraph %d marked boilerplate in a headerless text", i)
		}
	}
}

// TestLayouts: hand-written pages in two more common layouts (a
// "您的位置" breadcrumb with one field line and a print/close footer; a
// 人民网 dateline with the reporters in brackets and a （责编：…） footer).
func TestLayouts(t *testing.T) {
	cases := []struct {
		name, text string
		want       analyzer.Meta
		footer     string // text of the first footer paragraph
	}{
		{"breadcrumb, field line, print footer",
			"您的位置：首页 > 时政要闻\n市委常委会召开会议 传达学习全国两会精神\n来源：江城日报  发布日期：2024-03-13 08:30  编辑：张晓明\n" +
				"3月12日，市委书记李建华主持召开市委常委会会议，传达学习全国两会精神，研究部署我市贯彻落实工作。\n会议还研究了其他事项。\n【打印本页】【关闭窗口】\n",
			analyzer.Meta{Title: "市委常委会召开会议 传达学习全国两会精神", Source: "江城日报", Published: "2024-03-13T08:30", Editor: "张晓明",
				EventDate: "3月12日", EventDateISO: "2024-03-12"},
			"【打印本页】【关闭窗口】"},
		{"dateline with reporters, editor in brackets",
			"李强主持召开国务院常务会议\n人民网北京11月3日电 （记者 王某某、李某）11月3日上午，国务院总理李强主持召开国务院常务会议，研究部署稳就业工作。\n" +
				"会议指出，就业是最基本的民生。\n（责编：赵某、钱某）\n",
			analyzer.Meta{Title: "李强主持召开国务院常务会议", Site: "人民网", Authors: []string{"王某某", "李某"}, Editor: "赵某、钱某", EventDate: "11月3日"},
			"（责编：赵某、钱某）"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text)
			got := *d.Meta
			got.Meeting = nil
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("meta:\n got %+v\nwant %+v", got, c.want)
			}
			last := d.Paragraphs[len(d.Paragraphs)-1]
			if !last.Boilerplate || d.SpanText(last.Span) != c.footer {
				t.Errorf("last paragraph %q boilerplate=%v, want footer %q", d.SpanText(last.Span), last.Boilerplate, c.footer)
			}
			if d.Paragraphs[len(d.Paragraphs)-2].Boilerplate {
				t.Errorf("the last body paragraph is marked boilerplate")
			}
		})
	}
}
