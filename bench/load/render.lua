-- wrk script: POSTs one real sample to the render endpoint, over and over.
-- env: SAMPLE (path of the JSON body), RENDER_PATH (the endpoint, with its query), RATE and CONNECTIONS_N
-- (below), RESULT (where done() writes its JSON). No response() hook: it would hand every body to Lua.
local sample = os.getenv("SAMPLE")
local f = assert(io.open(sample, "rb"))
local body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.path = os.getenv("RENDER_PATH")
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

-- RATE: renders per second wanted over all CONNECTIONS (0 = as fast as the service answers). Each connection
-- waits between its requests, so latency is measured at a given load instead of at saturation.
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS_N") or "1")
if rate > 0 then
  function delay()
    return connections * 1000 / rate
  end
end
local seen = 0
function done(summary, latency, requests)
  local e = summary.errors
  local out = string.format(
    '{"requests":%d,"duration_s":%.3f,"renders_per_s":%.1f,"bytes":%d,' ..
    '"latency_ms":{"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f,"mean":%.2f},' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.status, e.timeout)
  local path = os.getenv("RESULT")
  if path and path ~= "" then
    local r = assert(io.open(path, "w"))
    r:write(out, "\n")
    r:close()
  end
  io.write(out, "\n")
end
