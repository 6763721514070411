#!/usr/bin/env bash
# bench.sh — whole-process speed of `wenxi segment` against plain gse.
#
# Builds bin/wenxi and the plain-gse baseline (internal/gsebaseline), builds a
# ~20 MB real-text file (news-corpus texts + SIGHAN test inputs, repeated; in
# a temporary directory, never committed), and prints for both programs, as
# medians of several runs: cold start on a 10-character input, throughput on
# the 20 MB file pinned to one core, peak RSS (from /usr/bin/time -v), and
# the ratios.
#
# Usage: scripts/bench.sh            (from the repository root, ../shared beside it)
#   RUNS=5      runs per wenxi measurement (cold starts use 2*RUNS+1)
#   GSE_RUNS=3  runs of gse on the 20 MB file (each takes several seconds)
#   SHARED=../shared
set -euo pipefail
[ -n "${EPOCHREALTIME:-}" ] || { echo "bench.sh: needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }

RUNS=${RUNS:-5}
GSE_RUNS=${GSE_RUNS:-3}
SHARED=${SHARED:-${WENXI_SHARED:-../shared}}
DATA=$SHARED/data
[ -d "$DATA/news-corpus" ] || { echo "bench.sh: $DATA/news-corpus not found (set SHARED)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
WENXI=$WORK/wenxi
GSE=$WORK/gse-baseline
go build -o "$WENXI" ./cmd/wenxi
go build -o "$GSE" ./internal/gsebaseline

# One core, when taskset is there: the target is per core.
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi

# The 20 MB input: every news-corpus text and the SIGHAN test inputs (CR
# removed), repeated until 20 MiB, cut at a line end.
SRC=$WORK/src.txt
BIG=$WORK/big20.txt
: >"$SRC"
while IFS= read -r f; do
	tr -d '\r' <"$f" >>"$SRC"
	echo >>"$SRC"
done < <(find "$DATA/news-corpus" -type f \( -name '*.txt' -o -name '*.csv' \) ! -name README.md | sort;
	echo "$DATA/icwb2/testing/pku_test.utf8"; echo "$DATA/icwb2/testing/msr_test.utf8")
: >"$WORK/rep.txt"
while [ "$(stat -c %s "$WORK/rep.txt")" -lt 20971520 ]; do cat "$SRC" >>"$WORK/rep.txt"; done
head -c 20971520 "$WORK/rep.txt" | sed '$d' >"$BIG"
rm -f "$WORK/rep.txt"
BYTES=$(stat -c %s "$BIG")
printf '濮阳市委书记何雄强调\n' >"$WORK/ten.txt"

# measure CMD... : runs it under /usr/bin/time -v, output discarded, and
# prints "wall_seconds cpu_seconds maxrss_kib". GNU time reports wall time in
# 0.01 s steps, too coarse for a start-up, so the wall time is taken with
# bash's microsecond clock around it (it includes starting time itself,
# about a millisecond).
measure() {
	local log=$WORK/time.log t0 t1
	t0=$EPOCHREALTIME
	/usr/bin/time -v -o "$log" "$@" >/dev/null
	t1=$EPOCHREALTIME
	awk -F': ' -v t0="$t0" -v t1="$t1" '
		/User time \(seconds\)/ { u = $2 }
		/System time \(seconds\)/ { s = $2 }
		/Maximum resident set size/ { m = $2 }
		END { printf "%.4f %.3f %d\n", t1 - t0, u + s, m }' "$log"
}

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# series N COLUMN CMD... : median of column (1 wall, 2 cpu, 3 rss) over N runs
# (all three medians are printed: "wall cpu rss").
series() {
	local n=$1; shift
	local out=$WORK/series.txt
	: >"$out"
	for _ in $(seq "$n"); do measure "$@" >>"$out"; done
	echo "$(awk '{print $1}' "$out" | median) $(awk '{print $2}' "$out" | median) $(awk '{print $3}' "$out" | median)"
}

COLD=$((2 * RUNS + 1))
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input:   $BYTES bytes ($(wc -l <"$BIG") lines); runs: $COLD cold starts, $RUNS wenxi, $GSE_RUNS gse"

read -r wc_wall wc_cpu wc_rss < <(series "$COLD" "$WENXI" segment --format text "$WORK/ten.txt")
read -r gc_wall gc_cpu gc_rss < <(series "$COLD" "$GSE" "$WORK/ten.txt")
read -r wt_wall wt_cpu wt_rss < <(series "$RUNS" "${PIN[@]}" "$WENXI" segment --format text "$BIG")
read -r gt_wall gt_cpu gt_rss < <(series "$GSE_RUNS" "${PIN[@]}" "$GSE" "$BIG")

mbs() { awk -v b="$BYTES" -v t="$1" 'BEGIN { if (t > 0) printf "%.2f", b / t / 1e6; else print "inf" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }

printf '\n%-44s %14s %14s %8s\n' "median of runs" "wenxi" "gse" "ratio"
printf '%-44s %14s %14s %8s\n' "cold start, 10 chars: wall s" "$wc_wall" "$gc_wall" "$(ratio "$gc_wall" "$wc_wall")"
printf '%-44s %14s %14s %8s\n' "cold start, 10 chars: cpu s (0.01 s steps)" "$wc_cpu" "$gc_cpu" "$(ratio "$gc_cpu" "$wc_cpu")"
printf '%-44s %14s %14s %8s\n' "RSS at start (10 chars): MiB" "$(mib "$wc_rss")" "$(mib "$gc_rss")" "$(ratio "$gc_rss" "$wc_rss")"
printf '%-44s %14s %14s %8s\n' "20 MB file, one core: wall s" "$wt_wall" "$gt_wall" "$(ratio "$gt_wall" "$wt_wall")"
printf '%-44s %14s %14s %8s\n' "20 MB file, one core: MB/s (wall)" "$(mbs "$wt_wall")" "$(mbs "$gt_wall")" "$(ratio "$gt_wall" "$wt_wall")"
printf '%-44s %14s %14s %8s\n' "20 MB file, one core: MB/s (cpu)" "$(mbs "$wt_cpu")" "$(mbs "$gt_cpu")" "$(ratio "$gt_cpu" "$wt_cpu")"
printf '%-44s %14s %14s %8s\n' "20 MB file: peak RSS MiB" "$(mib "$wt_rss")" "$(mib "$gt_rss")" "$(ratio "$gt_rss" "$wt_rss")"
