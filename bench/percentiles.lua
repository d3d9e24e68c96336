-- wrk reporter: latency percentiles incl. p95, and the requests that failed (non-2xx or socket errors)
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
