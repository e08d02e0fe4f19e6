-- wrk script: PUT /api/v1/orders/B-1 .. B-ORDERS, each once, then stop (thread t of T takes B-(t+1), B-(t+1+T), ...).
-- Much faster than a curl per order, so the bench can have as many orders as a shop has in a season.
local orders = tonumber(os.getenv("ORDERS") or "2000")
local threads = tonumber(os.getenv("THREADS") or "2")
local key = os.getenv("API_KEY")
tid = 0 -- a global: setup() reaches only globals with thread:set
local next_order
local last -- the last order this thread sent
local mine -- how many orders this thread creates
local done = {} -- the orders this thread has been answered for
local answered = 0

function setup(thread)
  thread:set("tid", tid)
  tid = tid + 1
end

function init(args)
  next_order = tid + 1
  mine = tid + 1 <= orders and math.floor((orders - tid - 1) / threads) + 1 or 0
end

request = function()
  local n = next_order
  if n > orders then
    n = last -- the last connections' extra requests repeat an order (an upsert: nothing changes)
  else
    last = n
    next_order = next_order + threads
  end
  local body = string.format('{"customer":{"id":"C-%d","email":"c%d@example.de","name":"Bench","language":"de",' ..
    '"country":"DE"},"destinationCountry":"DE","currency":"EUR","placedAt":"2026-11-02T09:00:00Z",' ..
    '"deliveredAt":"2026-11-06T14:00:00Z","paymentMethod":"card","lines":[{"lineId":"1","sku":"S","name":"Shoe",' ..
    '"quantity":1000,"unitPrice":"59.90"}]}', n, n)
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. key
  return wrk.format("PUT", "/api/v1/orders/B-" .. n, headers, body)
end

response = function(status, headers, body)
  if status >= 300 then
    io.write("order PUT failed: " .. status .. " " .. body .. "\n")
    return
  end
  -- stop once every order of this thread is answered (requests still in flight would be cut off otherwise)
  local n = tonumber(string.match(body, '"orderId":"B%-(%d+)"'))
  if n and not done[n] then
    done[n] = true
    answered = answered + 1
  end
  -- (wrk may drop a thread's very first request: bench/intake/run PUTs what is missing afterwards)
  if answered >= mine - 1 then
    wrk.thread:stop()
  end
end
