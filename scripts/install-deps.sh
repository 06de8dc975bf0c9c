#!/bin/sh
# Install the Debian packages the build and the tests need, and only those
# that are missing, so a machine that has them needs neither root nor network.
# The list, and what each package is for, is in README.md.
set -eu

packages="build-essential pkg-config python3 xz-utils apt debian-archive-keyring
          libjansson-dev libseccomp-dev libsqlite3-dev libmicrohttpd-dev
          libcriterion-dev strace chromium"

# Node.js runs the MCP SDK client tests; any Node >= 18 will do, and a
# machine that has one (not from Debian, say) keeps it.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
    packages="$packages nodejs npm"

missing=
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing" >&2
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
# shellcheck disable=SC2086  # word splitting of the package list is intended
$sudo apt-get install -y -q --no-install-recommends $missing >&2
