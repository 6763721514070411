#!/usr/bin/env bash
# Runs wenxi as the map stage of a Dask cluster on this machine and checks
# that the merged result equals a single wenxi process over the same corpus.
#
# Starts a scheduler and two workers on loopback (127.0.0.1 only), runs
# scripts/dask_corpus.py over a real corpus from ../shared, compares, and
# stops every process it started (on success, failure or interrupt). Bounded:
# every step runs under `timeout`.
#
# Usage: scripts/dask_test.sh [CORPUS]   (from anywhere; WENXI_SHARED overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3 # Debian's python, where python3-distributed installs
if ! "$PY" -c 'import distributed' 2>/dev/null; then
	echo "installing python3-distributed" >&2
	if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
	timeout 600 $SUDO apt-get update -qq >/dev/null
	timeout 600 $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed >/dev/null
fi

shared=${WENXI_SHARED:-../shared}
corpus=${1:-$shared/data/news-corpus/gov_reports1954-2017.txt}
if [ ! -f "$corpus" ]; then
	echo "dask_test: corpus $corpus not found (set WENXI_SHARED)" >&2
	exit 1
fi

tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do
		# Give each process 10 s to exit, then force it.
		for _ in $(seq 20); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$p" 2>/dev/null || true
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

go build -o "$tmp/wenxi" ./cmd/wenxi

# A free loopback port for the scheduler.
port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
addr=tcp://127.0.0.1:$port

cd "$tmp" # the daemons write their scratch space in the working directory
timeout 900 dask-scheduler --host 127.0.0.1 --port "$port" --no-dashboard >scheduler.log 2>&1 &
pids+=($!)
for i in 1 2; do
	timeout 900 dask-worker "$addr" --host 127.0.0.1 --no-nanny --nthreads 1 --no-dashboard \
		--local-directory "$tmp/worker$i" --name "worker$i" >"worker$i.log" 2>&1 &
	pids+=($!)
done
cd - >/dev/null

start=$(date +%s.%N)
timeout 600 "$PY" scripts/dask_corpus.py --scheduler "$addr" --expect-workers 2 --partitions 4 \
	--wenxi "$tmp/wenxi" --out "$tmp/dask.jsonl" --counts "$tmp/dask-counts.json" "$corpus"
mid=$(date +%s.%N)
timeout 600 "$PY" scripts/dask_corpus.py --single \
	--wenxi "$tmp/wenxi" --out "$tmp/single.jsonl" --counts "$tmp/single-counts.json" "$corpus"
end=$(date +%s.%N)

"$PY" - "$tmp" <<'PYEOF'
import json, sys
tmp = sys.argv[1]
def load(name):
    with open(f"{tmp}/{name}", encoding="utf-8") as f:
        return [json.loads(l) for l in f]
d, s = load("dask.jsonl"), load("single.jsonl")
assert len(d) == len(s), f"record counts differ: dask {len(d)}, single {len(s)}"
for a, b in zip(d, s):
    assert a == b, f"record for line {b.get('line')} differs"
dc = json.load(open(f"{tmp}/dask-counts.json", encoding="utf-8"))
sc = json.load(open(f"{tmp}/single-counts.json", encoding="utf-8"))
assert dc["workers"] == 2, f"work ran on {dc['workers']} workers, want 2"
for k in ("documents", "errors", "keyword_df", "slogans_by_year"):
    assert dc[k] == sc[k], f"counts differ in {k}"
assert dc["documents"] > 0 and dc["errors"] < dc["documents"], "no document analysed"
print(f"dask_test: OK: {dc['documents']} documents ({dc['errors']} errors), {len(dc['keyword_df'])} keywords,"
      f" {sum(len(v) for v in dc['slogans_by_year'].values())} (year, slogan) counts;"
      f" {dc['partitions']} partitions on {dc['workers']} workers equal one process")
PYEOF
awk -v a="$start" -v b="$mid" -v c="$end" 'BEGIN { printf "dask_test: dask %.1fs, single process %.1fs\n", b - a, c - b }'
