#!/usr/bin/env bash
# Starts Azurite and the ServerlessJobs self-host on this machine; Ctrl-C stops both.
# Needs only the .NET 10 SDK and Node.js: everything else is installed from tools/package.json and NuGet.
set -euo pipefail
cd "$(dirname "$0")"

: "${SERVERLESSJOBS_URL:=http://127.0.0.1:7071}"
: "${AZURITE_BLOB_PORT:=10000}" "${AZURITE_QUEUE_PORT:=10001}" "${AZURITE_TABLE_PORT:=10002}"
DEV_SECRET_KEY=11111111-1111-4111-8111-111111111111
DEV_PROJECT_ID=22222222-2222-4222-8222-222222222222
DEV_ORGANIZATION_ID=33333333-3333-4333-8333-333333333333

if [ ! -x tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite and the Node tools (npm ci --prefix tools)..."
  npm ci --prefix tools --no-audit --no-fund --loglevel=error
fi

echo "Building the self-host..."
dotnet build server -c Release -nologo -v quiet

pids=()
cleanup() {
  trap - INT TERM EXIT
  # The self-host first, while its storage is still up to take its last writes; then Azurite.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  echo "Stopped ServerlessJobs and Azurite."
}
trap cleanup INT TERM EXIT

mkdir -p .azurite
tools/node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --disableTelemetry --location .azurite \
  --blobPort "$AZURITE_BLOB_PORT" --queuePort "$AZURITE_QUEUE_PORT" --tablePort "$AZURITE_TABLE_PORT" &
pids+=($!)

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 100); do listening "$AZURITE_BLOB_PORT" && break; sleep 0.2; done
kill -0 "${pids[0]}" 2>/dev/null || { echo "Azurite did not start: is port $AZURITE_BLOB_PORT, $AZURITE_QUEUE_PORT or $AZURITE_TABLE_PORT busy?" >&2; exit 1; }

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;\
BlobEndpoint=http://127.0.0.1:$AZURITE_BLOB_PORT/devstoreaccount1;\
QueueEndpoint=http://127.0.0.1:$AZURITE_QUEUE_PORT/devstoreaccount1;\
TableEndpoint=http://127.0.0.1:$AZURITE_TABLE_PORT/devstoreaccount1;"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Urls="$SERVERLESSJOBS_URL"
export Auth__ApiKeys__0__SecretKey="${Auth__ApiKeys__0__SecretKey:-$DEV_SECRET_KEY}"
export Auth__ApiKeys__0__ProjectId="${Auth__ApiKeys__0__ProjectId:-$DEV_PROJECT_ID}"
export Auth__ApiKeys__0__OrganizationId="${Auth__ApiKeys__0__OrganizationId:-$DEV_ORGANIZATION_ID}"

dotnet server/bin/Release/net10.0/ServerlessJobs.Server.dll &
pids+=($!)

# Ready when our own API answers with the key, not merely when something listens on the port.
ready=
for _ in $(seq 1 300); do
  kill -0 "${pids[1]}" 2>/dev/null || { echo "The self-host stopped: is $SERVERLESSJOBS_URL already in use?" >&2; exit 1; }
  if curl -s -H "X-Auth-Token: $Auth__ApiKeys__0__SecretKey" \
    "$SERVERLESSJOBS_URL/serverless-jobs/v1alpha2/regions/fr-par/job-limits" 2>/dev/null \
    | grep -q secrets_per_job_definition; then
    ready=yes
    break
  fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "The self-host did not answer on $SERVERLESSJOBS_URL within 60 s: is another program listening there?" >&2
  exit 1
fi
cat <<INFO

ServerlessJobs is running.
  API base URL:  $SERVERLESSJOBS_URL/serverless-jobs/v1alpha2/regions/fr-par
  Secret key:    $Auth__ApiKeys__0__SecretKey   (send it as X-Auth-Token)
  Project id:    $Auth__ApiKeys__0__ProjectId
  Organization:  $Auth__ApiKeys__0__OrganizationId
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}"
