package meta

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPrechecksMatchRegexps checks that every pre-check answers exactly as
// the regular expression it stands in for, on random lines built from the
// pieces those expressions look for.
func TestPrechecksMatchRegexps(t *testing.T) {
	pieces := []string{":", "：", " ", "\t", "\u3000", "发", "布", "时间", "来源", "作者", "阅读数", "首页", ">", "各位代表",
		"，", "同志们", "女士们、先生们", "版权所有", "ICP备", "门户网站", "重点新闻", "网", "2026", "-", "1", "a", "f", "0",
		"0123456789abcdef", "年", "月", "日", "【", "(", "（", "[", "\n", "编辑", "责任", "正文", "。", "x"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		line := b.String()
		checks := []struct {
			name      string
			got, want bool
		}{
			{"labels", twoLabels(line), len(labelRe.FindAllStringIndex(line, -1)) >= 2},
			{"banner", isBanner(line), bannerRe.MatchString(line)},
			{"breadcrumb", isBreadcrumb(line), breadcrumbRe.MatchString(line)},
			{"salutation", isSalutation(line), salutationRe.MatchString(line)},
			{"field line", isFieldLine(line), fieldLineRe.MatchString(line)},
			{"hash", isHash(line), hashRe.MatchString(line)},
			{"bare date", isBareDate(line), bareDateRe.MatchString(line)},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Fatalf("%s(%q) = %v, the regular expression says %v", c.name, line, c.got, c.want)
			}
		}
	}
}
