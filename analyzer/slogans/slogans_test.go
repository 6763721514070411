package slogans_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
	dict "github.com/wenxi-nlp/wenxi/dict/slogans"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

func repoPath(rel string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", rel)
}

func extract(t *testing.T, text string) map[string]analyzer.Slogan {
	t.Helper()
	items, err := slogans.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]analyzer.Slogan{}
	for _, it := range items {
		out[it.Text] = it
	}
	return out
}

// TestCases: each text must yield the listed items with their kinds and
// must not yield the items listed as absent.
func TestCases(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string]string // text → kind
		absent     []string
	}{
		{name: "quoted formula and head word", text: "协调推进“四个全面”战略布局。",
			want: map[string]string{"四个全面": analyzer.KindNumbered}},
		{name: "bare glossary formula", text: "全面推进乡村振兴，做好三农工作，落实八项规定精神。",
			want: map[string]string{"三农": analyzer.KindNumbered, "八项规定": analyzer.KindNumbered}},
		{name: "counts are not formulas", text: "用三个月时间完成五个项目，增长两个百分点，实施三年行动。一是抓发展，二要保民生。第一，要稳增长。",
			absent: []string{"三个月", "五个项目", "两个百分点", "三年行动", "一是", "二要", "第一"}},
		{name: "repeated look-alike pairs", text: "一代一代传下去，一代一代传下去。独一无二的名片，独一无二的名片。三省一市协同，三省一市联动。千行百业，千行百业。一对一帮扶，一对一帮扶。推进一村一品，一村一品特色产业。",
			want:   map[string]string{"一村一品": analyzer.KindNumbered},
			absent: []string{"一代一代", "一无二的", "三省一市", "千行百业", "一对一帮", "一对一帮扶"}},
		{name: "ordinals and idioms", text: "深入贯彻党的二十大精神，千方百计稳就业，一心一意谋发展。",
			absent: []string{"二十大", "千方百计", "一心一意"}},
		{name: "unit after a glossary prefix", text: "新建道路三公里，压减三公经费。",
			want: map[string]string{"三公": analyzer.KindNumbered}},
		{name: "quoted counts are coinages, not numbered", text: "打造“一刻钟便民生活圈”。",
			want: map[string]string{"一刻钟便民生活圈": analyzer.KindQuoted}},
		{name: "quoted numeral-led coinages are numbered", text: "建立“三张清单”制度，办好“十件民生实事”，实施“3个100万”工程，推进“四区一高地”建设。",
			want: map[string]string{"三张清单": analyzer.KindNumbered, "十件民生实事": analyzer.KindNumbered,
				"3个100万": analyzer.KindNumbered, "四区一高地": analyzer.KindNumbered}},
		{name: "clock time, weights and common words keep quoted numeral phrases coinages", text: "构建“一小时通勤圈”，稳定“千亿斤粮食”产能，实现“百姓富”目标，打响“四川造”品牌。",
			want: map[string]string{"一小时通勤圈": analyzer.KindQuoted, "千亿斤粮食": analyzer.KindQuoted, "百姓富": analyzer.KindQuoted, "四川造": analyzer.KindQuoted}},
		{name: "titles need a document ending", text: "编纂《河西走廊通史》，修订《现代汉语词典》，印发《关于加快发展的意见》，实施《中国制造2025》。",
			want:   map[string]string{"关于加快发展的意见": analyzer.KindDocument, "中国制造2025": analyzer.KindDocument},
			absent: []string{"河西走廊通史", "现代汉语词典"}},
		{name: "parallel lists are formulas", text: "构建“不敢腐、不能腐、不想腐”体制机制，克服“机关化、行政化、贵族化、娱乐化”倾向。",
			want: map[string]string{"不敢腐、不能腐、不想腐": analyzer.KindQuoted, "机关化、行政化、贵族化、娱乐化": analyzer.KindQuoted}},
		{name: "bare formula cores before a join verb", text: "推进五育融合，坚持三治融合，实现京津冀三地协同发展和两岸融合发展。",
			want:   map[string]string{"五育": analyzer.KindNumbered, "三治": analyzer.KindNumbered},
			absent: []string{"三地", "两岸"}},
		{name: "nested titles and the fifth legal-education plan", text: "印发《关于贯彻落实《全国红色旅游发展规划纲要》的实施意见》，“五五”普法顺利完成。",
			want: map[string]string{"关于贯彻落实《全国红色旅游发展规划纲要》的实施意见": analyzer.KindDocument,
				"全国红色旅游发展规划纲要": analyzer.KindDocument, "五五": analyzer.KindPlan}},
		{name: "record runs with a grade are not formulas", text: "绩效评价“九连A”，考核“六连A”。",
			absent: []string{"九连A", "六连A"}},
		{name: "parts of a known slogan quoted alone", text: "聚焦“经济强”“百姓富”，坚持“一国两制”“港人治港”。",
			want: map[string]string{"经济强": analyzer.KindQuoted, "百姓富": analyzer.KindQuoted, "港人治港": analyzer.KindQuoted}},
		{name: "per-unit forms need no head", text: "坚持一区一策提升新城，一校一策促进转化，一村一策制定预案。一代一代传下去，一对一帮扶。",
			want:   map[string]string{"一区一策": analyzer.KindNumbered, "一校一策": analyzer.KindNumbered, "一村一策": analyzer.KindNumbered},
			absent: []string{"一代一代", "一对一帮"}},
		{name: "a closed N个X the text repeats", text: "切实抓好两个关键小事，生活垃圾分类和物业管理。深化两个关键小事，提升服务。做好三个方面，落实三个方面。增长两个百分点，又增两个百分点。抓好三个重点，突出三个重点。",
			want:   map[string]string{"两个关键小事": analyzer.KindNumbered},
			absent: []string{"三个方面", "两个百分点", "三个重点"}},
		{name: "a closed N个X written once is a count", text: "切实抓好两个关键小事，提升服务。",
			absent: []string{"两个关键小事"}},
		{name: "bare 双X before a head", text: "严格落实地下水水位水量双评要求，开展双减工作。推进双向开放，双方合作。",
			want:   map[string]string{"双评": analyzer.KindNumbered, "双减": analyzer.KindNumbered},
			absent: []string{"双向", "双方"}},
		{name: "a programme head keeps a dictionary-word formula", text: "开展儿童健康“五小”专项行动。",
			want: map[string]string{"五小": analyzer.KindNumbered}},
		{name: "current glossary formulas", text: "深刻把握五个必须统筹，围绕七个聚焦，落实九个坚持，抓好四个一批。",
			want:   map[string]string{"五个必须统筹": analyzer.KindNumbered, "七个聚焦": analyzer.KindNumbered, "九个坚持": analyzer.KindNumbered, "四个一批": analyzer.KindNumbered},
			absent: []string{"五个必须"}},
		{name: "paired form with head", text: "严格落实四水四定要求。",
			want: map[string]string{"四水四定": analyzer.KindNumbered}},
		{name: "plans", text: "“十四五”圆满收官，十五五开局良好。",
			want: map[string]string{"十四五": analyzer.KindPlan, "十五五": analyzer.KindPlan}},
		{name: "plus coinage", text: "深化“人工智能+”行动，推进“文旅+百业”融合。",
			want: map[string]string{"人工智能+": analyzer.KindQuoted, "文旅+百业": analyzer.KindQuoted}},
		{name: "digit formula", text: "聚焦“1+2+4+N”目标任务体系和“3+X”模式。",
			want: map[string]string{"1+2+4+N": analyzer.KindNumbered, "3+X": analyzer.KindNumbered}},
		{name: "place names and common words are not numerals", text: "打造“四川造”品牌，推行“双向揭榜挂帅”。",
			want: map[string]string{"四川造": analyzer.KindQuoted, "双向揭榜挂帅": analyzer.KindQuoted}},
		{name: "code plus is a coinage", text: "推进“5G+”应用。", want: map[string]string{"5G+": analyzer.KindQuoted}},
		{name: "digit-bearing names are not coinages", text: "“红薯7号”连续三年领先，入选“2024全国文旅创新发展案例”，推进“205项目”复建，落实“240小时过境免签”，推广“1+N”模式，实施“交旅1号工程”。",
			want:   map[string]string{"240小时过境免签": analyzer.KindQuoted, "1+N": analyzer.KindNumbered, "交旅1号工程": analyzer.KindQuoted},
			absent: []string{"红薯7号", "2024全国文旅创新发展案例", "205项目"}},
		{name: "figurative endings and metrics", text: "一批“银种子”茁壮成长，城区提质“强内功”，老企业“老树发新芽”，街区“烟火气”回归，寻求“最优解”，产业“含金量”提升，推进“放管服”改革。",
			want:   map[string]string{"放管服": analyzer.KindQuoted},
			absent: []string{"银种子", "强内功", "老树发新芽", "烟火气", "最优解", "含金量"}},
		{name: "双 with an outcome sums up two figures", text: "游客和消费双提升，事故起数和死亡人数“双下降”，面积和强度“双缩减”，推进“双碳”工作，落实碳排放双控要求。",
			want:   map[string]string{"双碳": analyzer.KindNumbered, "双控": analyzer.KindNumbered},
			absent: []string{"双提升", "双下降", "双缩减"}},
		{name: "brand mark and IP after a quote", text: "“飞马”牌自行车畅销，打造“雪域之巅”IP，打响“好客山东”品牌。",
			want:   map[string]string{"好客山东": analyzer.KindQuoted},
			absent: []string{"飞马", "雪域之巅"}},
		{name: "documents, not works of art", text: "贯彻《中华人民共和国民营经济促进法》，电影《柳青》获奖，入选《科学》年度十大突破。",
			want:   map[string]string{"中华人民共和国民营经济促进法": analyzer.KindDocument},
			absent: []string{"柳青", "科学"}},
		{name: "awards, ships, satellites, honours", text: "塞罕坝林场荣获联合国“土地生命奖”，“雪龙2”号远航，“吉林一号”卫星组网，专精特新“小巨人”企业达450家，全球“灯塔工厂”3家。",
			absent: []string{"土地生命奖", "雪龙2", "吉林一号", "小巨人", "灯塔工厂"}},
		{name: "date labels", text: "“五一”假期客流增长，“7·20”特大暴雨灾后重建。",
			absent: []string{"五一", "7·20"}},
		{name: "emphasis and metaphors", text: "牢牢牵住“牛鼻子”，攻克“卡脖子”技术，在国家考核中获得“好”的等次，成为令人向往的“诗与远方”。",
			absent: []string{"牛鼻子", "卡脖子", "好", "诗与远方"}},
		{name: "dictionary metaphors", text: "搬开“绊脚石”，赶走“拦路虎”，占据全省经济“半壁江山”，当好“排头兵”。",
			absent: []string{"绊脚石", "拦路虎", "半壁江山", "排头兵"}},
		{name: "figures after figurative verbs", text: "打通养老服务“最后一公里”，当好服务企业“店小二”，认真学习《党章》。",
			want:   map[string]string{"党章": analyzer.KindDocument},
			absent: []string{"最后一公里", "店小二"}},
		{name: "figurative endings", text: "做好巡视“后半篇文章”，下好“先手棋”，念好“山海经”，提高“得补率”。",
			absent: []string{"后半篇文章", "先手棋", "山海经", "得补率"}},
		{name: "descriptions and two-character emphasis", text: "研讨“女生的核心素养培育”等热点，给“严管”带来压力。",
			absent: []string{"女生的核心素养培育", "严管"}},
		{name: "a/an is not a count", text: "学院有一个明确定位，这是一种客观要求，形成三位一体格局。",
			want: map[string]string{"三位一体": analyzer.KindNumbered}, absent: []string{"一个明确", "一种客观"}},
		{name: "straight quotes", text: `深化"放管服"改革，推进"最多跑一次"。`,
			want: map[string]string{"放管服": analyzer.KindQuoted, "最多跑一次": analyzer.KindQuoted}},
		{name: "reported speech", text: "他说：“我们要把群众的事情办好，让群众满意，这是我们的责任。”",
			absent: []string{"我们要把群众的事情办好，让群众满意，这是我们的责任"}},
		{name: "banner slogan", text: "会场悬挂“不忘初心、牢记使命，奋力谱写新篇章”横幅。",
			want: map[string]string{"不忘初心、牢记使命，奋力谱写新篇章": analyzer.KindQuoted}},
		{name: "problem labels", text: "企业面临“数据壁垒”制约，银行偏向于“抢大户、争快钱”。着力治理“入学难”问题。",
			absent: []string{"数据壁垒", "抢大户、争快钱", "入学难"}},
		{name: "honours and facilities", text: "推进“燕赵工匠”培育，建设“职工书屋”，评选“最美教师”，打造“国际美食之都”。实施“江淮英才计划”。",
			want:   map[string]string{"江淮英才计划": analyzer.KindQuoted},
			absent: []string{"燕赵工匠", "职工书屋", "最美教师", "国际美食之都"}},
		{name: "metaphors for a role or a gap", text: "打破“数据孤岛”，发挥“稳定器”作用，把“规划图”变成“施工图”。",
			absent: []string{"数据孤岛", "稳定器", "规划图", "施工图"}},
		{name: "a list of topics with a description", text: "研究热点如“课堂转型”“学生的创新素养培育”等。抓好“两重”“两新”。",
			want:   map[string]string{"两重": analyzer.KindNumbered, "两新": analyzer.KindNumbered},
			absent: []string{"课堂转型"}},
		{name: "record runs and service numbers", text: "粮食生产实现“二十连丰”，全运会实现五连冠。“12345”热线受理诉求。",
			absent: []string{"二十连丰", "五连冠", "12345"}},
		{name: "two-character coinages before a programme head", text: "开展“净网”行动，落实“并重”“并举”重要要求，“严管”带来压力。",
			want:   map[string]string{"净网": analyzer.KindQuoted, "并重": analyzer.KindQuoted, "并举": analyzer.KindQuoted},
			absent: []string{"严管"}},
		{name: "programme names and lists with a name ending", text: "实施人才“十百千”计划，推进“好学校、好医院、好园区”建设，启动“科技特区”计划。",
			want: map[string]string{"十百千": analyzer.KindNumbered, "好学校、好医院、好园区": analyzer.KindQuoted, "科技特区": analyzer.KindQuoted}},
		{name: "parts of a formula and combinations", text: "深化“一核三翼多点”布局，把新园区纳入“多点”。完善“园区＋公司”运营模式。",
			want: map[string]string{"一核三翼多点": analyzer.KindNumbered, "多点": analyzer.KindQuoted, "园区＋公司": analyzer.KindQuoted}},
		{name: "roles as figures and Latin names", text: "支持新区示范带动“当先锋”，各区“做加法”。开通“两港一航快线EXPRESS”航线。",
			absent: []string{"当先锋", "做加法", "两港一航快线EXPRESS"}},
		{name: "honour titles by their start", text: "评选“最美家庭”，创建“最美乡村”。",
			absent: []string{"最美家庭", "最美乡村"}},
		{name: "days, festivals and exhibitions", text: "举办“全国科普日”活动和“民营企业家节”，“古代文明大展”观众如潮。",
			absent: []string{"全国科普日", "民营企业家节", "古代文明大展"}},
		{name: "official document kinds, not books or articles", text: "审议《关于设立党工委的请示》和《关于表彰先进集体的通报》，学习《新时代党员学习问答》《干部学习读本》和《坚持人民至上，牢固树立“四个意识”》。",
			want:   map[string]string{"关于设立党工委的请示": analyzer.KindDocument, "关于表彰先进集体的通报": analyzer.KindDocument, "四个意识": analyzer.KindNumbered},
			absent: []string{"新时代党员学习问答", "干部学习读本", "坚持人民至上，牢固树立“四个意识”"}},
		{name: "official reports, not studies", text: "审议《政府工作报告》和《关于2025年预算执行情况的报告》，听取《报告》说明，发布《2025年全省营商环境观察报告》《农村集贸市场调查体验报告》和《全球营商环境报告》。",
			want:   map[string]string{"政府工作报告": analyzer.KindDocument, "关于2025年预算执行情况的报告": analyzer.KindDocument, "报告": analyzer.KindDocument},
			absent: []string{"2025年全省营商环境观察报告", "农村集贸市场调查体验报告", "全球营商环境报告"}},
		{name: "campaigns going into a place", text: "推动“城市管理进社区”，举办“民族团结进步节”，建设“高新技术产业园区”。",
			want:   map[string]string{"城市管理进社区": analyzer.KindQuoted},
			absent: []string{"民族团结进步节", "高新技术产业园区"}},
		{name: "themes", text: "部长作了题为“适应新常态、打造新亮点，加快推进事业转型发展”的报告，作“民营企业增信心强预期”专题报告，要以“干干净净迎小康”为主题。",
			want: map[string]string{"适应新常态、打造新亮点，加快推进事业转型发展": analyzer.KindQuoted, "民营企业增信心强预期": analyzer.KindQuoted,
				"干干净净迎小康": analyzer.KindQuoted}},
		{name: "the word a count-up counts", text: "全会提出四个“必须”，概括了五大“历史意义”，回答了一个“根本问题”，为实现两个“一百年”奋斗目标指明方向。",
			want:   map[string]string{"一百年": analyzer.KindNumbered},
			absent: []string{"必须", "历史意义", "根本问题"}},
		{name: "outcome sums and counted meetings", text: "推动产值、税收、利润“三量齐增”，营收和利润“双翻番”，事故“三个持续下降”，传达学习三个大会精神。",
			absent: []string{"三量齐增", "三量", "双翻番", "三个持续下降", "三个大会"}},
		{name: "a glossary formula before a head word", text: "切实增强贯彻落实中央八项规定精神的思想自觉，坚持三农工作重中之重。",
			want:   map[string]string{"八项规定": analyzer.KindNumbered, "三农": analyzer.KindNumbered},
			absent: []string{"八项规定精神", "三农工作"}},
		{name: "the longest glossary formula wins", text: "围绕三保障查漏补缺，做好“土特产”文章。",
			want:   map[string]string{"三保障": analyzer.KindNumbered, "土特产": analyzer.KindQuoted},
			absent: []string{"三保"}},
		{name: "a quote the text calls a principle or a goal", text: "坚持“谁受益谁补偿”的原则，牢固树立“事事放心不下”的责任感，种出“当家吃饭”的产业。",
			want:   map[string]string{"谁受益谁补偿": analyzer.KindQuoted, "事事放心不下": analyzer.KindQuoted},
			absent: []string{"当家吃饭"}},
		{name: "lists of formulas, their glossary parts, inner and speech titles", text: "落实“党政同责、一岗双责”，发展“一村一品、一镇一业”。审议《关于修改〈城市旅游条例〉的决定》，印发《全县防汛应急预案》，学习《县长在全县工作会议上的讲话要点》。",
			want: map[string]string{"党政同责、一岗双责": analyzer.KindQuoted, "一岗双责": analyzer.KindNumbered, "一村一品、一镇一业": analyzer.KindNumbered,
				"关于修改〈城市旅游条例〉的决定": analyzer.KindDocument, "城市旅游条例": analyzer.KindDocument, "全县防汛应急预案": analyzer.KindDocument},
			absent: []string{"县长在全县工作会议上的讲话要点"}},
		{name: "rules are documents", text: "印发《为企服务“首问责任制”工作规则》。",
			want: map[string]string{"为企服务“首问责任制”工作规则": analyzer.KindDocument}},
		{name: "bodies, posts and events named by a count", text: "听取市“两会”筹备情况汇报，“一府一委两院”领导出席，召开“两代表一委员”座谈会，推进“五大指挥部”项目，落实“三会一课”制度。",
			want:   map[string]string{"三会一课": analyzer.KindNumbered},
			absent: []string{"两会", "一府一委两院", "两代表一委员", "五大指挥部"}},
		{name: "a target of two figures past half", text: "确保实现上半年“双过半”目标。",
			absent: []string{"双过半"}},
		{name: "siblings of a glossary formula in a list", text: "围绕三精准、三保障、三落实，谋划脱贫攻坚工作；减少三个月、三保障支出。",
			want:   map[string]string{"三精准": analyzer.KindNumbered, "三保障": analyzer.KindNumbered, "三落实": analyzer.KindNumbered},
			absent: []string{"三个月"}},
		{name: "slogan parts of a glossary slogan", text: "“农业强”的基石更加稳固、“农村美”的形态更加凸显。抓住领导干部这个“关键少数”。",
			want: map[string]string{"农业强": analyzer.KindQuoted, "农村美": analyzer.KindQuoted, "关键少数": analyzer.KindQuoted}},
		{name: "a count before a join verb is no formula core", text: "抓好闽东北、闽西南两大协同发展区建设，推进三医联动。",
			want:   map[string]string{"三医": analyzer.KindNumbered},
			absent: []string{"两大"}},
		{name: "parts of a quoted list quoted alone, quotes inside a quote", text: "开展以“尊商、重商、亲商、安商”为主要内容的整改。在“亲商”方面要抓长抓常。实现短期‘保收成’、中期‘打基础’的“工作目标”。",
			want: map[string]string{"尊商、重商、亲商、安商": analyzer.KindQuoted, "亲商": analyzer.KindQuoted}},
		{name: "a designation inside a quoted slogan stays out", text: "努力建设“‘世界中医药之都’的核心区、中医药产业的集聚区、健康服务的示范区”。",
			absent: []string{"世界中医药之都"}},
		{name: "two spellings of one slogan are judged once", text: "开展“不忘初心、牢记使命”主题教育，巩固“不忘初心 牢记使命”主题教育成果。",
			want: map[string]string{"不忘初心、牢记使命": analyzer.KindQuoted, "不忘初心 牢记使命": analyzer.KindQuoted}},
		{name: "digit-led coinages are numbered unless the digits measure time", text: "推进“613工程”建设，出台“30条”措施，打造“10分钟体育健身圈”。",
			want: map[string]string{"613工程": analyzer.KindNumbered, "30条": analyzer.KindNumbered, "10分钟体育健身圈": analyzer.KindQuoted}},
		{name: "abbreviations", text: "成立公共资源管理办公室（以下简称“资管办”），落实《中华人民共和国民营经济促进法》（简称“促进法”）。",
			absent: []string{"资管办", "促进法"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := extract(t, c.text)
			for text, kind := range c.want {
				it, ok := got[text]
				if !ok {
					t.Errorf("missing %q (got %v)", text, keys(got))
					continue
				}
				if it.Kind != kind {
					t.Errorf("%q: kind %s, want %s", text, it.Kind, kind)
				}
			}
			for _, text := range c.absent {
				if _, ok := got[text]; ok {
					t.Errorf("%q reported, should not be", text)
				}
			}
		})
	}
}

