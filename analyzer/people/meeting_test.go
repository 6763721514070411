package people

import (
	"strings"
	"testing"
)

// TestMeetingPatterns covers the usual ways meeting reports give roles.
func TestMeetingPatterns(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // name → sorted roles joined by ,
	}{
		{"会议由市委副书记张建国主持。", map[string]string{"张建国": "chair"}},
		{"市委常委、秘书长李明华，副市长王立新参加会议。", map[string]string{"李明华": "attendee", "王立新": "attendee"}},
		{"省委书记赵国强在会上讲话。", map[string]string{"赵国强": "speaker"}},
		{"刘振华、陈立军等领导出席会议。", map[string]string{"刘振华": "attendee", "陈立军": "attendee"}},
		{"出席会议的还有市领导刘振华、陈立军。", map[string]string{"刘振华": "attendee", "陈立军": "attendee"}},
		{"市长王立新主持会议并讲话。", map[string]string{"王立新": "chair,speaker"}},
		{"副市长周文明传达了全省工作会议精神。", map[string]string{"周文明": "speaker"}},
		{"（记者 张建国 通讯员 李小红）", map[string]string{"张建国": "author", "李小红": "author"}},
		{"文/王立新 图/周文明", map[string]string{"王立新": "author", "周文明": "author"}},
		{"编辑：王立新 审核：赵国强", map[string]string{"王立新": "editor", "赵国强": "editor"}},
		{"会议由市长李华主持，市委书记张强出席并讲话。", map[string]string{"李华": "chair", "张强": "attendee,speaker"}},
		{"1月27日，艾尔肯·吐尼亚孜代表自治区人民政府，向大会作政府工作报告。", map[string]string{"艾尔肯·吐尼亚孜": "speaker"}},
		{"市长李华就做好下一步工作提出要求。", map[string]string{"李华": "speaker"}},
		{"市领导王芳、刘伟，以及各县主要负责同志参加会议。", map[string]string{"王芳": "attendee", "刘伟": "attendee"}},
		{"市委书记张强出席会议。他强调，要守住底线。", map[string]string{"张强": "attendee,speaker"}},
		{"市领导张建国同志、李明华同志、王立新同志出席会议。", map[string]string{"张建国": "attendee", "李明华": "attendee", "王立新": "attendee"}},
		{"本报记者专访省农科院院长刘振东。\n记者：今年形势如何？\n刘振东：总体向好。", map[string]string{"刘振东": "speaker"}},
		{"市委书记张强出席会议，市长李华主持。他强调，要守住底线。", map[string]string{"张强": "attendee", "李华": "chair"}},
		{"会议传达学习了习近平总书记在民营企业座谈会上的重要讲话精神。", map[string]string{"习近平": "mentioned"}},
		{"会议传达了省委常委、市委书记赵国强在调研时的讲话精神。", map[string]string{"赵国强": "mentioned"}},
		{"会议指出，习近平总书记强调，要坚持人民至上。", map[string]string{"习近平": "speaker"}},
		{"县委书记侯建明主持会议并讲话。县政协主席潘志刚,县委常委,县直有关部门负责同志参加。", map[string]string{"侯建明": "chair,speaker", "潘志刚": "attendee"}},
		{"县长李建国、县委副书记彭志明等全体在家县领导参加。", map[string]string{"李建国": "attendee", "彭志明": "attendee"}},
		{"区委副书记范志明领学全会精神。副区长李国华作关于条例草案的说明。", map[string]string{"范志明": "speaker", "李国华": "speaker"}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, p := range run(t, Options{NoModel: true}, c.text) {
			got[p.Name] = strings.Join(sorted(append([]string(nil), p.Roles...)), ",")
		}
		for name, roles := range c.want {
			if got[name] != roles {
				t.Errorf("%s: %s roles %q, want %q (all: %v)", c.text, name, got[name], roles, got)
			}
		}
		for name := range got {
			if _, ok := c.want[name]; !ok {
				t.Errorf("%s: false person %s", c.text, name)
			}
		}
	}
}

// TestLeadersAndPostTitles: well-known leaders are found from one embedded
// mention, titles written after a name are kept, a role verb after such a
// title makes a name, and model spans lose the brackets they run into.
func TestLeadersAndPostTitles(t *testing.T) {
	cases := []struct {
		opts   Options
		text   string
		titles map[string]string // name → titles joined by ,
	}{
		{Options{NoModel: true}, "全县要深入贯彻习近平总书记在中央农村工作会议上的重要讲话精神。", map[string]string{"习近平": "总书记"}},
		{Options{NoModel: true}, "坚持马克思列宁主义、毛泽东思想、邓小平理论。", map[string]string{"马克思": "", "毛泽东": "", "邓小平": ""}},
		{Options{NoModel: true}, "赵建华书记强调，要抓好落实。", map[string]string{"赵建华": "书记"}},
		{Options{NoModel: true}, "区委书记王立新主持会议。会后，王立新书记强调，要守住底线。", map[string]string{"王立新": "区委书记"}},
		{Options{NoModel: true}, "人们纪念周总理。", map[string]string{}},
		{Options{}, "本报讯 (记者 马治卫 通讯员潘全喜) 8月3日，县委召开会议。", map[string]string{"马治卫": "记者", "潘全喜": "通讯员"}},
		{Options{}, "华东师范大学马克思主义学院教授周敬青作辅导报告，要坚持马克思主义的指导地位。", map[string]string{"周敬青": "教授"}},
		{Options{}, "2021-03-16 09:53:40来源:湖北日报编辑:李燕责编:李玥", map[string]string{"李燕": "湖北日报编辑", "李玥": "责编"}},
		{Options{NoModel: true}, "要按照省委书记王建国同志提出的要求抓落实。", map[string]string{"王建国": "省委书记"}},
		{Options{NoModel: true}, "县领导甘建华、侯志明出席。会上，县长甘建华强调，要抓好落实。", map[string]string{"甘建华": "县长", "侯志明": "县领导"}},
		{Options{NoModel: true}, "校纪委书记张志昌讲话。", map[string]string{"张志昌": "校纪委书记"}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, p := range run(t, c.opts, c.text) {
			got[p.Name] = strings.Join(p.Titles, ",")
		}
		if len(got) != len(c.titles) {
			t.Errorf("%s: people %v, want %v", c.text, got, c.titles)
			continue
		}
		for name, titles := range c.titles {
			if g, ok := got[name]; !ok || g != titles {
				t.Errorf("%s: %s titles %q (found %v), want %q", c.text, name, g, ok, titles)
			}
		}
	}
}
