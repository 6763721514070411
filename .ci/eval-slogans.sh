#!/usr/bin/env bash
# Slogan quality: precision, recall and kind accuracy of `wenxi slogans` on the
# hand-annotated texts in testdata/slogans — 44 training texts (provincial
# government work reports, central reports, CPPCC proposals) that the rules
# were tuned on and the quote model is trained on, and 6 held-out texts never
# tuned or trained on (names with "heldout") — plus the golden sample article,
# the glossary's agreement with shared/data/slogans, the linear-time check
# (10 MB), and a check that the committed quote model is exactly what the
# trainer makes from the repository. Floors sit just under the measured
# figures (see docs/slogans.md).
set -euo pipefail
cd "$(dirname "$0")/.."
W=${WENXI:-}
if [ -z "$W" ]; then mkdir -p bin; go build -o bin/wenxi ./cmd/wenxi; W=bin/wenxi; fi
echo "Slogans on the annotated texts (testdata/slogans), rules alone (no floors):"
"$W" eval slogans --rules-only testdata/slogans | grep -E 'total|all'
echo "Slogans on the annotated texts, rules + quote model:"
"$W" eval slogans \
  --min-precision 0.955 --min-recall 0.94 --min-kind 0.985 \
  --min-heldout-precision 0.89 --min-heldout-recall 0.90 --min-heldout-kind 0.975 \
  testdata/slogans
echo "Quote model reproducible from the repository (go run ./cmd/wenxi-train slogans):"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
go run ./cmd/wenxi-train slogans -o "$tmp" | tail -1
if ! cmp -s "$tmp" dict/slogans/quotes.tsv; then
  echo "dict/slogans/quotes.tsv differs from what the trainer makes; retrain and commit it" >&2
  diff "$tmp" dict/slogans/quotes.tsv | head -20 >&2
  exit 1
fi
echo "  identical"
echo "Golden sample, glossary agreement, floors, 10 MB timing:"
go test -count=1 -run 'TestGoldenSample|TestGlossary|TestEvaluationFloors|TestLinearTime' -v ./analyzer/slogans/ | grep -E '^(---|ok|FAIL)|MB in|P [0-9]'
