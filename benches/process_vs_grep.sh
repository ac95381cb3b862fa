#!/usr/bin/env bash
# One claim, the whole process: `factcheck "Rubio met Wi"` on the built-in article against
# `grep -c Rubio` on the same article, each started N times (default 200) in its own process.
# Prints the mean wall time of one run of each and the ratio (target: factcheck within 2x).
#
#   bash benches/process_vs_grep.sh          # N=200
#   N=1000 bash benches/process_vs_grep.sh
#
# Uses hyperfine when it is installed, else a plain loop timed with bash.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200}
CLAIM=${CLAIM:-Rubio met Wi}
ARTICLE=seeds/trilateral-talks.txt
BIN=target/release/factcheck

cargo build --release --quiet --bin factcheck

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 20 --runs "$N" \
    "$BIN '$CLAIM'" "grep -c Rubio $ARTICLE" -i
  exit 0
fi

# Mean milliseconds per run of "$@" over N runs (output discarded, exit status ignored).
mean_ms() {
  local i start end
  for ((i = 0; i < 20; i++)); do "$@" >/dev/null 2>&1 || true; done # warm the page cache
  start=$(date +%s%N)
  for ((i = 0; i < N; i++)); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v ns=$((end - start)) -v n="$N" 'BEGIN { printf "%.3f", ns / n / 1e6 }'
}

fc=$(mean_ms "$BIN" "$CLAIM")
gr=$(mean_ms grep -c Rubio "$ARTICLE")
printf 'runs:                      %d each\n' "$N"
printf 'factcheck "%s":  %s ms per run\n' "$CLAIM" "$fc"
printf 'grep -c Rubio:             %s ms per run\n' "$gr"
awk -v a="$fc" -v b="$gr" 'BEGIN {
  r = a / b
  printf "ratio:                     %.2fx grep (target: 2x or less: %s)\n", r, (r <= 2 ? "met" : "not met")
}'
