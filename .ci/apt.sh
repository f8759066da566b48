# Sourced by the .ci scripts that install a Debian package when what the tests need is missing. Messages go to
# standard error, so that a script's standard output stays what its caller evaluates.
#
#   . "$(dirname "$0")/apt.sh"; apt_install chromium

# Installs the packages named (the first that installs, of alternatives separated by '|': "postgresql-15|postgresql").
# The package lists are updated only when an install fails without them being fresh: once per script at most.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  local updated="" choice package
  for choice in "$@"; do
    local installed=1
    IFS='|' read -ra alternatives <<<"$choice"
    while :; do
      for package in "${alternatives[@]}"; do
        # A package's maintainer script may try to start its service; where it cannot (a container), it says so and goes on.
        if $sudo apt-get install -y -qq --no-install-recommends "$package" >&2; then
          installed=0
          break
        fi
      done
      if [ "$installed" = 0 ] || [ -n "$updated" ]; then
        break
      fi
      $sudo apt-get update -qq >&2
      updated=yes
    done
    [ "$installed" = 0 ] || return 1
  done
}
