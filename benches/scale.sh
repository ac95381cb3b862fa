#!/usr/bin/env bash
# Scale: an article of SIZE_MB megabytes (default 10), made by concatenating the seed article,
# through `factcheck build` (build the store and save it) and through one
# `factcheck --article BIG "Rubio met Wi"` (build the store and check a claim), each under
# /usr/bin/time -v. Prints the rate in MB/s and the peak memory as a multiple of the article.
# Targets: 5 MB/s or more; peak memory under 30x the article.
#
#   bash benches/scale.sh
#   SIZE_MB=2 bash benches/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${SIZE_MB:-10}
BIN=$PWD/target/release/factcheck
SEED=seeds/trilateral-talks.txt
[ -x /usr/bin/time ] || { echo "scale.sh: needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

cargo build --release --quiet --bin factcheck

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
big=$work/big.txt
target=$((SIZE_MB * 1000000))
# Double a chunk of copies until it is big enough, then cut at the last whole copy.
cat "$SEED" > "$work/chunk"
echo >> "$work/chunk"
while [ "$(stat -c %s "$work/chunk")" -lt "$target" ]; do
  cat "$work/chunk" "$work/chunk" > "$work/chunk2"
  mv "$work/chunk2" "$work/chunk"
done
copy=$(( $(stat -c %s "$SEED") + 1 ))
head -c $(( (target + copy - 1) / copy * copy )) "$work/chunk" > "$big"
bytes=$(stat -c %s "$big")
printf 'article: %d bytes (%d copies of %s)\n' "$bytes" $((bytes / copy)) "$SEED"

# Runs "$@" under /usr/bin/time -v and prints seconds, MB/s and peak RSS against the article.
measure() {
  local label=$1 log=$work/time.log
  shift
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  awk -v label="$label" -v bytes="$bytes" '
    /Elapsed \(wall clock\)/ {
      n = split($NF, t, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + t[i]
    }
    /Maximum resident set size/ { rss = $NF * 1024 }
    /Exit status/ { status = $NF }
    END {
      printf "%-34s %6.2f s  %6.2f MB/s  peak %7.1f MB = %5.1fx the article%s\n",
        label, s, bytes / 1e6 / s, rss / 1e6, rss / bytes, (status == 0 ? "" : "  (exit " status ")")
    }' "$log"
}

measure "factcheck build (build + save)" "$BIN" build "$big" -o "$work/big.store.toml"
measure "factcheck --article (build + check)" "$BIN" --article "$big" "Rubio met Wi"
echo "targets: 5 MB/s or more; peak memory under 30x the article"
