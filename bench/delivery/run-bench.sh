#!/usr/bin/env bash
# Delivery server benchmark. Builds Release, generates a seeded site (default 10,000 posts, 50,000 documents, 500 authors,
# 8 programs with 4 projects each), starts the server on it and a Kestrel baseline serving a fixed pre-serialized 2 KB JSON,
# and measures each with `wrk -t1 -c16 -d10s --latency`: item by path, item by id, a filtered+sorted+paged query (cached
# by the output cache, and uncached: a distinct query string per request) and an item by path rendered for the first time. Prints requests/s, p50/p99, the ratio to the
# baseline, the server's RSS, and the cold start on the sample content (process start to the first 200).
# Sizes: POSTS=, DOCUMENTS=, AUTHORS=, PROGRAMS=, SEED= environment variables.
source "$(dirname "$0")/common.sh"
mkdir -p "$ROOT/artifacts/bench"
ensure_wrk
echo "building (Release)"; build
generate

# Cold start: the built app on the sample content (uSync/v17 of the repository), process start to the first 200.
cold=()
for i in 1 2 3 4 5; do
  port=$(free_port)
  t0=$(date +%s%N)
  (cd "$ROOT" && exec "$SERVER_BIN" --urls "http://127.0.0.1:$port" >/dev/null 2>&1) & pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/umbraco/delivery/api/v2/content/item/"; do sleep 0.005; done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  cold+=($(( (t1 - t0) / 1000000 )))
done
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)

port=$(free_port); start_server "$port" "$DATA"; server=$SERVER_PID
bport=$(free_port)
("$BASELINE_BIN" --urls "http://127.0.0.1:$bport" >/dev/null 2>&1) & PIDS+=($!)
load_start=$SECONDS
wait_for "http://127.0.0.1:$port/health" 300
wait_for "http://127.0.0.1:$bport/item"
api="http://127.0.0.1:$port/umbraco/delivery/api/v2"
echo "server loaded the generated site in about $((SECONDS - load_start)) s: $(curl -s "http://127.0.0.1:$port/health" | grep -o '"items":[0-9]*')"
# The search index is built in the background after start-up: measure nothing (not even the baseline, which shares the
# cores) until it holds the snapshot served.
until curl -s "http://127.0.0.1:$port/health" | grep -q '"current":true\|"search":null'; do
  if (( SECONDS - load_start > 600 )); then echo "the search index was not built in 10 minutes" >&2; exit 1; fi
  sleep 0.5
done
echo "search index built about $((SECONDS - load_start)) s after start"

# The item cases fetch an archival document (about the size of the baseline's 2 KB); a post, with its citations
# pre-expanded and formatted, is reported too.
probe=$(curl -s "$api/content?filter=contentType:historyArchivalDocument&skip=$((DOCUMENTS / 2))&take=1&fields=properties[]")
item_path=$(grep -o '"path":"/[^"]*"' <<<"$probe" | head -1 | cut -d'"' -f4)
item_id=$(grep -o '"id":"[^"]*","properties"' <<<"$probe" | head -1 | cut -d'"' -f4)
post_path=$(curl -s "$api/content?filter=contentType:historyBlogPost&skip=$((POSTS / 2))&take=1&fields=properties[]" | grep -o '"path":"/[^"]*"' | head -1 | cut -d'"' -f4)
size() { curl -s -o /dev/null -w '%{size_download}' "$1"; }
program=$(curl -s "$api/content?filter=contentType:historyProgram&take=1&fields=properties[]" | grep -o '"id":"[^"]*","properties"' | head -1 | cut -d'"' -f4)
query="filter=contentType:historyBlogPost&filter=program:$program&sort=publishDate:desc&skip=10&take=10"

# Distinct across runs too: the warm-up run and the measured run start from different prefixes (the clock at the start of
# each), so the measured run repeats none of the warm-up's queries (a repeat would be admitted to the output cache).
cat >"$ROOT/artifacts/bench/unique.lua" <<'LUA'
local run = string.format("%d%06d", os.time(), math.floor(os.clock() * 1000000) % 1000000)
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "&n=" .. run .. "-" .. n)
end
LUA

# A different archival document on every request (the generator names them document-000001/ ...), from the end of the
# archive backwards so that neither the probes above nor the other cases have rendered it: each request finds the item by
# path and renders its JSON for the first time (the server keeps it afterwards, so the run is uncached while it visits
# fewer items than the archive holds).
archive=${item_path%/document-*}
cat >"$ROOT/artifacts/bench/items.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. string.format("$archive/document-%06d/", $DOCUMENTS - (n % $DOCUMENTS)))
end
LUA

# run NAME URL [wrk args...]: prints one table row, records requests/s in RPS[NAME]. WARMUP=0 skips the 3 s warm-up run.
declare -A RPS P50 P99
ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v*=1000 } printf "%.2f", v }' <<<"$1"; }
run() {
  local name=$1 url=$2; shift 2
  if [ "${WARMUP:-1}" = 1 ]; then wrk -t1 -c16 -d3s "$@" "$url" >/dev/null 2>&1 || true; fi
  local out; out=$(wrk -t1 -c16 -d10s --latency "$@" "$url")
  RPS[$name]=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  P50[$name]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$name]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  if grep -q "Non-2xx\|Socket errors" <<<"$out"; then echo "$name: $(grep "Non-2xx\|Socket errors" <<<"$out" | tr '\n' ' ')"; fi
}

run baseline "http://127.0.0.1:$bport/item"
run item-by-path "$api/content/item$item_path"
run item-by-id "$api/content/item/$item_id"
run post-by-path "$api/content/item$post_path"
run query "$api/content?$query"
rss=$(rss_mb "$server")
run query-uncached "$api/content?$query" -s "$ROOT/artifacts/bench/unique.lua"
rss_flood=$(rss_mb "$server")
WARMUP=0 run item-uncached "$api/content/item" -s "$ROOT/artifacts/bench/items.lua"

echo
echo "Delivery benchmark: $POSTS posts, $DOCUMENTS documents, $AUTHORS authors, $((PROGRAMS * 5)) programs (seed $SEED); wrk -t1 -c16 -d10s --latency"
printf '%-16s %12s %10s %10s %10s %s\n' case "requests/s" "p50 ms" "p99 ms" "x baseline" target
for name in baseline item-by-path item-by-id post-by-path item-uncached query query-uncached; do
  ratio=$(awk -v a="${RPS[$name]}" -v b="${RPS[baseline]}" 'BEGIN { printf "%.2f", a / b }')
  case $name in item-uncached) target="(a different document by path each request, rendered the first time)";; item-*) target=">= 0.60x, p99 < 5 ms";; post-*) target="(a post: citations and pickers expanded)";; query) target=">= 0.25x";; query-uncached) target=">= 0.35x, p99 <= 3 ms (engine without the output cache)";; *) target="";; esac
  printf '%-16s %12s %10s %10s %10s %s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "$ratio" "$target"
done
echo "server RSS: $rss MB after the item and query runs (target <= 400 MB); $rss_flood MB after the uncached runs (10^5 distinct queries, which the output cache does not store: it admits an answer on its second request)"
echo "cold start on the sample content, process start to first 200: median ${cold_median} ms of ${cold[*]} (target <= 1500 ms)"
echo "response sizes: baseline $(size "http://127.0.0.1:$bport/item") B, document $(size "$api/content/item/$item_id") B, post $(size "$api/content/item$post_path") B, query page $(size "$api/content?$query") B"
echo "query: $query"
