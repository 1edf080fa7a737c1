#!/usr/bin/env bash
# Posts-import benchmark (issue 13, legacy posts): imports COUNT archive records (default 20000; one of them the page's
# /document/<slug> link names), then imports the HTML test page three times and prints wall and CPU seconds, peak RSS
# and the report line of each: a dry run (the slug index is not kept), the first import (it reads every document once
# to build the slug index), and a re-import (it reads only the cited documents). CLI=<historycms-usync.dll> measures
# another build (e.g. an older commit's) on the same data.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-20000}
work=${2:-${TMPDIR:-/tmp}/historycms-import-posts-bench}
cli=${CLI:-src/HistoryCms.USync.Cli/bin/Release/net10.0/historycms-usync.dll}
page=tests/fixtures/legacy-posts/failed-diplomacy.html
if [[ -z "${CLI:-}" ]]; then
  dotnet build src/HistoryCms.USync.Cli -c Release -nologo -v q
fi

rm -rf "$work" && mkdir -p "$work"
{
  printf 'record_id,title,original_publication_date,document_url\r\n'
  printf '300001,Speech by George Marshall at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-george-marshall-un-general-assembly\r\n'
  printf '300002,Speech by Andrei Vyshinsky at the United Nations General Assembly,1947,https://digitalarchive.wilsoncenter.org/document/speech-andrei-vyshinsky-un-general-assembly\r\n'
  printf '300003,US Draft Resolution on Korea,1947,https://digitalarchive.wilsoncenter.org/document/us-draft-resolution-korea\r\n'
  for ((n = 0; n < count - 3; n++)); do
    printf '%d,Telegram number %d,1950,https://digitalarchive.wilsoncenter.org/document/telegram-%d\r\n' $((400000 + n)) $((400000 + n)) $((400000 + n))
  done
} > "$work/records.csv"
dotnet "$cli" import-records "$work/records.csv" --usync "$work/uSync" | grep -m1 created

measure() {
  local label=$1; shift
  /usr/bin/time -f "@@ %e %U %S %M" -o "$work/time.txt" dotnet "$cli" import-posts "$page" --usync "$work/uSync" "$@" > "$work/out.txt" || true
  read -r _ wall user sys rss < <(grep '^@@' "$work/time.txt")
  printf '%-34s %6.2f s wall %6.2f s CPU  %4d MB  %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) \
    "$(grep -m1 'created' "$work/out.txt")"
}

echo "posts import over $count imported documents ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)):"
measure "dry run" --dry-run
measure "first import (builds slug index)"
measure "re-import (index kept)"
