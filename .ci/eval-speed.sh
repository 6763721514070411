#!/usr/bin/env bash
# Segmenter speed guards that hold on a busy machine: start-up of
# `wenxi segment` on a 10-character input (median of 7 runs) and its resident
# memory, plus the in-process segmentation benchmarks (MB per CPU second).
# Floors are loose (the shared machine's load swings wall time several-fold):
# start ≤ 0.30 s (issue 2's first step), RSS ≤ 80 MiB, ≥ 8 cpu-MB/s on the
# sample article (measured 24–71 depending on the machine's load). The full
# comparison with gse is scripts/bench.sh; identity with gse is TestSameAsGse
# in `go test`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "eval-speed: /usr/bin/time (GNU time) is required" >&2; exit 2; }
W=${WENXI:-}
if [ -z "$W" ]; then mkdir -p bin; go build -o bin/wenxi ./cmd/wenxi; W=bin/wenxi; fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '濮阳市委书记何雄强调\n' >"$T/ten.txt"
for _ in 1 2 3 4 5 6 7; do
	/usr/bin/time -f '%e %M' -o "$T/t" "$W" segment --format text "$T/ten.txt" >/dev/null
	cat "$T/t" >>"$T/runs"
done
wall=$(awk '{print $1}' "$T/runs" | sort -g | sed -n 4p)
rss=$(awk '{print $2}' "$T/runs" | sort -g | sed -n 7p)
echo "cold start (10 chars): median ${wall} s, max RSS $((rss / 1024)) MiB"
fail=0
awk -v w="$wall" 'BEGIN { exit !(w <= 0.30) }' || { echo "FAIL: start-up ${wall} s > 0.30 s"; fail=1; }
[ "$rss" -le $((80 * 1024)) ] || { echo "FAIL: RSS at start $((rss / 1024)) MiB > 80 MiB"; fail=1; }
GOMAXPROCS=1 go test -run '^$' -bench 'SegmentSample|FirstToken' -benchtime 200x ./analyzer/segment/ | tee "$T/bench"
mbs=$(awk '/BenchmarkSegmentSample/ { for (i = 1; i <= NF; i++) if ($(i+1) == "cpu-MB/s") print $i }' "$T/bench")
echo "segment, sample article: ${mbs} MB per CPU second"
awk -v m="$mbs" 'BEGIN { exit !(m >= 8) }' || { echo "FAIL: ${mbs} cpu-MB/s < 8"; fail=1; }
exit $fail
