-- Load mix for wrk: cycles through the request paths in a file (one per line), stops each thread after its share of
-- requests, and counts responses by status class. Usage: wrk -t2 -c64 -d60s -s load.lua URL -- paths.txt 25000
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  limit = tonumber(args[2])
  sent, done_count, s2, s3, s4, s5 = 0, 0, 0, 0, 0, 0
  index = math.random(#paths)
end

function request()
  sent = sent + 1
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  done_count = done_count + 1
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
  if done_count >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local t2, t3, t4, t5, n = 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    t2 = t2 + thread:get("s2"); t3 = t3 + thread:get("s3"); t4 = t4 + thread:get("s4"); t5 = t5 + thread:get("s5")
    n = n + thread:get("done_count")
  end
  local e = summary.errors
  io.write(string.format("LOAD responses=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d status_errors=%d\n",
    n, t2, t3, t4, t5, e.connect, e.read, e.write, e.timeout, e.status))
end
