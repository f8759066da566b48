#!/usr/bin/env bash
# Prometheus and promtool for the tests of deploy/ (rules, alerts, the dashboard's queries, and the end-to-end alert
# test). Prints `export` lines for STEPLOG_PROMETHEUS and STEPLOG_PROMTOOL on standard output; installs the Debian
# package when either binary is missing. Messages go to standard error. The package's service is never started here:
# the tests start their own server on a free loopback port.
#
#   eval "$(.ci/prometheus.sh)"
set -euo pipefail
. "$(dirname "$0")/apt.sh"

find_binaries() {
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1
}

install_prometheus() {
  echo "prometheus.sh: no prometheus/promtool found; installing them from the Debian packages" >&2
  apt_install prometheus
}

find_binaries || { install_prometheus; find_binaries; } || { echo "prometheus.sh: prometheus could not be installed" >&2; exit 1; }
printf 'export STEPLOG_PROMETHEUS=%q STEPLOG_PROMTOOL=%q\n' "$(command -v prometheus)" "$(command -v promtool)"
