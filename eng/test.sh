#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what is missing (Chromium for the
# browser tests, the client's npm packages), builds the solution with warnings as errors, runs every
# .NET test project and the browser tests, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p artifacts
log="$root/artifacts/test-log"
mkdir -p "$log"

passed=0
failed=0
status=0

note() { printf '\n== %s ==\n' "$*"; }

ensure_chromium() {
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then return 0; fi
  if command -v chromium >/dev/null 2>&1; then export CHROME_PATH=$(command -v chromium); return 0; fi
  note "installing Chromium (Debian package) for the browser tests"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || { echo "could not install chromium"; return 1; }
  export CHROME_PATH=$(command -v chromium)
}

client="$root/src/HistoryCms.Backoffice"
if [ -f "$client/package.json" ]; then
  note "backoffice client: install, type-check, build"
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent typecheck && npm run --silent build) \
    || { echo "client build failed"; status=1; }
fi

# citeproc-js (tests/citeproc) formats our CSL-JSON for the Chicago cross-check in HistoryCms.Core.Tests.
note "citeproc-js for the Chicago cross-check: install"
(cd "$root/tests/citeproc" && npm ci --no-audit --no-fund --loglevel=error) \
  || { echo "npm ci in tests/citeproc failed: the citeproc cross-check will fail"; status=1; }

note "dotnet build (Release, warnings as errors)"
if ! dotnet build HistoryCms.sln -c Release -nologo -v minimal; then
  echo "dotnet build failed"
  echo "$passed passed, $((failed + 1)) failed"
  exit 1
fi

note "dotnet test"
# HistoryCms.Web.Tests drives headless Chromium (Playwright over the system browser): install it first; without it
# those tests fail and say so.
ensure_chromium || echo "no Chromium: the browser checks in HistoryCms.Web.Tests will fail"
dotnet test --solution HistoryCms.sln -c Release --no-build 2>&1 | tee "$log/dotnet.txt"
dotnet_rc=${PIPESTATUS[0]}
p=$(grep -E '^\s*succeeded: [0-9]+' "$log/dotnet.txt" | tail -n 1 | grep -oE '[0-9]+')
f=$(grep -E '^\s*failed: [0-9]+' "$log/dotnet.txt" | tail -n 1 | grep -oE '[0-9]+')
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-0}))
if [ "$dotnet_rc" -ne 0 ]; then status=1; [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)); fi

if [ -f "$client/package.json" ]; then
  note "browser tests (headless Chromium)"
  if ensure_chromium; then
    (cd "$client" && npm test 2>&1) | tee "$log/browser.txt"
    browser_rc=${PIPESTATUS[0]}
    # The screenshot suite (src/HistoryCms.Backoffice/src/screenshots) is part of these tests; its pictures of each editor state:
    echo "screenshots: $(ls "$root/artifacts/screenshots" 2>/dev/null | wc -l) files in artifacts/screenshots/"
    bp=$(grep -oE '[0-9]+ passed' "$log/browser.txt" | tail -n 1 | grep -oE '[0-9]+')
    bf=$(grep -oE '[0-9]+ failed' "$log/browser.txt" | tail -n 1 | grep -oE '[0-9]+')
    passed=$((passed + ${bp:-0}))
    failed=$((failed + ${bf:-0}))
    if [ "$browser_rc" -ne 0 ]; then status=1; [ "${bf:-0}" -eq 0 ] && failed=$((failed + 1)); fi
  else
    status=1; failed=$((failed + 1))
  fi
fi

# The names of failed tests, again at the end: a CI page that shows only the tail of the log still says which.
if [ "$status" -ne 0 ]; then
  note "failed tests"
  grep -hE '^failed [^ ]' "$log/dotnet.txt" 2>/dev/null
  grep -hE '❌' "$log/browser.txt" 2>/dev/null
fi

echo
echo "$passed passed, $failed failed"
exit $status
