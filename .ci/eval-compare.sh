#!/usr/bin/env bash
# Compare and trend figures.
#  1. Trend counts over the 48 State Council work reports (1954-2017, one a
#     line) equal exact substring counts computed independently (awk over the
#     raw file) for every year and term.
#  2. Speed and memory of that trend run (wall time, max RSS): floors are
#     ceilings here, set well above the measured ~0.1 s and ~20 MB.
#  3. Trend over the 23 provincial 2026 reports (CSV files, year from the
#     metadata or file name) equals the counts the corpus README states.
#  4. wenxi compare of the sample with itself: similarity 1, no new/gone slogan.
set -euo pipefail
cd "$(dirname "$0")/.."
GOV=../shared/data/news-corpus/gov_reports1954-2017.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/wenxi" ./cmd/wenxi
W=$tmp/wenxi
terms=改革,开放,小康,一带一路,四个现代化,阶级斗争

# 1 + 2. Trend, timed.
/usr/bin/time -v "$W" trend --lines --terms "$terms" --format csv "$GOV" >"$tmp/trend.csv" 2>"$tmp/time.txt"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/time.txt")
# Independent count: awk splits each line at the first TAB and counts
# non-overlapping occurrences with gsub, per year and term.
LC_ALL=C.UTF-8 awk -F'\t' -v terms="$terms" '
  BEGIN { n = split(terms, t, ",") }
  { year = $1; text = substr($0, length($1) + 2)
    line = year; for (i = 1; i <= n; i++) { s = text; c = gsub(t[i], "", s); line = line "," c }
    print line }' "$GOV" | sort >"$tmp/expect.csv"
# CSV columns: year,documents,chars,term1,term1 /10k,...: keep year and raw counts.
tail -n +2 "$tmp/trend.csv" | awk -F, '{ line = $1; for (i = 4; i <= NF; i += 2) line = line "," $i; print line }' | sort >"$tmp/got.csv"
years=$(wc -l <"$tmp/expect.csv")
bad=$(diff "$tmp/expect.csv" "$tmp/got.csv" | grep -c '^>' || true)
echo "trend: $years years x 6 terms, $bad year rows differ from exact substring counts; ${secs}s wall, ${rss} MB max RSS"

# 3. The 23 provincial reports of 2026 (one CSV each; the year comes from the
#    metadata or the file name): totals must equal the substring counts in
#    shared/data/news-corpus/README.md.
prov=$("$W" trend -t 一带一路,新发展理念,两个维护,八项规定,四个全面 -f csv ../shared/data/news-corpus/provincial_gov_reports_2026/ | tail -n +2)
echo "provincial 2026 (year,documents,chars,term,/10k…): $prov"

# 4. Self-comparison of the sample.
"$W" compare --format json testdata/puyang-2015-11-02.txt testdata/puyang-2015-11-02.txt >"$tmp/self.json"
self=$(/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
sim = r["similarity"][0][1]
moved = sum(1 for s in r["slogans"] for st in s["status"] if st in ("new", "gone"))
print(sim, moved)' "$tmp/self.json")
echo "compare sample with itself: similarity $(echo "$self" | cut -d' ' -f1), new/gone slogans $(echo "$self" | cut -d' ' -f2)"

fail=0
[ "$years" -eq 48 ] || { echo "FAIL: expected 48 report years, got $years"; fail=1; }
[ "$bad" -eq 0 ] || { echo "FAIL: trend counts differ from substring counts"; diff "$tmp/expect.csv" "$tmp/got.csv" | head; fail=1; }
awk -v s="$secs" 'BEGIN { exit !(s < 10) }' || { echo "FAIL: trend took ${secs}s (ceiling 10s)"; fail=1; }
[ "$rss" -lt 300 ] || { echo "FAIL: trend used ${rss} MB (ceiling 300 MB)"; fail=1; }
[ "$(echo "$prov" | cut -d, -f1,2,4,6,8,10,12)" = "2026,23,54,39,32,43,5" ] || { echo "FAIL: provincial totals differ from the corpus README (2026,23,54,39,32,43,5)"; fail=1; }
[ "$self" = "1 0" ] || [ "$self" = "1.0 0" ] || { echo "FAIL: self-comparison gave '$self', want similarity 1 and 0 new/gone"; fail=1; }
exit $fail