// TestKnownItemsSkipCues: a phrase the training texts label an item
// (known.tsv: 重要窗口 1 text, 0 not) is weighed by the model even where a
// cue (a quoted modifier before 的) would turn it down; the rules alone
// keep the cue.
func TestKnownItemsSkipCues(t *testing.T) {
	const text = "持续擦亮“重要窗口”的金名片。"
	has := func(items []analyzer.Slogan) bool {
		return slices.ContainsFunc(items, func(it analyzer.Slogan) bool { return it.Text == "重要窗口" })
	}
	items, err := slogans.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	if !has(items) {
		t.Errorf("with the model: 重要窗口 missing (got %v)", items)
	}
	items, err = slogans.ExtractWith(text, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if has(items) {
		t.Errorf("rules alone: 重要窗口 reported, the 的 cue should turn it down")
	}
}

// TestRulesAccept: quotes the rules must not turn down (the model may
// still weigh them).
func TestRulesAccept(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"坚持“当下改”和“长久立”相结合，整改到位。", "当下改"},                        // 当 of time, not the verb of a role (“当先锋”)
		{"坚持“谁投资谁受益”的原则。", "谁投资谁受益"},                             // a quote the text calls a principle
		{"一体推进“当下改”与“长久立”相结合。", "长久立"},                           // two watchwords to be combined
		{"学习“以学铸魂、以学增智、以学正风、以学促干”等重要论述。", "以学铸魂、以学增智、以学正风、以学促干"}, // parallel parts with a common start
		{"以“短期‘保收成’、中期‘打基础’、长期‘谱新篇’”为工作目标。", "打基础"},              // a part quoted inside an accepted slogan
		{"克服发展中“三座大山”（市场的冰山、融资的高山、转型的火山）的影响。", "三座大山"},           // an idiom the text defines as a formula
	} {
		items, err := slogans.ExtractWith(c.text, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(items, func(it analyzer.Slogan) bool { return it.Text == c.want }) {
			t.Errorf("%s: %q not accepted by the rules (got %v)", c.text, c.want, items)
		}
	}
}

