#!/usr/bin/env bash
# Slogan quality: precision, recall and kind accuracy of `wenxi slogans` on the
# hand-annotated texts in testdata/slogans (four provincial government work
# reports and six CPPCC proposals used while tuning; five reports held out and
# never tuned on: Shaanxi, Jiangsu, Beijing, Gansu, Qinghai), the golden sample
# article, the glossary's agreement with shared/data/slogans, and the
# linear-time check (10 MB). Floors sit just under the measured figures (see
# docs/slogans.md).
set -euo pipefail
cd "$(dirname "$0")/.."
W=${WENXI:-}
if [ -z "$W" ]; then mkdir -p bin; go build -o bin/wenxi ./cmd/wenxi; W=bin/wenxi; fi
echo "Slogans on the annotated reports (testdata/slogans):"
"$W" eval slogans \
  --min-precision 0.97 --min-recall 0.99 --min-kind 0.99 \
  --min-heldout-precision 0.85 --min-heldout-recall 0.94 --min-heldout-kind 0.97 \
  testdata/slogans
echo "Golden sample, glossary agreement, floors, 10 MB timing:"
go test -count=1 -run 'TestGoldenSample|TestGlossary|TestEvaluationFloors|TestLinearTime' -v ./analyzer/slogans/ | grep -E '^(---|ok|FAIL)|MB in|P [0-9]'
