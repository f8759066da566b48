# Sourced by the .ci scripts that install a Debian package when what the tests need is missing. Messages go to
# standard error, so that a script's standard output stays what its caller evaluates.
#
#   . "$(dirname "$0")/apt.sh"; apt_install chromium

# Installs the packages named (the first that installs, of alternatives separated by '|': "postgresql-15|postgresql").
# The package lists are updated once per machine boot, not by every script.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  local stamp=/tmp/steplog-ci-apt-updated
  if [ ! -e "$stamp" ]; then
    $sudo apt-get update -qq >&2
    touch "$stamp"
  fi
  local choice package
  for choice in "$@"; do
    local installed=1
    IFS='|' read -ra alternatives <<<"$choice"
    for package in "${alternatives[@]}"; do
      # A package's maintainer script may try to start its service; where it cannot (a container), it says so and goes on.
      if $sudo apt-get install -y -qq --no-install-recommends "$package" >&2; then
        installed=0
        break
      fi
    done
    [ "$installed" = 0 ] || return 1
  done
}
