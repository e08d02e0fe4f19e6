-- wrk script: POST /api/v1/cases with a unique Idempotency-Key per request on a random one of ORDERS orders.
local counter = 0
local orders = tonumber(os.getenv("ORDERS") or "2000")
local key = os.getenv("API_KEY")
-- a global, not a local: setup() gives each thread its own value with thread:set, which only reaches globals (a
-- local here made both threads use 0, the same random orders and the same keys: half the requests were replays
-- queueing on the same order's lock)
tid = 0

function setup(thread)
  thread:set("tid", tid)
  tid = tid + 1
end

function init(args)
  math.randomseed(os.time() + tid * 7919)
end

request = function()
  counter = counter + 1
  local order = "B-" .. math.random(1, orders)
  local body = '{"orderId":"' .. order .. '","type":"return","reason":"size_fit",' ..
    '"lines":[{"lineId":"1","quantity":1}],"message":"Die Schuhe sind zu klein.","channel":"portal",' ..
    '"preferredResolution":"refund"}'
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. key
  headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. counter .. "-" .. os.time()
  return wrk.format("POST", "/api/v1/cases", headers, body)
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, non2xx))
end
