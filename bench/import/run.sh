#!/usr/bin/env bash
# Importer benchmark (issue 13): builds the CLI and the bench in Release, generates COUNT archive records (default
# 100000) in the fixture's shapes and times the first import, the unchanged re-import and plain-copy baselines.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
work=${2:-${TMPDIR:-/tmp}/historycms-import-bench}
dotnet build src/HistoryCms.USync.Cli -c Release -nologo -v q
dotnet build bench/import -c Release -nologo -v q
dotnet bench/import/bin/Release/net10.0/HistoryCms.Import.Bench.dll "$work" "$count" \
  tests/fixtures/digital-archive/records.csv src/HistoryCms.USync.Cli/bin/Release/net10.0/historycms-usync.dll
