-- wrk script for Open311 POST requests (wrk -s open311.lua URL -- API_KEY CODES_DIR): each request sends a new
-- petition with a random service and text; each thread writes the tracking code of every request answered 2xx
-- to CODES_DIR/<thread>.txt, so the bench can check that every acknowledged request is stored. The run ends
-- with one line in LoadTest.java's format, "answered" being the requests acknowledged with 2xx.
local threads = {}
local counter = 0
local services = {"DAT_DAI", "XAY_DUNG", "MOI_TRUONG", "GIAO_THONG", "KHAC"}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  key = enc(args[1])
  answered = 0
  out = io.open(args[2] .. "/" .. id .. ".txt", "a")
  math.randomseed(os.time() + id * 7919 + tonumber(tostring({}):sub(8), 16))
  wrk.method = "POST"
  wrk.path = "/open311/v2/requests.json"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  local body = "api_key=" .. key .. "&service_code=" .. services[math.random(#services)]
    .. "&description=" .. enc("Benchmark: đèn đường hỏng trước nhà số " .. math.random(100000))
    .. "&address_string=" .. enc("Số " .. math.random(1000) .. " đường Benchmark")
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    local code = body:match('"service_request_id":"([^"]+)"')
    if code then
      answered = answered + 1
      out:write(code, "\n")
      out:flush()
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("answered") end
  io.write(string.format("open311 requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f answered=%d\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, n))
end
