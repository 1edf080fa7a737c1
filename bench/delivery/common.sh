# Shared by run-bench.sh and run-load.sh: paths, wrk install, builds, generated data, starting and stopping processes.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
SERVER_BIN="$ROOT/src/HistoryCms.Server/bin/Release/net10.0/HistoryCms.Server"
BASELINE_BIN="$BENCH_DIR/Baseline/bin/Release/net10.0/HistoryCms.Bench.Baseline"
GENERATOR_BIN="$BENCH_DIR/Generator/bin/Release/net10.0/HistoryCms.Bench.Generator"
POSTS=${POSTS:-10000}
DOCUMENTS=${DOCUMENTS:-50000}
AUTHORS=${AUTHORS:-500}
PROGRAMS=${PROGRAMS:-8}
SEED=${SEED:-1947}
DATA="$ROOT/artifacts/bench/site-$POSTS-$DOCUMENTS-$AUTHORS-$PROGRAMS-$SEED"
PIDS=()

cleanup() { for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  echo "installing wrk (Debian package)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
}

build() {
  (cd "$ROOT" && dotnet build src/HistoryCms.Server -c Release -nologo -v quiet \
    && dotnet build bench/delivery/Generator -c Release -nologo -v quiet \
    && dotnet build bench/delivery/Baseline -c Release -nologo -v quiet) >/dev/null
}

generate() {
  if [ ! -f "$DATA/.complete" ]; then
    echo "generating $POSTS posts, $DOCUMENTS documents, $AUTHORS authors, $PROGRAMS programs (seed $SEED) into $DATA"
    "$GENERATOR_BIN" "$DATA" "$POSTS" "$DOCUMENTS" "$AUTHORS" "$PROGRAMS" "$SEED"
    touch "$DATA/.complete"
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# wait_for URL [seconds]: polls until the URL answers 200.
wait_for() {
  local url=$1 limit=${2:-120} start=$SECONDS
  until curl -sf -o /dev/null "$url"; do
    [ $((SECONDS - start)) -gt "$limit" ] && { echo "timed out waiting for $url"; return 1; }
    sleep 0.2
  done
}

# start_server PORT CONTENT_PATH: starts the built server in the background; sets SERVER_PID.
start_server() {
  local port=$1 content=$2
  (cd "$ROOT" && exec "$SERVER_BIN" --urls "http://127.0.0.1:$port" --HistoryCms:ContentPath="$content" >"$ROOT/artifacts/bench/server-$port.log" 2>&1) &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
