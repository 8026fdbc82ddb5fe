#!/usr/bin/env bash
# The delivery benchmark on two sizes of data, interleaved (see bench/README.md, "Two sizes"):
#
#   bench/scale.sh SMALL_DB LARGE_DB [ROUNDS]
#
# runs bench/run.sh with BENCH_REUSE_DB=1 on SMALL_DB, then LARGE_DB, ROUNDS times (default 2:
# small, large, small, large), so that a busy machine's noise falls on both sizes alike; then
# prints a table of both sizes side by side: per scenario the median requests/s and server CPU
# time per request of each size's runs and the ratio large/small (requests/s; for CPU small/large,
# so 1.00 is "as fast" either way). Both databases must have been made by bench/run.sh before
# (BENCH_DB=… BENCH_ARTICLES=… bench/run.sh) or by bench/generate.py with their data lists in
# bench/results/data-<db>. Other settings (BENCH_DURATION, BENCH_SCENARIOS, …) pass through.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { echo "usage: bench/scale.sh SMALL_DB LARGE_DB [ROUNDS]" >&2; exit 2; }
SMALL=$1 LARGE=$2 ROUNDS=${3:-2}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$BENCH_DIR/results
files=()
for round in $(seq 1 "$ROUNDS"); do
  for db in "$SMALL" "$LARGE"; do
    label="scale-$STAMP-$db-$round"
    echo "scale: round $round, $db" >&2
    BENCH_REUSE_DB=1 BENCH_DB=$db BENCH_LABEL=$label "$BENCH_DIR/run.sh"
    files+=("$(ls -t "$RESULTS"/*-"$label".md | head -1)")
  done
done
python3 - "$SMALL" "$LARGE" "${files[@]}" >"$RESULTS/scale-$STAMP.md" <<'PY'
import re, statistics, sys

small, large, files = sys.argv[1], sys.argv[2], sys.argv[3:]
runs = {small: [], large: []}  # db -> [{scenario: (rps, cpu)}]
setup = {small: [], large: []}
for path in files:
    db = small if re.search(r"-%s-\d+\.md$" % re.escape(small), path) else large
    rows, extra = {}, []
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| (") and len(cells) >= 6 and cells[1].isdigit():
            rows[cells[0]] = (float(cells[1]), float(cells[5] or "nan"))
        if line.startswith("- start-up:") or line.startswith("- memory:") or line.startswith("- following") or line.startswith("- data:"):
            extra.append(line.strip())
    runs[db].append(rows)
    setup[db].append((path, extra))

def med(values):
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")

print(f"# Two sizes, interleaved: {small} and {large}\n")
print(f"| scenario | {small} req/s | {large} req/s | ratio | {small} CPU µs/req | {large} CPU µs/req | CPU ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
names = [n for n in (runs[small][0] if runs[small] else {})]
for name in names:
    a = [r[name] for r in runs[small] if name in r]
    b = [r[name] for r in runs[large] if name in r]
    if not a or not b:
        continue
    ra, rb = med([x[0] for x in a]), med([x[0] for x in b])
    ca, cb = med([x[1] for x in a]), med([x[1] for x in b])
    runs_a = " / ".join(f"{x[0]:.0f}" for x in a)
    runs_b = " / ".join(f"{x[0]:.0f}" for x in b)
    print(f"| {name} | {runs_a} | {runs_b} | {rb / ra:.2f} | {ca:.0f} | {cb:.0f} | {ca / cb:.2f} |")
print()
for db in (small, large):
    for path, extra in setup[db]:
        print(f"- {db}, `{path.split('/')[-1]}`:")
        for line in extra:
            print("  " + line)
PY
echo "scale: $RESULTS/scale-$STAMP.md" >&2
cat "$RESULTS/scale-$STAMP.md"
