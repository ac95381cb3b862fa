#!/usr/bin/env bash
# A class of 30: 30 answer sheets graded by 30 `quiz grade` runs against the built-in bank,
# as a teacher's loop over a folder of sheets does. Prints the total and per-sheet wall time
# (target: well under a second in all).
#
#   bash benches/grade_class.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/target/release/quiz
BANK=$PWD/questions/trilateral-talks.toml
CLASS=${CLASS:-30}

cargo build --release --quiet --bin quiz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cities=("Kuala Lumpur" "kuala lumpur" "in Kuala Lumpur" "Tokyo" "KL" "Kuala Lumpar")
for ((k = 0; k < CLASS; k++)); do
  cat > "$work/sheet$k.toml" <<SHEET
name = "Student $k"
[answers]
meeting-city = "${cities[k % ${#cities[@]}]}"
meeting-country = "$([ $((k % 3)) = 0 ] && echo Japan || echo Malaysia)"
secretary-of-state = "$([ $((k % 4)) = 0 ] && echo A || echo C)"
japan-foreign-minister = "$([ $((k % 2)) = 0 ] && echo Iwaya || echo "Takeshi Iwaya")"
korea-representative = "Park"
park-title = "B"
SHEET
done

for ((k = 0; k < 3; k++)); do "$BIN" grade --bank "$BANK" --answers "$work/sheet$k.toml" >/dev/null; done
start=$(date +%s%N)
for ((k = 0; k < CLASS; k++)); do
  "$BIN" grade --bank "$BANK" --answers "$work/sheet$k.toml" >/dev/null
done
end=$(date +%s%N)
awk -v ns=$((end - start)) -v n="$CLASS" 'BEGIN {
  printf "quiz grade, %d sheets: %.1f ms in all, %.2f ms per sheet (target: well under 1 s in all)\n",
    n, ns / 1e6, ns / n / 1e6
}'
