#!/bin/sh
# Fetch MicroPython 1.25.0 as Debian trixie's source package and unpack the
# verified upstream tarball into the build folder.
#
# Why this way: the source comes from a signed Debian archive (apt checks the
# Release signature and the file checksums), and we check the orig tarball's
# sha256 ourselves so any Debian revision of 1.25.0+ds gives the same bytes.
# apt runs with a private configuration (its own sources list, lists and cache
# under the build folder), so the machine's apt setup is never touched. The
# tarball is cached: a rebuild does not refetch.
#
# Usage: [MPSB_DEBIAN_MIRROR=URL] fetch-micropython.sh BUILD_DIR
# Result: a fresh, pristine BUILD_DIR/micropython-1.25.0/ (patches are applied
# by the Makefile); the tarball is kept in BUILD_DIR/cache.
set -eu

build=${1:?usage: fetch-micropython.sh BUILD_DIR}
version=1.25.0
orig=micropython_${version}+ds.orig.tar.xz
sha256=7b25be99a502f070b2de81dafc08da7051d992325d6e67daa9045a918fffdbea
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

mkdir -p "$build"
build=$(cd "$build" && pwd)
cache=$build/cache
dest=$build/micropython-$version

fail() {
    echo "fetch-micropython: $*" >&2
    exit 1
}

verify() {
    echo "$sha256  $1" | sha256sum --check --status
}

mkdir -p "$cache"
if ! [ -f "$cache/$orig" ] || ! verify "$cache/$orig"; then
    # Use the Debian mirror this machine is already configured with, so no
    # host is hard-coded here (MPSB_DEBIAN_MIRROR overrides it); fall back to
    # the first deb line of sources.list.
    mirror=${MPSB_DEBIAN_MIRROR:-}
    [ -n "$mirror" ] || mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)\/\{0,1\}$/\1/p' \
                 /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
    if [ -z "$mirror" ]; then
        mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\/debian\)\/\{0,1\}[[:space:]].*/\2/p' \
                     /etc/apt/sources.list 2>/dev/null | head -n 1)
    fi
    [ -n "$mirror" ] || fail "no Debian mirror found in the machine's apt sources"
    [ -r "$keyring" ] || fail "$keyring is missing: install debian-archive-keyring"
    command -v apt-get >/dev/null || fail "apt-get is required to fetch the MicroPython source"

    apt=$build/apt
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/download"
    echo "deb-src [signed-by=$keyring] $mirror trixie main" >"$apt/sources.list"
    set -- -o Dir::Etc::SourceList="$apt/sources.list" \
           -o Dir::Etc::SourceParts=/dev/null \
           -o Dir::State::Lists="$apt/lists" \
           -o Dir::Cache="$apt/cache" \
           -o Debug::NoLocking=1 \
           -o APT::Sandbox::User=root \
           -q
    echo "fetch-micropython: fetching micropython $version+ds source (trixie) from $mirror"
    apt-get "$@" --error-on=any update >&2 ||
        fail "apt-get update failed for trixie sources at $mirror: check network access"
    # Any Debian revision of 1.25.0+ds will do: the orig tarball is checked below.
    revision=$(apt-cache "$@" showsrc micropython |
               sed -n "s/^Version: \($version+ds-[^[:space:]]*\)$/\1/p" | head -n 1)
    [ -n "$revision" ] || fail "trixie has no micropython $version+ds source package"
    (cd "$apt/download" && apt-get "$@" source --download-only "micropython=$revision" >&2) ||
        fail "apt-get source micropython=$revision failed"
    [ -f "$apt/download/$orig" ] || fail "$orig was not in the source package"
    verify "$apt/download/$orig" ||
        fail "$orig: sha256 mismatch (expected $sha256); refusing to build"
    mv "$apt/download/$orig" "$cache/$orig"
    rm -rf "$apt"
fi

rm -rf "$dest"
tar -C "$build" -xJf "$cache/$orig" || fail "could not unpack $orig"
[ -d "$dest/py" ] || fail "$orig did not unpack to micropython-$version/"
