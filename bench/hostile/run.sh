#!/usr/bin/env bash
# Hostile inputs against a freshly started service with its default settings (as README starts it: no API keys,
# PDF on): each is sent once and its answer status, wall time, the service's peak resident memory during the
# request and LibreOffice's (the service's child processes together) are recorded. Rerunnable; only ever targets
# 127.0.0.1; the inputs are built by make_inputs.py into a temporary folder.
#
# usage: bench/hostile/run.sh
# environment: PORT=5202 (the service this script starts), CANARY_PORT=5203 (a local HTTP listener that the
#   external-image template points to: any request it logs is a fetch LibreOffice made).
# Output: bench/results/hostile-<utc>.md (the table, also printed on stdout).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
port="${PORT:-5202}"
canary_port="${CANARY_PORT:-5203}"
base="http://127.0.0.1:$port"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$(mktemp -d /tmp/docgen-hostile-XXXXXX)"
out="$repo/bench/results/hostile-$stamp.md"
mkdir -p "$repo/bench/results"

"$repo/scripts/install-pdf-deps.sh" >&2
python3 "$repo/bench/hostile/make_inputs.py" "$work/in" "$repo" "http://127.0.0.1:$canary_port/canary.png"
dotnet build "$repo/src/DocGen.Api" -c Release --artifacts-path /tmp/art-hostile-api -v q -nologo >&2

python3 -m http.server "$canary_port" --bind 127.0.0.1 --directory "$work/in" > "$work/canary.log" 2>&1 &
canary=$!
FONTCONFIG_FILE="$repo/fonts/fonts.conf" PORT="$port" DOCGEN_TEMPLATES="$repo/templates" \
  dotnet /tmp/art-hostile-api/bin/DocGen.Api/release/DocGen.Api.dll > "$work/service.log" 2>&1 &
service=$!
cleanup() {
  kill "$canary" 2>/dev/null || true
  kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 240); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health/ready" >/dev/null || { tail -50 "$work/service.log" >&2; echo "the service did not become ready" >&2; exit 1; }

