#!/usr/bin/env bash
# Meeting-brief figures (wenxi summary / analyze).
#  1. Metadata on the 23 provincial 2026 work reports (web pages with chrome
#     at the top, footers at the end): the page title and publication date
#     found by the meta stage against the CSV's own title and publish_date
#     columns (an independent record of the same page), a plausible event
#     date (January/February 2026) and meeting name (…人民代表大会…会议),
#     and no page chrome in any summary sentence.
#  2. The sample: gold metadata fields equal, 何雄 >= 7 statements, 阮金泉 1.
#  3. Speed: wenxi summary on a 10 MB document (the sample body repeated):
#     wall and CPU time, max RSS; the ceilings (CPU, RSS) sit well above
#     what was measured.
set -euo pipefail
cd "$(dirname "$0")/.."
PROV=../shared/data/news-corpus/provincial_gov_reports_2026
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/wenxi" ./cmd/wenxi
W=$tmp/wenxi

# 1. Provincial reports: write each full_text to its own file, keep the
#    CSV columns aside as the reference.
/usr/bin/python3 - "$PROV" "$tmp" <<'PY'
import csv, glob, json, os, sys
csv.field_size_limit(1 << 30)
src, tmp = sys.argv[1], sys.argv[2]
os.makedirs(tmp + "/prov")
ref = {}
for path in sorted(glob.glob(src + "/*.csv")):
    with open(path, encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    name = os.path.basename(path)[:-4] + ".txt"
    with open(tmp + "/prov/" + name, "w", encoding="utf-8") as f:
        f.write(row["full_text"])
    ref[tmp + "/prov/" + name] = {"title": row["title"], "date": row["publish_date"]}
json.dump(ref, open(tmp + "/ref.json", "w"))
PY
"$W" summary --format jsonl "$tmp"/prov/*.txt >"$tmp/prov.jsonl"
read -r n title date event meeting leak <<<"$(/usr/bin/python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
ref = json.load(open(tmp + "/ref.json"))
n = title = date = event = meeting = leak = 0
# Page chrome: a sentence that starts like a chrome line or holds a
# chrome phrase (plain words such as 全屏 also occur inside body text).
starts = ["下载", "打印", "全屏", "收藏", "分享", "来源：", "来源:", "时间：", "编辑：", "作者："]
holds = ["【字号", "【字体", "相关报道：", "扫一扫在手机", "打印本页", "关闭窗口", "责任编辑"]
for line in open(tmp + "/prov.jsonl", encoding="utf-8"):
    r = json.loads(line)
    want = ref[r["source"]]
    m = r.get("meta") or {}
    n += 1
    title += m.get("title", "") == want["title"]
    date += m.get("published", "")[:10] == want["date"]
    event += "2026-01-01" <= m.get("event_date_iso", "") <= "2026-02-28"
    name = (m.get("meeting") or {}).get("name", "")
    meeting += "人民代表大会" in name and name.endswith("会议")
    for s in r.get("summary") or []:
        t = s["text"]
        leak += any(t.startswith(c) for c in starts) or any(c in t for c in holds)
print(n, title, date, event, meeting, leak)
PY
)"
echo "meta on $n provincial report pages: title = CSV title $title/$n, published date = CSV publish_date $date/$n, event date in Jan-Feb 2026 $event/$n, meeting name …人民代表大会…会议 $meeting/$n; chrome in summary sentences: $leak"

# 2. The sample.
"$W" summary --format json testdata/puyang-2015-11-02.txt >"$tmp/sample.json"
read -r metaok he ruan <<<"$(/usr/bin/python3 - "$tmp/sample.json" testdata/puyang-2015-11-02.gold.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); gold = json.load(open(sys.argv[2]))["meta"]
m = r["meta"]
ok = sum(m.get(k) == v for k, v in gold.items())
by = {}
for s in r["statements"]:
    by[s["speaker"]] = by.get(s["speaker"], 0) + 1
print("%d/%d" % (ok, len(gold)), by.get("何雄", 0), by.get("阮金泉", 0))
PY
)"
echo "sample: gold meta fields equal $metaok; statements 何雄 $he (want >= 7), 阮金泉 $ruan (want 1)"

# 3. Speed on 10 MB.
/usr/bin/python3 - testdata/puyang-2015-11-02.txt "$tmp/big.txt" <<'PY'
import sys
body = open(sys.argv[1], encoding="utf-8").read().split("\n", 5)[5]
out, size = [], 0
while size < 10 << 20:
    out.append(body); size += len(body.encode())
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
/usr/bin/time -v "$W" summary --format json "$tmp/big.txt" >"$tmp/big.json" 2>"$tmp/time.txt"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$tmp/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/time.txt")
echo "speed: wenxi summary on a $(($(stat -c %s "$tmp/big.txt") >> 20)) MB document: ${secs}s wall, ${cpu}s CPU (user+sys), ${rss} MB max RSS"

fail=0
floor() { # name value min
	if awk -v v="$2" -v m="$3" 'BEGIN { exit !(v < m) }'; then echo "FAIL: $1 = $2 below floor $3"; fail=1; fi
}
ceiling() { # name value max
	if awk -v v="$2" -v m="$3" 'BEGIN { exit !(v > m) }'; then echo "FAIL: $1 = $2 above ceiling $3"; fail=1; fi
}
floor "provincial titles" "$title" 19
floor "provincial published dates" "$date" 19
floor "provincial event dates" "$event" 22
floor "provincial meeting names" "$meeting" 22
ceiling "chrome in summaries" "$leak" 0
[ "$metaok" = "7/7" ] || { echo "FAIL: sample meta $metaok"; fail=1; }
floor "何雄 statements" "$he" 7
[ "$ruan" = 1 ] || { echo "FAIL: 阮金泉 statements $ruan"; fail=1; }
# CPU time, not wall time: the shared CI machine is often loaded.
ceiling "10 MB summary CPU seconds" "$cpu" 15
ceiling "10 MB summary MB RSS" "$rss" 800
exit $fail
