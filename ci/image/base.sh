#!/usr/bin/env bash
# Builds the trainer's base image from Debian packages alone, with no registry: debootstrap (minbase)
# of Debian bookworm from the mirror apt already uses, plus a headless Java 17 runtime, imported with
# `docker import`. Same glibc/libstdc++ as a bookworm host, which libtorch's native libraries need.
#
# The tag is rdrop-base:<first 12 hex digits of the SHA-256 of this file>: this file is the whole
# recipe, so the image is rebuilt when (and only when) the recipe changes.
#
#   ci/image/base.sh          build the image unless it already exists; prints its name last
#   ci/image/base.sh --tag    print the image name only (used by the tests and ci/image/trainer.sh)
#
# Needs root, debootstrap and a running Docker daemon. RDROP_DEBIAN_MIRROR / RDROP_DEBIAN_SECURITY
# override the mirrors read from the apt sources.
set -euo pipefail

suite=bookworm
packages=(openjdk-17-jre-headless)

self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
image="rdrop-base:$(sha256sum "$self" | cut -c1-12)"
if [[ "${1:-}" == "--tag" ]]; then
  echo "$image"
  exit 0
fi

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image exists (recipe unchanged)" >&2
  echo "$image"
  exit 0
fi
[[ $EUID -eq 0 ]] || { echo "base.sh: debootstrap needs root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "base.sh: debootstrap missing (apt-get install debootstrap)" >&2; exit 1; }

# The first URI that apt uses for a suite, from deb822 (*.sources) or one-line (*.list) sources.
apt_uri() {
  local want="$1" f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    awk -v want="$want" '
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == want) hit = 1 }
      /^$/ { if (hit && uri != "") { print uri; exit } ; uri = ""; hit = 0 }
      END { if (hit && uri != "") print uri }' "$f"
  done | head -1
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    awk -v want="$want" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { if ($(i+1) == want) print $i; break } }' "$f"
  done | head -1
}
mirror="${RDROP_DEBIAN_MIRROR:-$(apt_uri "$suite" | head -1)}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="${RDROP_DEBIAN_SECURITY:-$(apt_uri "$suite-security" | head -1)}"

# One build at a time on this machine (two CI jobs would otherwise both debootstrap).
exec 9>/tmp/rdrop-base-image.lock
flock 9
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image"
  exit 0
fi

root="$(mktemp -d /var/tmp/rdrop-base.XXXXXX)"
cleanup() {
  local m
  for m in dev/pts dev sys proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  # Never delete through a mount that is still attached.
  if ! grep -q " $root/" /proc/mounts; then
    rm -rf --one-file-system "$root"
  else
    echo "base.sh: left $root (still mounted)" >&2
  fi
}
trap cleanup EXIT

start=$SECONDS
echo "base.sh: debootstrap $suite from $mirror into $root" >&2
debootstrap --variant=minbase "$suite" "$root" "$mirror" >&2

# Docs, manuals and translations are dead weight in a runtime image.
cat >"$root/etc/dpkg/dpkg.cfg.d/01-rdrop-slim" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
EOF
{
  echo "deb $mirror $suite main"
  echo "deb $mirror $suite-updates main"
  [[ -n "$security" ]] && echo "deb $security $suite-security main"
} >"$root/etc/apt/sources.list"
# No services start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive LC_ALL=C bash -euc "
  apt-get -o APT::Sandbox::User=root update -q
  apt-get -o APT::Sandbox::User=root -y -q -o Dpkg::Options::=--force-confold upgrade
  apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends ${packages[*]}
  apt-get clean
  java -version
" >&2
umount "$root/dev" "$root/sys" "$root/proc"

rm -f "$root/usr/sbin/policy-rc.d"
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/* "$root"/tmp/* \
  "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/*
find "$root/usr/share/doc" -type f ! -name copyright -delete 2>/dev/null || true

recipe="$(basename "$image" | cut -d: -f2)"
tar --numeric-owner -C "$root" -c . |
  docker import \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
    --change "LABEL org.rdrop.base.recipe=$recipe org.rdrop.base.suite=$suite" \
    --change 'CMD ["/bin/bash"]' \
    - "$image" >&2
echo "base.sh: built $image in $((SECONDS - start)) s ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))" >&2
echo "$image"
