#!/usr/bin/env bash
# Runs the clean stage of a checkout over the invented review pages and scores it against the
# expectations written before the first run. Usage:
#   eval/invented/run.sh OUT_DIR [CHECKOUT]      (CHECKOUT: another clone or worktree; default this one)
#   python3 eval/invented/regressions/compare.py OLD_OUT/regressions NEW_OUT/regressions [-v]
#   python3 eval/invented/regressions-2/compare.py OLD_OUT/regressions-2 NEW_OUT/regressions-2 [-v]
#   python3 eval/invented/regressions-3/compare.py OLD_OUT/regressions-3 NEW_OUT/regressions-3 [-v]
#   python3 eval/invented/regressions-4/compare.py OLD_OUT/regressions-4 NEW_OUT/regressions-4 [-v]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CHECKOUT="$(cd "${2:-$HERE/../..}" && pwd)"
OUT="$(mkdir -p "${1:?usage: run.sh OUT_DIR [CHECKOUT]}" && cd "$1" && pwd)"
mkdir -p "$OUT/regressions" "$OUT/regressions-2" "$OUT/regressions-3" "$OUT/regressions-4"
cd "$CHECKOUT"
bin/newsstream enrich "$HERE"/page-text/pages/*.txt > "$OUT/page-text.jsonl" 2> "$OUT/page-text.err"
python3 "$HERE/page-text/compare.py" "$OUT/page-text.jsonl" > "$OUT/page-text.txt"
python3 - "$OUT/page-text.txt" <<'PY'
import re, sys
lost = total = kept = wrong = pages = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"\| (\d\d-\S+) \| (\d+)/(\d+) \| .*? \| .*? \| (\d+) \| (\S+) \|", line)
    if m:
        pages += 1; lost += int(m.group(2)); total += int(m.group(3)); kept += int(m.group(4)); wrong += m.group(5) != "ok"
print(f"page text: {pages} pages, body paragraphs lost {lost} of {total}, furniture lines kept {kept}, titles wrong {wrong}")
PY
bin/newsstream enrich "$HERE"/html/pages/*.html > "$OUT/html.jsonl" 2> "$OUT/html.err"
python3 "$HERE/html/compare.py" "$OUT/html.jsonl" > "$OUT/html.txt"
echo "html: $(tail -1 "$OUT/html.txt")"
for set in page-text-2:txt html-2:html page-text-3:txt html-3:html page-text-4:txt html-4:html; do
    name="${set%%:*}"
    bin/newsstream enrich "$HERE/$name"/pages/*."${set##*:}" > "$OUT/$name.jsonl" 2> "$OUT/$name.err"
    echo "$name: $(python3 "$HERE/html/compare.py" "$OUT/$name.jsonl" --expected "$HERE/$name/expected.json" | tail -1)"
done
# each regression page alone: several share their text, and dedup would drop the repeats
for dir in regressions regressions-2 regressions-3 regressions-4; do
    for f in "$HERE/$dir"/pages/*; do
        id="$(basename "$f")"; id="${id%.*}"
        bin/newsstream enrich "$f" > "$OUT/$dir/$id.jsonl" 2> /dev/null
    done
done
echo "regressions: outputs in $OUT/regressions, $OUT/regressions-2, $OUT/regressions-3 and $OUT/regressions-4 (compare two checkouts with each set's compare.py)"
