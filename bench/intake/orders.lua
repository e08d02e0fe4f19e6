-- wrk script: PUT /api/v1/orders/B-1 .. B-ORDERS (thread t of T takes B-(t+1), B-(t+1+T), ...). Once a thread has
-- sent its share it asks for readiness (an order read could come before that order's PUT has committed); the
-- bench/intake/run script stops wrk when the number of orders stops growing and PUTs any order still missing.
local orders = tonumber(os.getenv("ORDERS") or "2000")
local threads = tonumber(os.getenv("THREADS") or "2")
local key = os.getenv("API_KEY")
tid = 0 -- a global: setup() reaches only globals with thread:set
local next_order

function setup(thread)
  thread:set("tid", tid)
  tid = tid + 1
end

function init(args)
  next_order = tid + 1
end

request = function()
  local n = next_order
  if n > orders then
    return wrk.format("GET", "/actuator/health/readiness")
  end
  next_order = next_order + threads
  local body = string.format('{"customer":{"id":"C-%d","email":"c%d@example.de","name":"Bench","language":"de",' ..
    '"country":"DE"},"destinationCountry":"DE","currency":"EUR","placedAt":"2026-11-02T09:00:00Z",' ..
    '"deliveredAt":"2026-11-06T14:00:00Z","paymentMethod":"card","lines":[{"lineId":"1","sku":"S","name":"Shoe",' ..
    '"quantity":1000,"unitPrice":"59.90"}]}', n, n)
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. key
  return wrk.format("PUT", "/api/v1/orders/B-" .. n, headers, body)
end