kib() { awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
descendants() { local child; for child in $(ps -o pid= --ppid "$1"); do echo "$child"; descendants "$child"; done; }
children_kib() { local total=0 pid; for pid in $(descendants "$service"); do total=$((total + $(kib "$pid"))); done; echo "$total"; }

# sample <id>: both peaks, every 0.2 s, into $work/peak.<id> until $work/sampling.<id> is removed.
sample() {
  local service_peak=0 office_peak=0 s o
  while [ -e "$work/sampling.$1" ]; do
    s=$(kib "$service"); o=$(children_kib)
    [ "$s" -gt "$service_peak" ] && service_peak=$s
    [ "$o" -gt "$office_peak" ] && office_peak=$o
    echo "$service_peak $office_peak" > "$work/peak.$1"
    sleep 0.2
  done
}

row() { echo "$1" >> "$work/rows"; echo "$1" >&2; }

# record <case> <what> <curl arguments…>: one request, measured (several may run at once).
record() {
  local name="$1" what="$2" id="$RANDOM$RANDOM"; shift 2
  touch "$work/sampling.$id"; echo "0 0" > "$work/peak.$id"
  sample "$id" & local sampler=$!
  local result
  result=$(curl -s -o "$work/answer.$id" -w '%{http_code} %{time_total}' "$@" || true)
  rm -f "$work/sampling.$id"; wait "$sampler" 2>/dev/null || true
  local service_peak office_peak
  read -r service_peak office_peak < "$work/peak.$id"
  local status="${result%% *}" seconds="${result##* }"
  local detail
  detail=$(python3 - "$work/answer.$id" <<'PY'
import json, sys
try:
    body = json.load(open(sys.argv[1], encoding="utf-8"))
except Exception:
    print(""); sys.exit()
if "type" in body:
    print(body["type"].rsplit("/", 1)[-1] + ": " + str(body.get("detail", ""))[:90].replace("|", "/").replace("\n", " "))
elif "diagnostics" in body:
    codes = sorted({d["code"] for d in body["diagnostics"] if d.get("severity") == "error"})
    first = next((d["message"] for d in body["diagnostics"] if d.get("severity") == "error"), "")
    print(", ".join(codes) + ": " + first[:90].replace("|", "/").replace("\n", " "))
PY
)
  local alive="yes"; curl -fs "$base/health/live" >/dev/null || alive="NO"
  row "| $name | $what | $status | $seconds | $((service_peak / 1024)) | $((office_peak / 1024)) | $alive | $detail |"
}

check() { # case what template [schema] [sample]
  local args=(-X POST -F "template=@$work/in/$3;filename=template.docx")
  [ -n "${4:-}" ] && args+=(-F "schema=@$work/in/$4;filename=schema.json")
  [ -n "${5:-}" ] && args+=(-F "sample=@$work/in/$5;filename=sample.json")
  record "$1" "$2" "${args[@]}" "$base/api/templates/check"
}
render() { # case what form-path version format body
  record "$1" "$2" -X POST -H 'Content-Type: application/json' --data-binary "@$work/in/$6" "$base/api/forms/$3/render?version=$4&format=$5"
}

check "1 deep XML" "template check, document.xml nested 40,000 elements" deep-xml.docx
check "1 attributes" "template check, one element with 1,000,000 attributes" many-attributes.docx
check "1 namespaces" "template check, one element with 300,000 namespace declarations" many-namespaces.docx
check "1 relationship circle" "template check, a header whose relationship names itself" relationship-cycle.docx
check "1 relationships" "template check, 30,000 relationships from the document to one header" many-relationships.docx
check "2 \$ref chain" "template check, schema chaining 60,000 \$refs" ref-chain.docx ref-chain.schema.json
check "3 nested loops" "template check, three nested for min:1000" nested-loops.docx
check "3 nested ifs" "template check, 5,000 nested if" nested-ifs.docx
check "3 slow tags" "template check, 2,000 tags each running a backtracking regex.match" regex-tags.docx
check "4 zip bomb" "template check, 570 KB unpacking to 190 MB" zip-bomb.docx
check "5 regex" "template check, 200 texts against ^(?=(a+)+\$)" regex.docx regex.schema.json regex.sample.json
render "6 PDF rows" "summary of 200,000 rows as PDF (18 MB body)" henan/recommendation-summary 2023 pdf summary-200000-rows.json
render "6 same as DOCX" "the same 200,000 rows as DOCX" henan/recommendation-summary 2023 docx summary-200000-rows.json
render "6 PDF at the limit" "summary of 5,000 rows as PDF" henan/recommendation-summary 2023 pdf summary-5000-rows.json

# Two 600 KB texts at once, and an ordinary PDF sent just after them: does it wait behind them?
render "6 600 KB texts" "experience report, practices 600 KB, as PDF (two at once)" hebei/typical-experience-report 2024 pdf report-600kb-text.json &
first=$!
sleep 0.2
render "6 600 KB texts" "the second one, at the same time" hebei/typical-experience-report 2024 pdf report-600kb-text.json &
second=$!
sleep 0.5
cp "$repo/templates/hebei/typical-experience-report/2024/samples/tangshan-steel-factory.json" "$work/in/ordinary.json"
render "6 ordinary PDF" "an ordinary report PDF sent right after the two" hebei/typical-experience-report 2024 pdf ordinary.json
wait "$first" "$second" || true

# A client that hangs up after 1 s of a PDF batch of 5,000-row summaries: how soon is LibreOffice idle again?
python3 - "$work/in/summary-5000-rows.json" "$work/in/batch.json" <<'PY'
import json, sys
item = json.load(open(sys.argv[1], encoding="utf-8"))
item["factories"] = item["factories"][:3000]
json.dump([item] * 20, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
hung_up=$(date +%s.%N)
curl -s -o /dev/null --max-time 1 -X POST -H 'Content-Type: application/json' --data-binary "@$work/in/batch.json" \
  "$base/api/forms/henan/recommendation-summary/render-batch?version=2023&format=pdf" || true
# Idle means no conversion running or queued for 3 s on end (a batch renders its next item between conversions).
idle="not within 120 s"; quiet_since=""
for _ in $(seq 1 600); do
  busy=$(curl -fs "$base/health/ready" | python3 -c 'import json,sys; p=json.load(sys.stdin)["pdf"]; print(p["busy"] + p["queueLength"])' 2>/dev/null || echo 1)
  if [ "$busy" != 0 ]; then quiet_since=""; elif [ -z "$quiet_since" ]; then quiet_since=$(date +%s.%N); fi
  if [ -n "$quiet_since" ] && python3 -c "import sys; sys.exit(0 if $(date +%s.%N) - $quiet_since >= 3 else 1)"; then
    idle="$(python3 -c "print(f'{$quiet_since - $hung_up:.1f} s')")"; break
  fi
  sleep 0.2
done
row "| 6 gone client | PDF batch of 20 × 3,000 rows, client gone after 1 s | — | — | — | — | yes | LibreOffice idle $idle after the hang-up |"

check "7 external image" "template check, picture linked to http://127.0.0.1:$canary_port" external-image.docx
fetches=$(grep -c "canary.png" "$work/canary.log" || true)
row "| 7 external image | requests the canary listener received | — | — | — | — | yes | $fetches |"

{
  echo "# Hostile inputs, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Service: Release build of $(git -C "$repo" rev-parse --short HEAD), default settings, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Peak memory is sampled every 0.2 s during the request (VmRSS); LibreOffice is the sum over the service's child processes."
  echo
  echo "| case | input | status | seconds | service peak MB | LibreOffice peak MB | up after | answer |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$work/rows"
} | tee "$out"
echo "written to $out" >&2
