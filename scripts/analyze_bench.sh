#!/usr/bin/env bash
# Whole-process throughput of `wenxi analyze --format jsonl` (all stages) on
# a directory of 71 real reports (the 48 State Council work reports split by
# year + the 23 provincial 2026 reports), with --jobs 1 and --jobs 2, run
# alternately; prints the medians (wall, CPU, peak RSS via /usr/bin/time),
# MB/s and the speed-up. Usage: scripts/analyze_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared=${WENXI_SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/reports"
awk -F'\t' '{ f = dir "/gov-" $1 ".txt"; sub(/^[^\t]*\t/, ""); printf "%s", $0 > f; close(f) }' \
  dir="$tmp/reports" "$shared/data/news-corpus/gov_reports1954-2017.txt"
python3 - "$shared/data/news-corpus/provincial_gov_reports_2026" "$tmp/reports" <<'PY'
import csv, glob, os, sys
csv.field_size_limit(1 << 30)
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(glob.glob(os.path.join(src, "*.csv"))):
    row = next(csv.DictReader(open(f, encoding="utf-8-sig")))
    name = "prov-" + os.path.basename(f)[:-4] + ".txt"
    open(os.path.join(dst, name), "w", encoding="utf-8").write(row["full_text"])
PY
bytes=$(cat "$tmp"/reports/* | wc -c)
go build -o "$tmp/wenxi" ./cmd/wenxi
echo "corpus: $(ls "$tmp/reports" | wc -l) files, $bytes bytes; $runs runs each, alternating; $(nproc) cores"
for i in $(seq "$runs"); do
  for j in 1 2; do
    /usr/bin/time -f "$j %e %U %S %M" -o "$tmp/t" "$tmp/wenxi" analyze -f jsonl -j "$j" "$tmp/reports" > /dev/null
    cat "$tmp/t" >> "$tmp/times"
  done
done
python3 - "$tmp/times" "$bytes" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
b = int(sys.argv[2]) / 1e6
med = {}
for j in ("1", "2"):
    r = [x for x in rows if x[0] == j]
    wall = statistics.median(float(x[1]) for x in r)
    cpu = statistics.median(float(x[2]) + float(x[3]) for x in r)
    rss = statistics.median(int(x[4]) for x in r) / 1024
    med[j] = wall
    print(f"--jobs {j}: wall {wall:.3f} s ({b / wall:.2f} MB/s), CPU {cpu:.3f} s ({b / cpu:.2f} MB per CPU s), peak RSS {rss:.0f} MiB")
print(f"speed-up --jobs 2 over --jobs 1 (median wall): {med['1'] / med['2']:.2f}x")
PY
