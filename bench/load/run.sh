#!/usr/bin/env bash
# Load test of the running service: DOCX renders of a real sample through HTTP with wrk, at 16 and 64
# connections for a fixed time each, then a soak of a fixed number of requests while the service's resident
# memory is sampled. Only ever targets 127.0.0.1; every run is bounded in time and count.
#
# usage: bench/load/run.sh [duration=60s] [soak_requests=100000]
# environment: PORT=5090 (the service this script starts), CONNECTIONS="16 64", THREADS=1 (wrk's),
#   FORM=guangzhou/green-manufacturing-case-enterprise, SAMPLE=templates/$FORM/2024/samples/suihong-auto-parts.json,
#   FORMAT=docx, PACED="500" (offered loads in renders/s, run at PACED_CONNECTIONS=64), SOAK_CONNECTIONS=64, SOAK_MAX=900 (seconds: the soak stops then even short of its count), SOAK_SLICE=10s,
#   RSS_EVERY=2 (seconds between memory samples), DOTNET_gcServer etc. are passed through to the service.
# Output: bench/results/load-<utc>.json (every figure, the RSS samples) and a Markdown table on stdout.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
duration="${1:-60s}"
soak_requests="${2:-100000}"
port="${PORT:-5090}"
connections="${CONNECTIONS:-16 64}"
threads="${THREADS:-1}"
form="${FORM:-guangzhou/green-manufacturing-case-enterprise}"
sample="${SAMPLE:-$repo/templates/$form/2024/samples/suihong-auto-parts.json}"
format="${FORMAT:-docx}"
soak_connections="${SOAK_CONNECTIONS:-64}"
paced="${PACED:-500}"
paced_connections="${PACED_CONNECTIONS:-64}"
soak_max="${SOAK_MAX:-900}"
soak_slice="${SOAK_SLICE:-10s}"
rss_every="${RSS_EVERY:-2}"
base="http://127.0.0.1:$port"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d /tmp/docgen-load-XXXXXX)"
out_dir="$repo/bench/results"
mkdir -p "$out_dir"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v jq >/dev/null || apt-get install -y -qq jq >/dev/null

# The service, built Release into a private folder and run as ./run.sh runs it (same templates, same fonts).
"$repo/scripts/install-pdf-deps.sh" >&2
dotnet build "$repo/src/DocGen.Api" -c Release --artifacts-path /tmp/art-load-api -v q -nologo >&2
FONTCONFIG_FILE="$repo/fonts/fonts.conf" PORT="$port" DOCGEN_TEMPLATES="${DOCGEN_TEMPLATES:-$repo/templates}" \
  dotnet /tmp/art-load-api/bin/DocGen.Api/release/DocGen.Api.dll > "$work/service.log" 2>&1 &
service=$!
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fs "$base/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health/live" >/dev/null || { cat "$work/service.log" >&2; echo "the service did not start" >&2; exit 1; }

