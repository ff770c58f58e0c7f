#!/usr/bin/env bash
# Runs the whole OpenChannels test suite: domain, integration (real SQLite file), component (bUnit) and
# browser tests (Playwright driving Debian's Chromium against the app on a real port).
# Installs Chromium first when it is missing. Extra arguments go to `dotnet test` (e.g. --filter Browser).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${OPENCHANNELS_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet tool restore >/dev/null

results=$(mktemp -d)
set +e
# A test still running after 5 minutes is stopped (and the run with it), so a stuck test fails instead of hanging.
dotnet test OpenChannels.Blazor.sln --logger "trx;LogFilePrefix=results" --results-directory "$results" \
  --blame-hang-timeout 5m --blame-hang-dump-type none "$@"
status=$?
set -e

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
done

# A stopped (or crashed) test is not in the trx: the blame sequence file marks it as not completed.
for sequence in "$results"/*/Sequence_*.xml; do
  [ -f "$sequence" ] || continue
  while read -r name; do
    echo "Did not finish (stopped after 5 minutes, or its test host crashed): $name"
    failed=$((failed + 1))
  done < <(grep -o '<Test Name="[^"]*"[^>]*Completed="False"' "$sequence" | sed 's/<Test Name="\([^"]*\)".*/\1/')
done

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
