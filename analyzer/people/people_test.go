package people

import (
	"reflect"
	"strings"
	"testing"
)

// names returns the names found in text, in order of first mention.
func names(t *testing.T, opts Options, text string) []string {
	t.Helper()
	var out []string
	for _, p := range run(t, opts, text) {
		out = append(out, p.Name)
	}
	return out
}

func TestBadCases(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"title before name", "省纪委驻厅纪检组组长、党组书记江成与大家座谈。", []string{"江成"}},
		{"say-verb after name", "杨瑞云告诉记者，今年的收成不错。", []string{"杨瑞云"}},
		{"words that look like names", "何雄高度赞扬近年来的成绩。我们感到很荣幸，作为东道主，今天下午广大群众参加了活动。", nil},
		{"two-character name after title", "市委书记何雄出席会议并讲话。", []string{"何雄"}},
		{"three-character name before chair verb", "市委常委、市纪委书记阮金泉主持会议。", []string{"阮金泉"}},
		{"compound surname 欧阳", "副市长欧阳文忠指出，要抓好落实。", []string{"欧阳文忠"}},
		{"compound surname 司马", "校长司马南表示，学校将扩大招生。", []string{"司马南"}},
		{"transliterated name", "美国总统理查德·凯利说，双方达成了共识。", []string{"理查德·凯利"}},
		{"minority name with dot", "自治区主席艾尔肯·吐尼亚孜作政府工作报告。", []string{"艾尔肯·吐尼亚孜"}},
		{"dotted slogan is no name", "开展“美丽山西·全民行动”。", nil},
		{"name at line end", "会议由副县长主持。\n责任编辑：张小红", []string{"张小红"}},
		{"names inside a list", "市领导王大明、李小刚、赵国强出席会议。", []string{"王大明", "李小刚", "赵国强"}},
		{"list of things is no list", "加强公路、铁路、水运建设。", nil},
		{"reference is not a new person", "副市长王建国出席。王副市长指出，要加快进度。", []string{"王建国"}},
		{"surname fragment not reported", "市领导阮金泉、贾祖贫出席。阮金泉指出，要抓落实。", []string{"阮金泉", "贾祖贫"}},
		{"byline with photo credit", "本报记者 戴冰摄", []string{"戴冰"}},
		{"spaced name after title", "上海市市长 龚 正", []string{"龚正"}},
		{"post title", "深入贯彻习近平总书记重要讲话精神，以习近平同志为核心的党中央。", []string{"习近平"}},
		{"name at clause start with 同志", "殷勇同志作政府工作报告。", []string{"殷勇"}},
		{"head ending in 长 before 江", "推动江苏省长江经济带高质量发展。", nil},
		{"surname plus title is a reference", "省委书记娄勤俭出席。娄书记指出，要抓落实。", []string{"娄勤俭"}},
		{"regions are no list of names", "推动苏南、苏中、苏北协调发展。", nil},
		{"country before a dotted name", "丹麦贝恩哈尔·辛德贝格在南京救助难民。", []string{"贝恩哈尔·辛德贝格"}},
		{"title, date, verb", "国务院总理李强3月5日主持召开国务院常务会议。", []string{"李强"}},
		{"list item with its own title", "副委员长郝明金、全国政协副主席何报翔应邀列席。", []string{"郝明金", "何报翔"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := names(t, Options{NoModel: true}, c.text)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	cases := []struct {
		text, name string
		roles      []string
		titles     []string
	}{
		{"市委书记何雄出席会议并作重要讲话。", "何雄", []string{"attendee", "speaker"}, []string{"市委书记"}},
		{"市委常委、市纪委书记阮金泉主持会议。", "阮金泉", []string{"chair"}, []string{"市委常委", "市纪委书记"}},
		{"(记者 王振巍 张同乐", "张同乐", []string{"author"}, []string{"记者"}},
		{"责任编辑:李俊", "李俊", []string{"editor"}, []string{"责任编辑"}},
		{"副市长王建国来到现场。", "王建国", []string{"mentioned"}, []string{"副市长"}},
		{"市领导王大明、李小刚，市委组织部部长刘汉征出席会议。", "王大明", []string{"attendee"}, []string{"市领导"}},
		{"河南省委书记张三指出，要抓好落实。", "张三", []string{"speaker"}, []string{"河南省委书记"}},
		{"项目得到国务院副总理刘延东的肯定。", "刘延东", []string{"mentioned"}, []string{"国务院副总理"}},
		{"美国总统拜登表示，将继续谈判。", "拜登", []string{"speaker"}, []string{"美国总统"}},
	}
	for _, c := range cases {
		var found bool
		for _, p := range run(t, Options{NoModel: true}, c.text) {
			if p.Name != c.name {
				continue
			}
			found = true
			roles := append([]string(nil), p.Roles...)
			if strings.Join(sorted(roles), ",") != strings.Join(sorted(c.roles), ",") {
				t.Errorf("%s: %s roles %q, want %q", c.text, c.name, p.Roles, c.roles)
			}
			if !reflect.DeepEqual(p.Titles, c.titles) {
				t.Errorf("%s: %s titles %q, want %q", c.text, c.name, p.Titles, c.titles)
			}
		}
		if !found {
			t.Errorf("%s: %s not found", c.text, c.name)
		}
	}
}

func sorted(xs []string) []string {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

func TestUserNamesAndBlocks(t *testing.T) {
	text := "会上，小明和高度赞扬了工作。市委书记何雄讲话。"
	got := names(t, Options{NoModel: true, Names: []string{"小明"}, NotNames: []string{"何雄"}}, text)
	if !reflect.DeepEqual(got, []string{"小明"}) {
		t.Errorf("got %q, want [小明]", got)
	}
}

func TestProtected(t *testing.T) {
	s, _ := New(Options{NoModel: true})
	doc := newDoc(t, "市委书记何雄出席。何雄指出，要抓落实。")
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	var nr, nnt int
	for _, p := range doc.Protected {
		switch p.Pos {
		case "nr":
			nr++
			if doc.SpanText(p.Span) != "何雄" {
				t.Errorf("protected nr span %v covers %q", p.Span, doc.SpanText(p.Span))
			}
		case "nnt":
			nnt++
		}
	}
	if nr != 2 {
		t.Errorf("%d nr spans, want 2", nr)
	}
}
