#!/usr/bin/env bash
# Installs Debian's chromium and firefox-esr when missing: the end-to-end tests and the demo drive
# them (Playwright's own browser download does not work on this kind of machine).
# Usage: tests/ensure-browsers.sh [chromium] [firefox-esr]   (both when none is named)
set -euo pipefail
[ "$#" -gt 0 ] || set -- chromium firefox-esr
missing=()
for pkg in "$@"; do
  [ -x "/usr/bin/$pkg" ] || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo -n)
else
  echo "Installing ${missing[*]} needs root or sudo: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q "${missing[@]}"
