#!/usr/bin/env bash
# Validates infra/ with the Bicep CLI: build, build-params and lint, failing on any error
# or warning.
#
# The CLI comes from NuGet only (package Azure.Bicep.CommandLine.<rid>), restored through
# `dotnet restore` of a throwaway project created outside the repository (so the repo's
# Directory.Build.props / Directory.Packages.props are not inherited), and cached under
# .tools/bicep/<version>-<rid>/ (gitignored). Once cached nothing is restored again.
#
# Usage: bash tools/bicep.sh            # validate infra/
#        BICEP_VERSION=0.49.2 bash tools/bicep.sh
#        bash tools/bicep.sh --path     # only install, print the bicep binary path
set -euo pipefail

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
infra="$repo_root/infra"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  Darwin-arm64)  rid=osx-arm64 ;;
  *) echo "bicep.sh: unsupported platform $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac

cache="$repo_root/.tools/bicep/$BICEP_VERSION-$rid"
bicep="$cache/bicep"

install_bicep() {
  command -v dotnet >/dev/null || { echo "bicep.sh: dotnet SDK not found" >&2; exit 2; }
  local package="Azure.Bicep.CommandLine.$rid"
  local work
  work="$(mktemp -d)"
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" RETURN
  # An empty Directory.Build.props/targets and Directory.Packages.props stop MSBuild from
  # walking up into whatever tree mktemp put us in.
  printf '<Project />\n' >"$work/Directory.Build.props"
  printf '<Project />\n' >"$work/Directory.Build.targets"
  printf '<Project />\n' >"$work/Directory.Packages.props"
  cat >"$work/fetch-bicep.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <!-- The SDK's own TFM: its targeting pack ships with the SDK, so nothing else is fetched. -->
    <TargetFramework>net\$(BundledNETCoreAppTargetFrameworkVersion)</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
EOF
  echo "bicep.sh: restoring $package $BICEP_VERSION from NuGet" >&2
  dotnet restore "$work/fetch-bicep.csproj" --packages "$work/packages" --nologo -v quiet >&2
  local pkgdir="$work/packages/${package,,}/$BICEP_VERSION"
  local exe
  exe="$(find "$pkgdir" -type f -name bicep -print -quit)"
  [ -n "$exe" ] || { echo "bicep.sh: no 'bicep' executable in $pkgdir" >&2; exit 2; }
  # The executable is self-contained but may ship beside native libraries: keep its folder.
  local staging="$cache.tmp.$$"
  rm -rf "$staging"
  mkdir -p "$(dirname "$cache")"
  cp -R "$(dirname "$exe")" "$staging"
  chmod +x "$staging/bicep"
  "$staging/bicep" --version >/dev/null
  if [ -x "$bicep" ]; then
    rm -rf "$staging" # another run installed it meanwhile
  else
    rm -rf "$cache"
    mv -T "$staging" "$cache"
  fi
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
[ -x "$bicep" ] || install_bicep

if [ "${1:-}" = "--path" ]; then
  echo "$bicep"
  exit 0
fi

export BICEP_TRACING_ENABLED=false

out="$(mktemp -d)"
mkdir -p "$out/build"
trap 'rm -rf "$out"' EXIT

# Runs one bicep command in the background, output to $out/<name>.log, exit code to
# $out/<name>.rc. Build, build-params and lint are independent, so they run side by side
# (each is a separate, mostly CPU-bound CLI process).
start() {
  local name="$1"; shift
  echo "+ bicep $*" >&2
  ( rc=0; "$bicep" "$@" >"$out/$name.log" 2>&1 || rc=$?; echo "$rc" >"$out/$name.rc" ) &
}

# A command fails if it exits non-zero or prints anything but Info-level diagnostics.
# Bicep prints diagnostics as "<file>(line,col) : Error|Warning|Info <code>: ...", and
# `lint` exits 0 even when it reports warnings, so the output is what decides.
status=0
check() {
  local name="$1" rc
  rc="$(cat "$out/$name.rc")"
  if [ -s "$out/$name.log" ]; then cat "$out/$name.log" >&2; fi
  if [ "$rc" -ne 0 ]; then
    echo "bicep.sh: FAILED ($name, exit code $rc)" >&2
    status=1
  elif grep -Evq '^\S.*\([0-9]+,[0-9]+\) : Info ' "$out/$name.log"; then
    echo "bicep.sh: FAILED ($name: errors or warnings)" >&2
    status=1
  fi
}

names=()
start build build "$infra/main.bicep" --outdir "$out/build"
names+=(build)

# build-params evaluates readEnvironmentVariable(); give the secure parameter a stand-in
# value when the real one is not set (the compiled parameters file is thrown away).
export SERVERLESSJOBS_API_SECRET_KEY="${SERVERLESSJOBS_API_SECRET_KEY:-00000000-0000-4000-8000-000000000000}"
for p in "$infra"/*.bicepparam; do
  [ -e "$p" ] || continue
  n="build-params-$(basename "$p" .bicepparam)"
  start "$n" build-params "$p" --outfile "$out/$n.parameters.json"
  names+=("$n")
done

# One process lints every .bicep file under infra/ (main.bicep and each module).
start lint lint --pattern "$infra/**/*.bicep"
names+=(lint)

wait
for n in "${names[@]}"; do check "$n"; done

if [ "$status" -eq 0 ]; then
  echo "bicep.sh: infra/ is clean (Bicep CLI $BICEP_VERSION)" >&2
fi
exit "$status"
