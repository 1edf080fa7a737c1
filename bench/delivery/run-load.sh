#!/usr/bin/env bash
# Load test of the delivery server: 50,000 requests over 64 connections (wrk, two threads) mixing every endpoint (items by
# path and id, items by ids, queries with every filter and sort, History API lists, OpenAPI, health, the index) with bad
# inputs (bad filters, sorts, ids, paths, paging, selections), and archive searches (also hostile ones). Passes only with 0 connection errors and 0 5xx responses.
# Runs on the generated benchmark site (sizes as in run-bench.sh); SAMPLE=1 runs on the sample content instead.
source "$(dirname "$0")/common.sh"
mkdir -p "$ROOT/artifacts/bench"
ensure_wrk
echo "building (Release)"; build
if [ "${SAMPLE:-0}" = 1 ]; then content="$ROOT/uSync/v17"; else generate; content="$DATA"; fi
port=$(free_port); start_server "$port" "$content"
wait_for "http://127.0.0.1:$port/health" 300
base="http://127.0.0.1:$port"
api="/umbraco/delivery/api/v2"
# The search index is built in the background after start-up: load the server once it is ready.
start=$SECONDS
until curl -s "$base/history/api/v1/search?q=archive" | grep -q '"id"'; do
  [ $((SECONDS - start)) -gt 300 ] && { echo "the search index was not ready after 300 s"; exit 1; }
  sleep 1
done
echo "search index ready after $((SECONDS - start)) s"

ids() { curl -s "$base$api/content?filter=contentType:$1&take=${2:-20}&fields=properties[]" | grep -o '"id":"[^"]*","properties"' | cut -d'"' -f4; }
paths() { curl -s "$base$api/content?filter=contentType:$1&take=${2:-20}&fields=properties[]" | grep -o '"path":"/[^"]*"' | cut -d'"' -f4; }
posts=($(ids historyBlogPost)); documents=($(ids historyArchivalDocument)); authors=($(ids historyAuthor)); programs=($(ids historyProgram))
list="$ROOT/artifacts/bench/load-paths.txt"
{
  for p in $(paths historyBlogPost) $(paths historyArchivalDocument 10) $(paths historyAuthor 5); do echo "$api/content/item$p"; done
  for id in "${posts[@]}" "${documents[@]:0:10}"; do echo "$api/content/item/$id"; echo "$api/content/item/$id?fields=properties[authors,citations]&expand=properties[authors]"; done
  echo "$api/content/items?id=${posts[0]}&id=${documents[0]}&id=${authors[0]}"
  echo "$api/content"
  echo "$api/content?fetch=children:/posts/&take=20"
  echo "$api/content?fetch=descendants:${programs[0]}&sort=name:asc"
  echo "$api/content?fetch=ancestors:${documents[0]}"
  for a in "${authors[@]:0:5}"; do echo "$api/content?filter=author:$a&sort=publishDate:desc"; echo "/history/api/v1/authors/$a/posts"; done
  for p in "${programs[@]:0:5}"; do
    echo "$api/content?filter=contentType:historyBlogPost&filter=program:$p&sort=publishDate:desc&skip=10&take=10"
    echo "/history/api/v1/programs/$p/posts"; echo "/history/api/v1/programs/$p/documents?includeProjects=false&take=50"
  done
  for d in "${documents[@]:0:10}"; do echo "$api/content?filter=citesDocument:$d"; echo "/history/api/v1/documents/$d/posts"; done
  for d in "${documents[@]:0:3}"; do echo "/history/api/v1/documents/$d/citation.ris"; echo "/history/api/v1/documents/$d/citation.csl.json"; done
  for p in "${posts[@]:0:10}"; do echo "/history/api/v1/posts/$p/documents"; done
  echo "$api/content?filter=contentType:historyArchivalDocument&filter=documentDate>:1950&filter=documentDate<1960&sort=documentDate:asc&take=25"
  echo "$api/content?filter=contentType:!historyArchivalDocument&filter=name:post&sort=name:desc&sort=createDate:asc"
  echo "$api/content?filter=publishDate>2021-06-01&filter=updateDate>2020&sort=updateDate:desc&sort=sortOrder:asc&sort=level:asc"
  for q in "archive" "resolution%20korea" "%22draft%20resolution%22" "Vyshinsky" "%D0%92%D1%8B%D1%88%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9" "memorandum&type=historyArchivalDocument&sort=date" "cable&from=1950&to=1960&pageSize=5"; do
    echo "/history/api/v1/search?q=$q"
  done
  echo "/history/api/v1/search?q=%2Awild"; echo "/history/api/v1/search?q=%22unbalanced"; echo "/history/api/v1/search?page=-3"
  echo "/openapi/v1.json"; echo "/health"; echo "/"
  # bad inputs: 400s and 404s
  echo "$api/content?filter=bogus:1"; echo "$api/content?filter=author:not-a-key"; echo "$api/content?sort=name:up"
  echo "$api/content?fetch=siblings:x"; echo "$api/content?skip=-1"; echo "$api/content?take=99999"; echo "$api/content?fields=properties%5B"
  echo "$api/content?filter=documentDate%3Eyesterday"; echo "$api/content/item/00000000-0000-0000-0000-000000000000"
  echo "$api/content/item/no/such/path/"; echo "$api/content/items?id=nope"; echo "/no/such/page"; echo "/history/api/v1/authors/${posts[0]}/posts"
  echo "$api/content?filter=%00%FF&sort=%27%22%3Cscript%3E"; echo "/history/api/v1/programs/${programs[0]}/posts?includeProjects=maybe"
} >"$list"
echo "load mix: $(wc -l <"$list") distinct requests; 50,000 requests over 64 connections"
out=$(wrk -t2 -c64 -d60s --latency -s "$BENCH_DIR/load.lua" "$base" -- "$list" 25000)
echo "$out" | grep -E "Requests/sec|Latency|LOAD|Socket errors" || true
line=$(grep '^LOAD' <<<"$out")
count() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$line"; }
errors=$(( $(count connect_errors) + $(count read_errors) + $(count write_errors) + $(count timeouts) ))
echo "server RSS after the load: $(rss_mb "$SERVER_PID") MB"
if [ "$(count 5xx)" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$(count responses)" -lt 50000 ]; then
  echo "LOAD FAILED: $(count responses) responses, $(count 5xx) 5xx, $errors connection errors"; exit 1
fi
echo "LOAD PASSED: $(count responses) responses, 0 5xx, 0 connection errors ($(count 4xx) deliberate 4xx)"
