#!/usr/bin/env bash
# Segmentation quality: SIGHAN 2005 PKU and MSR, bakeoff-style scores.
# Floors sit just under the measured F1 (PKU 0.7990, MSR 0.8134).
set -euo pipefail
cd "$(dirname "$0")/.."
D=../shared/data/icwb2
W=${WENXI:-}
if [ -z "$W" ]; then mkdir -p bin; go build -o bin/wenxi ./cmd/wenxi; W=bin/wenxi; fi
echo "PKU:"
"$W" eval seg --gold $D/gold/pku_test_gold.utf8 --words $D/gold/pku_training_words.utf8 --min-f1 0.795 $D/testing/pku_test.utf8
echo "MSR:"
"$W" eval seg --gold $D/gold/msr_test_gold.utf8 --words $D/gold/msr_training_words.utf8 --min-f1 0.810 $D/testing/msr_test.utf8
