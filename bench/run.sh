#!/usr/bin/env bash
# Reruns the PDF benchmark: DocGen's LibreOffice pool (1 and 2 workers) against Carbone's warm PDF path and a cold
# `soffice --convert-to pdf` per file, on the shared benchmark form, in one run on one machine.
#
# usage: bench/run.sh [rounds=2]     (environment: LATENCY=50, THROUGHPUT=120, BURSTS=3, COLD=5, CARBONE_N=50)
# Output: bench/results/pdf-<utc>.json (all figures) and a Markdown table on stdout.
# The rounds alternate Carbone and the pool so that machine noise (other builds) hits both alike.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-2}"
peers="$repo/bench/peers"
latency="${LATENCY:-50}"
throughput="${THROUGHPUT:-120}"
bursts="${BURSTS:-3}"
cold="${COLD:-5}"
carbone_n="${CARBONE_N:-50}"
out_dir="$repo/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d /tmp/docgen-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out_dir"

"$repo/scripts/install-pdf-deps.sh" >&2

# The peers (docxtemplater, Carbone): their scripts in bench/peers, their packages installed there once.
if [ ! -d "$peers/node_modules/carbone" ]; then
  (cd "$peers" && npm ci --no-audit --no-fund >&2)
fi

# The document: the docxtemplater template filled once with data.json by the peers' own script (11 pages).
(cd "$peers" && OUT_DIR="$work" node bench-docxtemplater.js 0 1 1 >/dev/null)
docx="$work/filled-docxtemplater.docx"

dotnet build "$repo/bench/DocGen.Conversion.Bench" -c Release --artifacts-path /tmp/art-pdf-bench -v q -nologo >&2
bench_dll=/tmp/art-pdf-bench/bin/DocGen.Conversion.Bench/release/DocGen.Conversion.Bench.dll

carbone() {
  # Carbone finds LibreOffice only through soffice.bin on PATH and needs Debian's python3 (uno) first on PATH.
  ls /tmp/OSL_PIPE_* 2>/dev/null | sort > "$work/pipes-before" || true
  (cd "$peers" && CARBONE_WORK="$work/carbone" OUT_DIR="$work" FONTCONFIG_FILE="$repo/fonts/fonts.conf" \
    PATH=/usr/lib/libreoffice/program:/usr/bin:$PATH node bench-carbone.js pdf 3 "$carbone_n" "$carbone_n")
  # Carbone kills its soffice.bin on exit, which leaves LibreOffice's pipe sockets behind: remove the new ones
  # that nothing listens on any more.
  for pipe in $(ls /tmp/OSL_PIPE_* 2>/dev/null | sort | comm -13 "$work/pipes-before" -); do
    grep -q " $pipe\$" /proc/net/unix || rm -f "$pipe"
  done
}

for round in $(seq 1 "$rounds"); do
  echo "round $round: carbone" >&2
  carbone > "$work/carbone-$round.json"
  echo "round $round: docgen pool" >&2
  c=0; [ "$round" -eq 1 ] && c="$cold"
  dotnet "$bench_dll" --docx "$docx" --workers 1,2 --warmup 5 --latency "$latency" --throughput "$throughput" \
    --bursts "$bursts" \
    --cold "$c" --out "$work/pool-$round.json" >/dev/null
done

result="$out_dir/pdf-$stamp.json"
jq -n --argjson rounds "$rounds" '
  { rounds: [range(1; $rounds + 1) as $r | { round: $r,
      carbone: input, pool: input }] }' \
  $(for r in $(seq 1 "$rounds"); do echo "$work/carbone-$r.json $work/pool-$r.json"; done) > "$result"

echo "| round | measurement | p50 | p95 | min | max | docs/s |"
echo "|---|---|---|---|---|---|---|"
jq -r '
  def ms: if . == null then "–" else (. | tostring) + " ms" end;
  .rounds[] | .round as $r |
  ( "| \($r) | Carbone 3.8 warm render → PDF (1 LibreOffice) | \(.carbone.warm_latency.median_ms|ms) | \(.carbone.warm_latency.p95_ms|ms) | \(.carbone.warm_latency.min_ms|ms) | \(.carbone.warm_latency.max_ms|ms) | \(.carbone.throughput.docs_per_s // "–") |",
    "| \($r) | DocGen pool, 1 worker | \(.pool.pool_1.warm_latency.MedianMs|ms) | \(.pool.pool_1.warm_latency.P95Ms|ms) | \(.pool.pool_1.warm_latency.MinMs|ms) | \(.pool.pool_1.warm_latency.MaxMs|ms) | \(.pool.pool_1.throughput.docs_per_s) |",
    "| \($r) | DocGen pool, 1 worker, requests 100 ms apart | \(.pool.pool_1.isolated_latency.MedianMs|ms) | \(.pool.pool_1.isolated_latency.P95Ms|ms) | \(.pool.pool_1.isolated_latency.MinMs|ms) | \(.pool.pool_1.isolated_latency.MaxMs|ms) | |",
    "| \($r) | DocGen pool, 2 workers | \(.pool.pool_2.warm_latency.MedianMs|ms) | \(.pool.pool_2.warm_latency.P95Ms|ms) | \(.pool.pool_2.warm_latency.MinMs|ms) | \(.pool.pool_2.warm_latency.MaxMs|ms) | \(.pool.pool_2.throughput.docs_per_s) |",
    (if .pool.cold_soffice then "| \($r) | soffice --convert-to pdf, one process per file | \(.pool.cold_soffice.per_file.MedianMs|ms) | \(.pool.cold_soffice.per_file.P95Ms|ms) | \(.pool.cold_soffice.per_file.MinMs|ms) | \(.pool.cold_soffice.per_file.MaxMs|ms) | \(1000 / .pool.cold_soffice.per_file.MedianMs * 100 | round / 100) |" else empty end),
    "| \($r) | ratios: pool p50 / Carbone p50 = \(.pool.pool_1.warm_latency.MedianMs / .carbone.warm_latency.median_ms * 100 | round / 100); 2 workers / 1 worker throughput = \(.pool.pool_2.throughput.docs_per_s / .pool.pool_1.throughput.docs_per_s * 100 | round / 100) | | | | | |" )' "$result"
echo
echo "load average at start of each pool run: $(jq -r '[.rounds[].pool.machine.load_average] | join(" / ")' "$result")"
echo "full results: $result"
