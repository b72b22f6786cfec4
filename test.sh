#!/usr/bin/env bash
# Builds every project with warnings as errors and runs every test: unit, integration (Azurite started by the
# tests themselves on free ports), end to end (self-host + real clients), and the infrastructure lint.
set -euo pipefail
cd "$(dirname "$0")"

echo "== Installing Node tools (Azurite, Scaleway SDK)"
npm ci --prefix tools --no-audit --no-fund --loglevel=error

echo "== Building (warnings are errors)"
dotnet build ServerlessJobs.slnx -c Release -nologo -v quiet

if [ -f tools/bicep.sh ]; then
  echo "== Bicep build and lint"
  bash tools/bicep.sh
fi

echo "== .NET tests"
log=$(mktemp)
set +e
dotnet test ServerlessJobs.slnx -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"

echo "dotnet: $passed passed, $failed failed"

echo "== Official Scaleway TypeScript SDK (v1alpha1) against the self-host"
log=$(mktemp)
set +e
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$log" tests/sdk/
node_status=$?
set -e
node_passed=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
node_failed=$(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
rm -f "$log"
echo "node: $node_passed passed, $node_failed failed"

echo "$((passed + node_passed)) passed, $((failed + node_failed)) failed"
[ "$status" -ne 0 ] && exit "$status"
exit "$node_status"
