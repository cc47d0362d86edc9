-- wrk script for the public lookup: each request asks for a random code of CODES_FILE (wrk -s
-- lookup.lua URL -- CODES_FILE) and the run ends with one line in LoadTest.java's format.
local codes = {}

function init(args)
  for line in io.lines(args[1]) do
    codes[#codes + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", "/portal/petitions/lookup?code=" .. codes[math.random(#codes)])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("lookup requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
