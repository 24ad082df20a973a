-- wrk report for bench/run-serve.sh: one parseable line at the end of a run.
--   wrk -t2 -c16 -d20s --latency -s bench/wrk-report.lua URL
-- prints
--   WRK_REPORT requests=N duration_s=S rps=R p50_ms=A p99_ms=B non2xx3xx=N socket_errors=N connect=N read=N write=N timeout=N bytes_per_req=N
-- non2xx3xx is wrk's errors.status: responses with a status of 400 or more (wrk counts 1xx–3xx as fine).
-- socket_errors = connect + read + write + timeout. bytes_per_req is approximate: headers included, and the
-- bytes of the responses still in flight when the run stops are counted too. Latencies are wrk's (closed
-- loop: a slow response delays the next request on its connection, so p99 understates what an open-loop
-- client would see).
-- Extra request headers (e.g. Accept) come from wrk's -H, which this script leaves alone.

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  local n = summary.requests
  io.write(string.format(
    "WRK_REPORT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx3xx=%d socket_errors=%d"
      .. " connect=%d read=%d write=%d timeout=%d bytes_per_req=%d\n",
    n, secs, n / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    n > 0 and math.floor(summary.bytes / n) or 0))
end
