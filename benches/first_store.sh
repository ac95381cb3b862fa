#!/usr/bin/env bash
# The built-in article's store, built the first time in a fresh process (what one `factcheck`
# run pays) and built again in the same process, over N processes (default 200). Prints the
# median and the 90th percentile of each, in microseconds (target: well under 1,000).
#
#   bash benches/first_store.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200}
cargo build --release --quiet --example first_store
BIN=target/release/examples/first_store
for ((i = 0; i < 20; i++)); do "$BIN" >/dev/null; done # warm the page cache
runs=$(mktemp)
for ((i = 0; i < N; i++)); do "$BIN" >>"$runs"; done
# "median p90" of column $1 of the runs
quantiles() { cut -d' ' -f"$1" "$runs" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[int(NR * 0.9)] }'; }
read -r first_median first_p90 < <(quantiles 1)
read -r again_median again_p90 < <(quantiles 2)
rm -f "$runs"
printf 'built-in store, µs     median   90th pct   (%d processes)\n' "$N"
printf 'first in a process    %7d    %7d\n' "$first_median" "$first_p90"
printf 'built again           %7d    %7d\n' "$again_median" "$again_p90"
