-- wrk reports p50/p75/p90/p99 only; this prints p50/p90/p95/p99 (ms), the request count and errors on one line.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %.1f %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, summary.requests / (summary.duration / 1e6), errors))
end
