#!/usr/bin/env bash
# One claim, the whole process: `factcheck "Rubio met Wi"` on the built-in article against
# `grep -c Rubio` on the same article, each started N times (default 200) in its own process.
# Prints the mean wall time of one run of each and the ratio (target: factcheck within 2x).
#
#   bash benches/process_vs_grep.sh          # N=200
#   N=1000 bash benches/process_vs_grep.sh
#
# Uses hyperfine when it is installed, else a plain loop under /usr/bin/time.
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

# "wall_ms cpu_ms": the mean wall time and CPU time (user + system) of one run of "$@" over N
# runs, output discarded, exit status ignored. CPU time is steadier on a busy machine.
per_run() {
  local i log
  for ((i = 0; i < 20; i++)); do "$@" >/dev/null 2>&1 || true; done # warm the page cache
  log=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$log" bash -c '
    n=$1; shift
    for ((i = 0; i < n; i++)); do "$@" >/dev/null 2>&1 || true; done' _ "$N" "$@"
  awk -v n="$N" '{ printf "%.3f %.3f\n", $1 * 1000 / n, ($2 + $3) * 1000 / n }' "$log"
  rm -f "$log"
}

read -r fc_wall fc_cpu < <(per_run "$BIN" "$CLAIM")
read -r gr_wall gr_cpu < <(per_run grep -c Rubio "$ARTICLE")
printf 'runs: %d each                 wall ms/run   CPU ms/run\n' "$N"
printf 'factcheck "%s"       %8s     %8s\n' "$CLAIM" "$fc_wall" "$fc_cpu"
printf 'grep -c Rubio                  %8s     %8s\n' "$gr_wall" "$gr_cpu"
awk -v a="$fc_wall" -v b="$gr_wall" -v c="$fc_cpu" -v d="$gr_cpu" 'BEGIN {
  r = a / b
  printf "ratio                          %7.2fx     %7.2fx   (target: 2x or less: %s)\n", r, c / d, (r <= 2 ? "met" : "not met")
}'
