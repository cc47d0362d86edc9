-- wrk script for the lookup form without a code (wrk -s form.lua URL): the same page as the lookup with nothing to
-- look up; the run ends with one line in LoadTest.java's format, as lookup.lua's.
function request()
  return wrk.format("GET", "/portal/petitions/lookup")
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("form requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
