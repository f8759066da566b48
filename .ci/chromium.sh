#!/usr/bin/env bash
# Headless Chromium for the timeline test that renders the HTML page in a real browser. Prints the browser's path on
# standard output; installs it from the Debian packages when none is installed. Messages go to standard error.
#
#   chromium=$(.ci/chromium.sh)
set -euo pipefail
. "$(dirname "$0")/apt.sh"

find_browser() {
  local name
  for name in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
      command -v "$name"
      return 0
    fi
  done
  return 1
}

install_browser() {
  echo "chromium.sh: no Chromium found; installing it from the Debian packages" >&2
  apt_install chromium
}

find_browser || { install_browser; find_browser; } || { echo "chromium.sh: Chromium could not be installed" >&2; exit 1; }
