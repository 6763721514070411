#!/usr/bin/env bash
# Person-name quality: exact-span PER F1 of the embedded model on the MSRA
# NER test set (evaluation only; never used for training). Fails below a
# floor just under the measured figure (see docs/ner.md). Also prints the
# figure of the full people stage (--pipeline), which has no floor here.
set -euo pipefail
cd "$(dirname "$0")/.."
T=../shared/data/ner/msra/msra_test_bio.txt
W=${WENXI:-}
if [ -z "$W" ]; then mkdir -p bin; go build -o bin/wenxi ./cmd/wenxi; W=bin/wenxi; fi
echo "MSRA test, bare model, all sentences:"
"$W" eval ner --min-f1 0.875 "$T"
echo "MSRA test, bare model, without the one very long list sentence:"
"$W" eval ner --max-chars 1000 --min-f1 0.865 "$T"
echo "MSRA test, people pipeline (no floor):"
"$W" eval ner --pipeline "$T"
