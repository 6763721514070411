package statements

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/meta"
)

// run processes text through structure and meta, then statements with
// hand-filled people (the people stage is another package's job).
func run(t *testing.T, text string, people []analyzer.Person) *analyzer.Document {
	t.Helper()
	d := analyzer.NewDocument("test", 0, text)
	if err := (analyzer.StructureStage{}).Process(d); err != nil {
		t.Fatal(err)
	}
	ms, err := meta.New(meta.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ms.Process(d); err != nil {
		t.Fatal(err)
	}
	d.People = people
	s, err := New(Options{})
	if err != nil {
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

// goldPeople are the sample's people from the hand-made gold file.
func goldPeople(t *testing.T) []analyzer.Person {
	var gold struct {
		People []analyzer.Person `json:"people"`
	}
	if err := json.Unmarshal([]byte(readFile(t, "../../testdata/puyang-2015-11-02.gold.json")), &gold); err != nil {
		t.Fatal(err)
	}
	return gold.People
}

func verbsBy(d *analyzer.Document) map[string][]string {
	out := map[string][]string{}
	for _, s := range d.Statements {
		out[s.Speaker] = append(out[s.Speaker], s.Verb)
	}
	return out
}

func TestSample(t *testing.T) {
	d := run(t, readFile(t, "../../testdata/puyang-2015-11-02.txt"), goldPeople(t))
	// Hand-checked against the text: 指出, 高度赞扬, 他指出, four 强调 with
	// 他说 inside the second, 最后强调; 阮金泉 指出 once.
	want := map[string][]string{
		"何雄":  {"指出", "高度赞扬", "指出", "强调", "强调", "说", "强调", "强调", "最后强调"},
		"阮金泉": {"指出"},
	}
	if got := verbsBy(d); !reflect.DeepEqual(got, want) {
		t.Errorf("verbs by speaker:\n got %v\nwant %v", got, want)
	}
	byVerb := func(i int) analyzer.Statement { return d.Statements[i] }
	if s := byVerb(1); s.Text != "近年来我市群团工作取得的突出成绩。" {
		t.Errorf("高度赞扬 text = %q", s.Text)
	}
	if s := byVerb(2); len(s.Points) != 3 || !strings.HasPrefix(s.Points[0], "一是着力服务中心") || !strings.HasPrefix(s.Points[2], "三是着力探索创新") {
		t.Errorf("他指出 points = %q", s.Points)
	}
	if s := byVerb(5); !strings.HasPrefix(s.Text, "“三性”抓住了") || len(s.Points) != 3 || !strings.HasSuffix(s.Text, "把更多优秀群众纳入群团组织。") {
		t.Errorf("他说 statement = %q (%d points)", s.Text, len(s.Points))
	}
	if s := byVerb(6); len(s.Points) != 5 || !strings.HasPrefix(s.Points[4], "五要致力于创新方法") {
		t.Errorf("一要…五要 points = %q", s.Points)
	}
	last := d.Statements[len(d.Statements)-1]
	if !strings.HasPrefix(last.Text, "加强和改进我市党的群团工作意义重大") || !strings.HasSuffix(last.Text, "确保会议各项部署落到实处。") {
		t.Errorf("阮金泉 text = %q (the reporter credit must be cut)", last.Text)
	}
	for _, s := range d.Statements {
		if d.SpanText(s.Span) == "" || !strings.Contains(d.SpanText(s.Span), s.Text) {
			t.Errorf("span %v does not hold the statement text %q", s.Span, s.Text)
		}
	}
	m := d.Meta.Meeting
	if m == nil {
		t.Fatal("no meeting facts")
	}
	if m.Name != "市委党的群团工作会议" || !reflect.DeepEqual(m.Chair, []string{"阮金泉"}) || !reflect.DeepEqual(m.Speakers, []string{"何雄", "阮金泉"}) {
		t.Errorf("meeting = %+v", m)
	}
	// Every attendee of the gold file (role attendee), in text order.
	var wantAtt []string
	for _, p := range goldPeople(t) {
		for _, r := range p.Roles {
			if r == analyzer.RoleAttendee {
				wantAtt = append(wantAtt, p.Name)
			}
		}
	}
	if len(m.Attendees) != len(wantAtt) || m.Attendees[0] != "何雄" || m.Attendees[len(m.Attendees)-1] != "孙喜新" {
		t.Errorf("attendees = %v, want the %d of the gold file", m.Attendees, len(wantAtt))
	}
}

// Without people (the people stage not run) nobody can be a speaker.
func TestSampleWithoutPeople(t *testing.T) {
	d := run(t, readFile(t, "../../testdata/puyang-2015-11-02.txt"), nil)
	if len(d.Statements) != 0 {
		t.Errorf("statements without people: %+v", d.Statements)
	}
}

// TestProposals uses real CPPCC proposals (testdata/brief): leaders cited
// inside the proposer's own text, documents that 指出 (not statements).
func TestProposals(t *testing.T) {
	people := []analyzer.Person{
		{Name: "习近平", Titles: []string{"总书记"}},
		{Name: "汪永清", Titles: []string{"原中央政法委秘书长", "现全国政协副主席"}},
	}
	cases := []struct {
		file  string
		want  []string // speaker/verb
		texts []string // prefix|suffix of each statement
	}{
		{"jszx2019-0097.txt", []string{"习近平/强调"},
			[]string{"新形势下推动长江经济带发展|以长江经济带发展推动经济高质量发展。"}},
		{"jszx2019-0118.txt", []string{"汪永清/还特别强调"},
			[]string{"对员额制司法人员的监督|不能回到原来层层审批的老路。"}},
		{"jszx2019-0350.txt", []string{"习近平/强调", "习近平/指出"},
			[]string{"“一个博物院就是一所大学校。|让文物说话。”", "“中医药学凝聚着|打开中华文明宝库的钥匙。”"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d := run(t, readFile(t, "../../testdata/brief/"+c.file), people)
			var got []string
			for _, s := range d.Statements {
				got = append(got, s.Speaker+"/"+s.Verb)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("statements = %v, want %v", got, c.want)
			}
			for i, s := range d.Statements {
				ps := strings.SplitN(c.texts[i], "|", 2)
				if !strings.HasPrefix(s.Text, ps[0]) || !strings.HasSuffix(s.Text, ps[1]) {
					t.Errorf("statement %d = %q, want %q…%q", i, s.Text, ps[0], ps[1])
				}
			}
			if d.Meta.Meeting != nil && (len(d.Meta.Meeting.Chair) > 0 || len(d.Meta.Meeting.Attendees) > 0) {
				t.Errorf("a proposal has no chair or attendees: %+v", d.Meta.Meeting)
			}
		})
	}
}

func TestPatterns(t *testing.T) {
	people := []analyzer.Person{
		{Name: "王建国", Titles: []string{"副市长"}},
		{Name: "李红", Titles: []string{"市长"}},
		{Name: "张伟", Titles: []string{"县委书记"}},
	}
	cases := []struct {
		name, text string
		want       []string // speaker/verb
	}{
		{"meeting itself", "会议指出，今年以来全市经济运行总体平稳。\n会议强调，要坚持稳中求进。会议要求，各地要抓好落实。",
			[]string{"会议/指出", "会议/强调", "会议/要求"}},
		{"title reference with surname", "王副市长要求，各部门要加强协作，确保按期完成任务。", []string{"王建国/要求"}},
		{"title reference alone", "李红出席会议。市长指出，要抓好安全生产工作。", []string{"李红/指出"}},
		{"pronoun", "张伟来我县调研。他表示，要加快推进项目建设。", []string{"张伟/表示"}},
		{"title before name", "县委书记张伟在会上强调，要压实责任。", []string{"张伟/强调"}},
		{"adverbial", "张伟在全县经济工作会议上指出，要稳增长。", []string{"张伟/指出"}},
		{"not a person", "中央、省委高度重视群团工作。党的十九大报告指出，要深化改革。专家指出，近视率上升。", nil},
		{"verb inside a noun phrase", "张伟指出的问题要认真整改。李红说服了大家。", nil},
		{"pronoun without antecedent", "他表示，要加快推进项目建设。", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, people)
			var got []string
			for _, s := range d.Statements {
				got = append(got, s.Speaker+"/"+s.Verb)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("statements = %v, want %v", got, c.want)
			}
		})
	}
}

func TestPoints(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"要做好三件事。一要落实责任。二要强化支持。三要建强队伍。", []string{"一要落实责任。", "二要强化支持。", "三要建强队伍。"}},
		{"第一，稳增长；第二，促改革。", []string{"第一，稳增长；", "第二，促改革。"}},
		{"一是抓项目，二是抓招商。", []string{"一是抓项目，", "二是抓招商。"}},
		{"（一）聚焦扩大内需。（二）强化科技创新。", []string{"（一）聚焦扩大内需。", "（二）强化科技创新。"}},
		{"要进一步要求各级统一是非标准。", nil}, // 一要/一是 inside words
		{"一是抓项目。三是抓招商。", nil},    // not numbered in order
		{"增长4.1%，达到5.2亿元。", nil}, // decimals are not points
		{"1、组建委员会；2、遴选委员。", []string{"1、组建委员会；", "2、遴选委员。"}},
	}
	for _, c := range cases {
		if got := Points(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Points(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMeetingFacts(t *testing.T) {
	people := []analyzer.Person{{Name: "习近平", Titles: []string{"总书记"}}, {Name: "王凯", Titles: []string{"省长"}}, {Name: "李明"}}
	cases := []struct {
		name, text       string
		chair, attendees []string
	}{
		{"another event is not the meeting", "政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第五次会议上\n各位代表：\n11月6日，习近平总书记亲临视察并出席第十五届全国运动会开幕式，作出重要讲话。",
			nil, nil},
		{"会议由X主持", "市政府召开常务会议\n11月2日，市政府召开常务会议。会议由王凯主持，李明出席会议并讲话。",
			[]string{"王凯"}, []string{"李明"}},
		{"主持召开 the meeting itself", "省政府常务会议召开\n3日，王凯主持召开省政府常务会议，研究部署有关工作。",
			[]string{"王凯"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, people)
			var chair, att []string
			if m := d.Meta.Meeting; m != nil {
				chair, att = m.Chair, m.Attendees
			}
			if !reflect.DeepEqual(chair, c.chair) || !reflect.DeepEqual(att, c.attendees) {
				t.Errorf("chair %v attendees %v, want %v %v (meeting %+v)", chair, att, c.chair, c.attendees, d.Meta.Meeting)
			}
		})
	}
}

func TestLabelStop(t *testing.T) {
	people := []analyzer.Person{{Name: "张伟", Titles: []string{"县委书记"}}}
	d := run(t, "调研情况：张伟指出，要加快发展。要抓好落实。问题分析：目前我县发展不平衡。", people)
	if len(d.Statements) != 1 || d.Statements[0].Text != "要加快发展。要抓好落实。" {
		t.Errorf("statements = %+v; want one ending before 问题分析：", d.Statements)
	}
	d = run(t, "张伟强调，要做好三件事。第一：稳增长。第二：促改革。", people)
	if len(d.Statements) != 1 || len(d.Statements[0].Points) != 2 {
		t.Errorf("statements = %+v; 第一： is a point, not a label", d.Statements)
	}
}

// BenchmarkStatements runs the stage on 1 MB and 10 MB documents (the
// sample body repeated, with the sample's people): per-op time must grow
// about tenfold.
func BenchmarkStatements(b *testing.B) {
	text, err := os.ReadFile("../../testdata/puyang-2015-11-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	body := strings.SplitN(string(text), "\n", 6)[5]
	var people []analyzer.Person
	gold, err := os.ReadFile("../../testdata/puyang-2015-11-02.gold.json")
	if err != nil {
		b.Fatal(err)
	}
	var g struct{ People []analyzer.Person }
	if err := json.Unmarshal(gold, &g); err != nil {
		b.Fatal(err)
	}
	people = g.People
	for _, size := range []int{1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			big := strings.Repeat(body+"\n", size/len(body)+1)
			d := analyzer.NewDocument("big", 0, big)
			if err := (analyzer.StructureStage{}).Process(d); err != nil {
				b.Fatal(err)
			}
			d.Meta = &analyzer.Meta{}
			d.People = people
			s, _ := New(Options{})
			b.SetBytes(int64(len(big)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := s.Process(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
