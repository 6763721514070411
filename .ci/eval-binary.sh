#!/usr/bin/env bash
# One binary, no data files: the built binary, copied alone to an empty
# directory and run with an empty environment (no Go toolchain, no module
# cache, no HOME), runs every command on the sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 go build -trimpath -o "$tmp/wenxi" ./cmd/wenxi
cp testdata/puyang-2015-11-02.txt "$tmp/a.txt"
cp testdata/puyang-2015-11-02.txt "$tmp/b.txt"
cd "$tmp"
size=$(du -k wenxi | cut -f1)
echo "binary: ${size} KiB"
fail=0
check() {
  if out=$(env -i PATH=/nonexistent ./wenxi "$@" 2>&1) && [ -n "$out" ]; then
    echo "ok   wenxi $*"
  else
    echo "FAIL wenxi $*"; echo "$out" | head -5; fail=1
  fi
}
check segment -f text a.txt
check people -f json a.txt
check slogans -f json a.txt
check keywords -f json a.txt
check keywords --method textrank -f json a.txt
check summary -f markdown a.txt
check analyze -f jsonl a.txt
check compare -f json a.txt b.txt
check trend --terms 群团,改革 -f csv a.txt b.txt
check idf build -o idf.txt a.txt b.txt
exit $fail
