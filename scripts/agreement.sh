#!/usr/bin/env bash
# Inter-annotator agreement on the meeting-news slogan annotations: the
# independent second annotation (testdata/meetnews/second/NAME.tsv) scored
# against the first (testdata/meetnews/slogans/NAME.tsv, after adjudication) as
# if it were an extractor's output, item texts compared exactly. The gold
# includes the adjudicator's decisions (each file's CHANGES block), so this is
# agreement with the final gold; docs/slogans.md gives the raw figure too.
# Usage: scripts/agreement.sh [BATCH ...]   (default: every batch with a second annotation)
set -euo pipefail
cd "$(dirname "$0")/.."
batches=" ${*:-} "
awk -F'\t' -v batches="$batches" '
	FNR == 1 { file++ }
	file == 1 && !/^#/ && (batches == "  " || index(batches, " " $2 " ")) { want[$1] = 1; next }
	file == 1 { next }
	# A text with a second annotation counts even when that annotation has
	# no item: the items of the first annotation there are disagreements.
	FNR == 1 && FILENAME ~ /\/second\// { n = FILENAME; sub(/.*\//, "", n); sub(/\.tsv$/, "", n); second[n] = 1 }
	/^#/ || NF < 2 { next }
	{
		n = FILENAME; sub(/.*\//, "", n); sub(/\.tsv$/, "", n)
		if (!(n in want)) next
		if (FILENAME ~ /\/second\//) { b[n SUBSEP $1] = $2; nb++ } else { a[n SUBSEP $1] = $2; na[n]++ }
	}
	END {
		for (k in a) { split(k, p, SUBSEP); if (p[1] in second) { A++; if (k in b) { C++; if (a[k] == b[k]) K++ } } }
		for (k in b) B++
		P = B ? C / B : 0; R = A ? C / A : 0
		printf "first %d, second %d, common %d: second vs first P %.3f R %.3f F1 %.3f, kind agreement %.3f\n", A, B, C, P, R, (P + R) ? 2 * P * R / (P + R) : 0, C ? K / C : 0
	}' testdata/meetnews/texts.tsv testdata/meetnews/slogans/*.tsv testdata/meetnews/second/*.tsv
