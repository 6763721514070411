#!/usr/bin/env bash
# Slogan quality: precision, recall and kind accuracy of `wenxi slogans` on the
# hand-annotated texts in testdata/slogans — 56 training texts (provincial
# government work reports, central reports, CPPCC proposals) that the rules
# were tuned on and the quote model is trained on, and 6 held-out texts never
# tuned or trained on (names with "heldout"), and 8 older central reports held out
# (testdata/slogans-older) — plus the golden sample article,
# the glossary's agreement with shared/data/slogans, the linear-time check
# (10 MB), the People's Daily 1998 news sentences (testdata/slogans-pd1998, a genre the stage was
# not built for), and a check that the committed quote model and known-phrase table are exactly what the
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
  --min-precision 0.98 --min-recall 0.97 --min-kind 0.99 \
  --min-heldout-precision 0.90 --min-heldout-recall 0.91 --min-heldout-kind 0.985 \
  testdata/slogans
echo "Slogans on older reports held out (testdata/slogans-older: the 1995–2002 central reports):"
"$W" eval slogans --min-heldout-precision 0.94 --min-heldout-recall 0.84 --min-heldout-kind 0.98 \
  testdata/slogans-older | grep -E 'held-out total'
echo "Quote model reproducible from the repository (go run ./cmd/wenxi-train slogans):"
tmp=$(mktemp)
tmpk=$(mktemp)
trap 'rm -f "$tmp" "$tmpk"' EXIT
go run ./cmd/wenxi-train slogans -o "$tmp" -known "$tmpk" | tail -2
for pair in "$tmp:dict/slogans/quotes.tsv" "$tmpk:dict/slogans/known.tsv"; do
  if ! cmp -s "${pair%%:*}" "${pair#*:}"; then
    echo "${pair#*:} differs from what the trainer makes; run go run ./cmd/wenxi-train slogans and commit it" >&2
    diff "${pair%%:*}" "${pair#*:}" | head -20 >&2
    exit 1
  fi
done
echo "  identical"
echo "Golden sample, glossary agreement, floors, 10 MB timing, People's Daily 1998 news:"
go test -count=1 -run 'TestGoldenSample|TestGlossary|TestEvaluationFloors|TestLinearTime|TestPeoplesDaily1998' -v ./analyzer/slogans/ | grep -E '^(---|ok|FAIL)|MB in|P [0-9]'
