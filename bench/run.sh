#!/usr/bin/env bash
# Runs the benchmarks and writes bench/RESULTS.md: builds Release, starts its own Azurite (in memory, free loopback
# ports) and fresh self-hosts as child processes, runs every scenario several times beside its floor, stops what it
# started. About 15 minutes on 2 cores. Arguments go to the harness: --rounds N, --only api,start,fanout,cron,profile
# (or micro for the BenchmarkDotNet micro-benchmarks), --results PATH, --wait-for-load 1.5.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite and the Node tools (npm ci --prefix tools)..."
  npm ci --prefix tools --no-audit --no-fund --loglevel=error
fi

echo "Building the self-host and the bench (Release)..."
dotnet build server -c Release -nologo -v quiet
dotnet build bench/ServerlessJobs.Bench -c Release -nologo -v quiet

exec dotnet bench/ServerlessJobs.Bench/bin/Release/net10.0/ServerlessJobs.Bench.dll "$@"
