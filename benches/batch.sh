#!/usr/bin/env bash
# Batch: the 45 development claims repeated to LINES lines (default 45,000) through one
# `factcheck --json --batch FILE` process on the built-in article. Prints claims per second,
# start-up included (target: 50,000 or more).
#
#   bash benches/batch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${LINES:-45000}
BIN=$PWD/target/release/factcheck

cargo build --release --quiet --bin factcheck

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -v '^#' tests/eval/seed_claims_dev.tsv | awk -F'\t' 'NF >= 2 && $2 != "" { print $2 }' > "$work/claims"
: > "$work/batch"
while [ "$(wc -l < "$work/batch")" -lt "$LINES" ]; do cat "$work/claims" >> "$work/batch"; done
head -n "$LINES" "$work/batch" > "$work/batch.txt"

"$BIN" --json --batch "$work/claims" >/dev/null # warm the page cache
start=$(date +%s%N)
"$BIN" --json --batch "$work/batch.txt" > "$work/out.jsonl"
end=$(date +%s%N)
answers=$(wc -l < "$work/out.jsonl")
[ "$answers" -eq "$LINES" ] || { echo "batch.sh: $answers answers for $LINES claims" >&2; exit 1; }
awk -v ns=$((end - start)) -v n="$LINES" 'BEGIN {
  printf "factcheck --json --batch, %d claims: %.2f s, %.0f claims per second (target: 50,000 or more)\n",
    n, ns / 1e9, n / (ns / 1e9)
}'
