#!/usr/bin/env bash
# Builds the rdrop trainer image: the base image (base.sh; reused while its recipe is unchanged),
# the build context (`mvn package` of the container module: container/target/image-<flavor>), docker build.
#
#   ci/image/trainer.sh [IMAGE]     default IMAGE: rdrop-trainer:<git describe>
#
# LIBTORCH_FLAVOR=cu128 puts the CUDA build of libtorch in the image instead of the CPU one (GPU hosts;
# needs Maven Central, see docs/container.md).
# The commit goes into the image (RDROP_CODE_VERSION) and from there into every run.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$("$root/ci/image/base.sh" | tail -1)"
(cd "$root" && mvn -B -q -pl container -am package -DskipTests -Dlibtorch.flavor="${LIBTORCH_FLAVOR:-cpu}")
version="$(git -C "$root" describe --always --dirty --abbrev=12 2>/dev/null || echo development)"
image="${1:-rdrop-trainer:$version}"
docker build --build-arg BASE_IMAGE="$base" --build-arg RDROP_CODE_VERSION="$version" \
  -t "$image" "$root/container/target/image-${LIBTORCH_FLAVOR:-cpu}" >&2
echo "$image"