// TestClauseNotNumbered: a quoted clause or sentence that starts with a
// numeral is never a numbered formula (the model may still judge it as a
// quoted coinage).
func TestClauseNotNumbered(t *testing.T) {
	for _, text := range []string{
		"他说“两家公司之所以走到一起来，是商业逻辑的驱动”。",
		"我们希望看到“一个稳定、开放、繁荣，负起建设更加和平世界责任的中国”。",
	} {
		items, err := slogans.ExtractWith(text, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if it.Kind == analyzer.KindNumbered {
				t.Errorf("%s: %q reported as numbered", text, it.Text)
			}
		}
	}
}

func keys(m map[string]analyzer.Slogan) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestDefinitions: expansions written in the text, before or after.
func TestDefinitions(t *testing.T) {
	cases := []struct{ text, item, want string }{
		{"必须准确把握政治性、先进性、群众性的“三性”基本定位。", "三性", "政治性|先进性|群众性"},
		{"建立舆情处置、信息发布、舆论引导“三同步”机制。", "三同步", "舆情处置|信息发布|舆论引导"},
		{"坚持“两个结合”，即把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。", "两个结合",
			"把马克思主义基本原理同中国具体实际相结合|同中华优秀传统文化相结合"},
		{"开展“三个年”活动（项目建设年、营商环境提升年、干部作风转变年）。", "三个年", "项目建设年|营商环境提升年|干部作风转变年"},
		{"严格落实“四水四定”（以水定城、以水定地、以水定人、以水定产）要求。", "四水四定", "以水定城|以水定地|以水定人|以水定产"},
		{"建立集“医疗、护理、保健”三位一体的服务体系。", "三位一体", "医疗|护理|保健"},
		{"管好农村集体“三资”，即资金、资产和资源。", "三资", "资金|资产|资源"},
		{"围绕“组织联建、党员联管、活动联搞、资源联用、服务联做”的“五联”主题开展活动。", "五联", "组织联建|党员联管|活动联搞|资源联用|服务联做"},
	}
	for _, c := range cases {
		it, ok := extract(t, c.text)[c.item]
		if !ok {
			t.Errorf("%s: %q not found", c.text, c.item)
			continue
		}
		if got := strings.Join(it.Expansion, "|"); got != c.want || it.ExpansionSource != "text" {
			t.Errorf("%q: expansion %q (%s), want %q from text", c.item, got, it.ExpansionSource, c.want)
		}
	}
	// Without a definition in the text the glossary supplies it.
	it := extract(t, "落实“两个维护”。")["两个维护"]
	if it.ExpansionSource != "glossary" || len(it.Expansion) != 2 {
		t.Errorf("两个维护: expansion %v (%s), want 2 items from the glossary", it.Expansion, it.ExpansionSource)
	}
}

