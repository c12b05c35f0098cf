#!/usr/bin/env bash
# DOCX render of the shared benchmark form: DocGen against Carbone and docxtemplater, one after the other in one
# run on one machine, each timed its own way over the same counts (warm-up, sequential latency runs, throughput).
# Then BenchmarkDotNet on the same form for DocGen's careful figures (time and allocations per render).
#
# usage: bench/render-vs-peers.sh [warmup=50] [latency=200] [throughput=2000]
#   (environment: BDN=1 to run BenchmarkDotNet too)
# The peers' scripts and templates are in bench/peers (their packages installed there by npm ci, git-ignored);
# every renderer reads the same bench/shared-form/data.json.
# Output: bench/results/docx-<utc>.json and a Markdown table.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
warmup="${1:-50}"; latency="${2:-200}"; throughput="${3:-2000}"
peers="$repo/bench/peers"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d /tmp/docgen-docx-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$repo/bench/results"

if [ ! -d "$peers/node_modules/carbone" ]; then
  (cd "$peers" && npm ci --no-audit --no-fund >&2)
fi
dotnet build "$repo/bench/DocGen.Render.Bench" -c Release --artifacts-path /tmp/art-render-bench -v q -nologo >&2
bench_dll=/tmp/art-render-bench/bin/DocGen.Render.Bench/release/DocGen.Render.Bench.dll

echo "docgen" >&2;        dotnet "$bench_dll" peer "$warmup" "$latency" "$throughput" "$work/docgen.docx" > "$work/docgen.json"
echo "carbone" >&2;       (cd "$peers" && OUT_DIR="$work" node bench-carbone.js docx "$warmup" "$latency" "$throughput") > "$work/carbone.json"
echo "docxtemplater" >&2; (cd "$peers" && OUT_DIR="$work" node bench-docxtemplater.js "$warmup" "$latency" "$throughput") > "$work/docxtemplater.json"

result="$repo/bench/results/docx-$stamp.json"
jq -n --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --slurpfile d "$work/docgen.json" --slurpfile c "$work/carbone.json" \
  --slurpfile x "$work/docxtemplater.json" '{load_average_at_end: $load, docgen: $d[0], carbone: $c[0], docxtemplater: $x[0]}' > "$result"

echo "| renderer | p50 | p95 | min | max | renders/s (one thread) | output |"
echo "|---|---|---|---|---|---|---|"
jq -r '
  def row($name; $r): "| \($name) | \($r.warm_latency.median_ms) ms | \($r.warm_latency.p95_ms) ms | \($r.warm_latency.min_ms) ms | \($r.warm_latency.max_ms) ms | \($r.throughput.docs_per_s) | \($r.output_bytes) B |";
  row("DocGen"; .docgen), row("Carbone"; .carbone), row("docxtemplater"; .docxtemplater),
  "",
  "DocGen p50 / Carbone p50 = \(.docgen.warm_latency.median_ms / .carbone.warm_latency.median_ms * 1000 | round / 1000); DocGen allocates \(.docgen.allocated_bytes_per_render) B per render"' "$result"
echo "full results: $result"

if [ "${BDN:-1}" = 1 ]; then
  dotnet "$bench_dll" --filter '*SharedFormBenchmarks*' --artifacts "$work/bdn" >&2
  cat "$work"/bdn/results/*SharedFormBenchmarks*-report-github.md
  cp "$work"/bdn/results/*SharedFormBenchmarks*-report-github.md "$repo/bench/results/docx-bdn-$stamp.md"
fi
