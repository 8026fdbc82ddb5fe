-- wrk script for bench/run.sh: an optional rotating set of paths, and a machine-readable summary.
--
--   BENCH_PATHS=file  one request path per line (e.g. /api/v1/content/article/<slug>?locale=nb);
--                     each wrk thread walks the list from its own offset, round-robin. Without it,
--                     wrk requests the URL given on its command line.
--
-- done() prints one line that run.sh parses:
--   BENCH rps=<requests/s> p50=<ms> p90=<ms> p99=<ms> max=<ms> requests=<n> status_errors=<n>
--     socket_errors=<n>
-- (wrk counts answers with a status >= 400 as status errors; 304 is not one.)

local paths = nil
local file = os.getenv("BENCH_PATHS")
if file and file ~= "" then
  paths = {}
  for line in io.lines(file) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  if paths then
    -- Spread the threads over the list so that they do not walk it in lockstep.
    position = (id * 7919) % #paths
  end
end

-- Only defined with BENCH_PATHS: without a request() function wrk sends its one precomputed
-- request, with no Lua work per request.
if paths then
  function request()
    position = position % #paths + 1
    return wrk.format(nil, paths[position])
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d status_errors=%d socket_errors=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(90) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.requests,
    e.status,
    e.connect + e.read + e.write + e.timeout))
end