path="/api/forms/$form/render?format=$format"
status=$(curl -s -o "$work/first.$format" -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$sample" "$base$path")
[ "$status" = 200 ] || { echo "a single render answered $status" >&2; cat "$work/first.$format" >&2; exit 1; }
echo "one render: $(stat -c %s "$work/first.$format") bytes; service pid $service" >&2

rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$service/status"; }
run_wrk() { # connections duration result [rate]
  SAMPLE="$sample" RENDER_PATH="$path" RESULT="$3" RATE="${4:-0}" CONNECTIONS_N="$1" \
    wrk -t"$threads" -c"$1" -d"$2" --latency -s "$repo/bench/load/render.lua" "$base" > "$3.txt"
}

echo "warm-up 10 s" >&2
run_wrk 16 10s "$work/warmup.json"
rss_after_warmup=$(rss)

for c in $connections; do
  echo "$c connections, $duration" >&2
  run_wrk "$c" "$duration" "$work/c$c.json"
done

# At a fixed offered load rather than flat out: the latency a client sees when the service is busy, not saturated.
for r in $paced; do
  echo "$paced_connections connections paced at $r renders/s, $duration" >&2
  run_wrk "$paced_connections" "$duration" "$work/paced$r.json" "$r"
done

# The soak: wrk cannot stop at a count, so it runs in slices of SOAK_SLICE until the slices add up to the count
# (or SOAK_MAX seconds pass); memory is sampled all along.
echo "soak: $soak_requests requests at $soak_connections connections" >&2
echo "seconds,rss_mib" > "$work/rss.csv"
( start=$(date +%s); while kill -0 "$service" 2>/dev/null; do echo "$(( $(date +%s) - start )),$(rss)" >> "$work/rss.csv"; sleep "$rss_every"; done ) &
sampler=$!
done_requests=0; slice=0; soak_start=$(date +%s)
while [ "$done_requests" -lt "$soak_requests" ] && [ $(( $(date +%s) - soak_start )) -lt "$soak_max" ]; do
  slice=$((slice + 1))
  run_wrk "$soak_connections" "$soak_slice" "$work/soak-$slice.json"
  done_requests=$(( done_requests + $(jq .requests "$work/soak-$slice.json") ))
done
kill "$sampler" 2>/dev/null || true; sampler=""
echo "$(( $(date +%s) - soak_start )),$(rss)" >> "$work/rss.csv"
# One summary over the slices: counts and errors add up; of the latencies, the worst slice's p99 and max.
jq -s '{requests: (map(.requests) | add), duration_s: (map(.duration_s) | add), bytes: (map(.bytes) | add),
        slices: length,
        renders_per_s: ((map(.requests) | add) / (map(.duration_s) | add) * 10 | round / 10),
        latency_ms: {p50: (map(.latency_ms.p50) | sort | .[length / 2 | floor]), p90: (map(.latency_ms.p90) | max),
                     p99: (map(.latency_ms.p99) | max), max: (map(.latency_ms.max) | max),
                     mean: ((map(.latency_ms.mean * .requests) | add) / (map(.requests) | add) * 100 | round / 100)},
        errors: (reduce .[].errors as $e ({}; . as $a | $e | with_entries(.value += ($a[.key] // 0))))}' \
  "$work"/soak-*.json > "$work/soak.json"

result="$out_dir/load-$stamp.json"
jq -n --arg form "$form" --arg sample "${sample#"$repo/"}" --arg format "$format" --arg duration "$duration" \
  --argjson cores "$(nproc)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --argjson warm "$rss_after_warmup" \
  --slurpfile soak "$work/soak.json" \
  --argjson runs "$( (for c in $connections; do jq -c --argjson c "$c" '. + {connections: $c}' "$work/c$c.json"; done
                      for r in $paced; do jq -c --argjson c "$paced_connections" --argjson r "$r" '. + {connections: $c, offered_per_s: $r}' "$work/paced$r.json"; done) | jq -s .)" \
  --argjson rss "$(tail -n +2 "$work/rss.csv" | jq -R 'split(",") | {s: (.[0]|tonumber), mib: (.[1]|tonumber)}' | jq -s .)" \
  '{form: $form, sample: $sample, format: $format, duration: $duration, cores: $cores, load_average_at_end: $load,
    runs: $runs, soak: ($soak[0] + {rss_after_warmup_mib: $warm, rss_mib: $rss})}' > "$result"

echo "| run | renders/s | p50 | p90 | p99 | max | errors (connect/read/write/status/timeout) |"
echo "|---|---|---|---|---|---|---|"
jq -r '
  def row($name): "| \($name) | \(.renders_per_s) | \(.latency_ms.p50) ms | \(.latency_ms.p90) ms | \(.latency_ms.p99) ms | \(.latency_ms.max) ms | \(.errors | "\(.connect)/\(.read)/\(.write)/\(.status)/\(.timeout)") |";
  (.runs[] | row("\(.connections) connections, \(.duration_s) s\(if .offered_per_s then ", paced at \(.offered_per_s)/s" else "" end)")),
  (.soak | row("soak, \(.requests) requests")),
  "",
  (.soak | "RSS: after warm-up \(.rss_after_warmup_mib) MiB; during the soak min \([.rss_mib[].mib] | min), max \([.rss_mib[].mib] | max), first \(.rss_mib[0].mib), last \(.rss_mib[-1].mib) MiB over \(.rss_mib[-1].s) s")' "$result"
echo "full results: $result"
