#!/usr/bin/env bash
# Scores slogans and people on the meeting-news excerpts of testdata/meetnews
# (annotations only; the texts are third-party web pages, not redistributed).
# Usage: scripts/eval_meetnews.sh TEXT_DIR   (TEXT_DIR holds NAME.txt for the
# names of testdata/meetnews/texts.tsv; the SHA-256 prefixes there tell
# whether a text is the one that was annotated).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?usage: scripts/eval_meetnews.sh TEXT_DIR}
src=$(cd "$src" && pwd)
mkdir -p bin
go build -o bin/wenxi ./cmd/wenxi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS=$'\t' read -r name batch sha chars url; do
	case $name in '#'*) continue ;; esac
	[ -f "$src/$name.txt" ] || { echo "missing $src/$name.txt" >&2; continue; }
	got=$(sha256sum "$src/$name.txt" | cut -c1-16)
	[ "$got" = "$sha" ] || echo "warning: $name.txt differs from the annotated text" >&2
	mkdir -p "$tmp/b$batch" "$tmp/all"
	for d in "$tmp/b$batch" "$tmp/all"; do
		ln -s "$src/$name.txt" "$d/$name.txt"
		ln -s "$PWD/testdata/meetnews/slogans/$name.tsv" "$d/$name.tsv"
	done
done < testdata/meetnews/texts.tsv
for d in "$tmp"/b* "$tmp/all"; do
	echo "slogans, $(basename "$d"):"
	bin/wenxi eval slogans "$d" | grep 'tuned total'
	bin/wenxi eval slogans --rules-only "$d" | grep 'tuned total' | sed 's/tuned total/rules only  /'
done
echo "people:"
WENXI_MEETNEWS=$src go test -count=1 -run TestMeetnewsPeople -v ./analyzer/people/ | grep 'meeting news'