type goldFile struct {
	Slogans []struct {
		Text            string   `json:"text"`
		Kind            string   `json:"kind"`
		Mentions        int      `json:"mentions"`
		Context         string   `json:"context"`
		ExpansionInText []string `json:"expansion_in_text"`
	} `json:"slogans"`
	Documents []string `json:"documents"`
}

// TestGoldenSample checks the sample article against its hand-made key:
// exactly its 10 slogans and 2 documents, 三性 expanded from the text.
func TestGoldenSample(t *testing.T) {
	b, err := os.ReadFile(repoPath("testdata/puyang-2015-11-02.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(repoPath("testdata/puyang-2015-11-02.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := analyzer.NewDocument("puyang", 0, string(text))
	if err := (analyzer.StructureStage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	st, _ := slogans.New(slogans.Options{})
	if err := st.Process(doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]analyzer.Slogan{}
	for _, it := range doc.Slogans {
		got[it.Text] = it
	}
	want := map[string]bool{}
	for _, g := range gold.Slogans {
		want[g.Text] = true
		it, ok := got[g.Text]
		if !ok {
			t.Errorf("missing slogan %q", g.Text)
			continue
		}
		if it.Kind != g.Kind {
			t.Errorf("%q: kind %s, want %s", g.Text, it.Kind, g.Kind)
		}
		if g.Mentions > 0 && it.Mentions != g.Mentions {
			t.Errorf("%q: %d mentions, want %d", g.Text, it.Mentions, g.Mentions)
		}
		if g.Context != "" && !strings.Contains(it.Context, g.Context) {
			t.Errorf("%q: context %q does not contain %q", g.Text, it.Context, g.Context)
		}
		if g.ExpansionInText != nil && (!slices.Equal(it.Expansion, g.ExpansionInText) || it.ExpansionSource != "text") {
			t.Errorf("%q: expansion %v (%s), want %v from text", g.Text, it.Expansion, it.ExpansionSource, g.ExpansionInText)
		}
		for i, sp := range it.Offsets {
			if s := doc.SpanText(sp); s != it.Text {
				t.Errorf("%q: offset %d covers %q", g.Text, i, s)
			}
		}
	}
	for _, d := range gold.Documents {
		want[d] = true
		if it, ok := got[d]; !ok || it.Kind != analyzer.KindDocument {
			t.Errorf("missing document %q", d)
		}
	}
	for text, it := range got {
		if !want[text] {
			t.Errorf("unexpected item %q (%s)", text, it.Kind)
		}
	}
	// Every mention of a formula, coinage or plan is protected for the
	// segmenter; documents and punctuated lists are not.
	prot := map[analyzer.Span]bool{}
	for _, p := range doc.Protected {
		prot[p.Span] = true
	}
	for _, it := range doc.Slogans {
		want := it.Kind != analyzer.KindDocument && !strings.Contains(it.Text, "、")
		for _, sp := range it.Offsets {
			if prot[sp] != want {
				t.Errorf("%q at %v: protected %v, want %v", it.Text, sp, prot[sp], want)
			}
		}
	}
}

// TestGlossary: size, sources, and agreement with the 42 party-building
// pairs in shared/data/slogans.
func TestGlossary(t *testing.T) {
	entries, err := dict.Glossary()
	if err != nil {
		t.Fatal(err)
	}
	withExp := 0
	byTerm := map[string]dict.Entry{}
	for _, e := range entries {
		if e.Source == "" {
			t.Errorf("%s: no source", e.Term)
		}
		if e.Expansion != nil {
			withExp++
		}
		byTerm[e.Term] = e
	}
	if withExp < 150 {
		t.Errorf("%d glossary formulas with expansions, want at least 150", withExp)
	}
	for _, must := range []string{"四个全面", "五位一体", "四个意识", "四个自信", "两个维护", "两个确立", "三严三实", "两学一做", "八项规定", "一带一路"} {
		if byTerm[must].Expansion == nil {
			t.Errorf("glossary lacks %s with its expansion", must)
		}
	}

	path := shared.Path(t, "data/slogans/party_building_qa_slogans.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Updated after the 2018 source: 四个全面's first item changed in 2020.
	updated := map[string]string{"全面建设社会主义现代化国家": "全面建成小康社会"}
	checked := 0
	for _, line := range strings.Split(string(b), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		term := strings.TrimPrefix(f[1], "党的")
		e, ok := byTerm[term]
		if !ok || e.Expansion == nil {
			continue
		}
		checked++
		theirs := normalize(f[2])
		for _, item := range e.Expansion {
			mine := normalize(item)
			if old, ok := updated[item]; ok {
				mine = normalize(old)
			}
			if !strings.Contains(theirs, mine) {
				t.Errorf("%s: item %q not in the shared expansion %q", term, item, f[2])
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d shared pairs matched glossary terms, want at least 20", checked)
	}
}

// normalize drops punctuation and the optional 发展 (区域协调(发展)战略) so
// wording variants of the same item compare equal.
func normalize(s string) string {
	s = strings.NewReplacer("发展", "", "实施", "").Replace(s)
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("，。、；：“”‘’ ,.;:", r) {
			return -1
		}
		return r
	}, s)
}

// TestEvaluationFloors keeps the check-set figures from regressing.
func TestEvaluationFloors(t *testing.T) {
	as, err := slogans.ReadAnnotations(repoPath("testdata/slogans"))
	if err != nil {
		t.Fatal(err)
	}
	var tuned, held []slogans.Score
	for _, a := range as {
		items, err := slogans.Extract(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		s := slogans.Evaluate(a, items)
		if a.HeldOut {
			held = append(held, s)
		} else {
			tuned = append(tuned, s)
		}
	}
	if len(tuned) < 3 || len(held) < 1 {
		t.Fatalf("want at least 3 tuned and 1 held-out annotated reports, got %d and %d", len(tuned), len(held))
	}
	for _, s := range []slogans.Score{slogans.Sum("tuned", tuned), slogans.Sum("held-out", held)} {
		t.Logf("%s: P %.3f R %.3f kind %.3f", s.Name, s.Precision, s.Recall, s.KindAccuracy)
		if s.Precision < 0.85 || s.Recall < 0.85 || s.KindAccuracy < 0.9 {
			t.Errorf("%s below floors: %+v", s.Name, s)
		}
	}
}

// TestLinearTime: a 10 MB document is processed in seconds.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	b, err := os.ReadFile(repoPath("testdata/puyang-2015-11-02.txt"))
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat(string(b), 10<<20/len(b))
	start := time.Now()
	items, err := slogans.Extract(big)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("10 MB took %v", d)
	} else {
		t.Logf("%d MB in %v, %d items", len(big)>>20, d, len(items))
	}
	// Adversarial texts: unclosed quotes, numeral runs, one long line.
	for _, unit := range []string{"“一二", "三严三实", "《“”", "一二三四五六七八九十", "“三个”、"} {
		text := strings.Repeat(unit, 2<<20/len(unit))
		start := time.Now()
		if _, err := slogans.Extract(text); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("2 MB of %q took %v", unit, d)
		}
	}
}

// FuzzExtract: any text yields items whose offsets cover their text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"“四个全面”", "《》“”", "三个", "“十四五”规划", "“\n”", "一二三四五六七八九十", "\"a\"", "政治性、先进性、群众性的“三性”",
		"《关于《《纲要》》的意见》", "《《", "五育融合", "“五五”普法", "“不敢腐、不能腐、”", "“、、、”横幅"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		items, err := slogans.Extract(s)
		if err != nil {
			t.Fatal(err)
		}
		r := []rune(s)
		for _, it := range items {
			for _, sp := range it.Offsets {
				if sp.Start < 0 || sp.End > len(r) || sp.Start >= sp.End {
					t.Fatalf("%q: bad span %v", it.Text, sp)
				}
				if it.Kind != analyzer.KindDocument && string(r[sp.Start:sp.End]) != it.Text {
					t.Fatalf("%q: span %v covers %q", it.Text, sp, string(r[sp.Start:sp.End]))
				}
			}
		}
	})
}

func BenchmarkExtract1MB(b *testing.B) {
	text, err := os.ReadFile(repoPath("testdata/puyang-2015-11-02.txt"))
	if err != nil {
		b.Fatal(err)
	}
	big := strings.Repeat(string(text), 1<<20/len(text))
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := slogans.Extract(big); err != nil {
			b.Fatal(err)
		}
	}
}
