#!/usr/bin/env bash
# Cross-CPU check of portable numerics without a second machine (issue 17): runs an experiment with the JVM
# on an emulated CPU (QEMU user mode, Debian's qemu-user), then checks the run against golden/ natively.
# The emulated CPU's CPUID is what libtorch (ATen, MKL, oneDNN) and HotSpot see when they choose kernels, so
# a golden recorded on an AVX-512 machine is tested against an AVX2-only CPU (default: AMD EPYC-Rome, Zen 2).
#
#   ci/cross-cpu.sh [OUT]        (default OUT: cross-cpu-out; an existing run there is resumed, not redone)
# Env: CROSS_CPU=EPYC-Rome       QEMU CPU model (qemu-x86_64 -cpu help lists them; Haswell is Intel AVX2)
#      CROSS_EXPERIMENT=smoke    the experiment (smoke: about an hour under emulation, training 20-80x slower than native)
#      RDROP=./rdrop             the launcher
# Exit: ./rdrop check's status (0: the emulated CPU's run matches the goldens), 2 if the run did not finish.
#
# What it cannot show: emulation computes each instruction as specified, so differences between real CPUs
# in approximate instructions (rcpps, rsqrtps) or microcode are not reproduced. rdrop's run records the
# CPU from /proc/cpuinfo, which QEMU user mode passes through: the fingerprint names the host, not the
# emulated CPU (this script prints both).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-cross-cpu-out}"
cpu="${CROSS_CPU:-EPYC-Rome}"
experiment="${CROSS_EXPERIMENT:-smoke}"
rdrop="${RDROP:-$root/rdrop}"
command -v qemu-x86_64 > /dev/null || { echo "cross-cpu.sh: qemu-x86_64 not found (apt-get install qemu-user)" >&2; exit 2; }
java_bin="$(readlink -f "$(command -v java)")"

# The launcher runs `java` from PATH: a shim puts the JVM (and so libtorch, loaded into it) on the emulated CPU.
shim="$(mktemp -d)"
trap 'rm -rf "$shim"' EXIT
printf '#!/bin/sh\nexec qemu-x86_64 -cpu %s %s "$@"\n' "$cpu" "$java_bin" > "$shim/java"
chmod +x "$shim/java"

# Build natively first: Maven under emulation would take an hour.
"$rdrop" --version > /dev/null
# HotSpot's UseAVX is what CPUID offers it: 3 with AVX-512, 2 with AVX2 only.
use_avx() { "$@" -XX:+PrintFlagsFinal -version 2> /dev/null | awk '$2 == "UseAVX" {print $4}'; }
echo "cross-cpu.sh: host: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), UseAVX=$(use_avx "$java_bin");" \
  "emulated: $cpu, UseAVX=$(use_avx "$shim/java")"
start=$(date +%s)
if ! PATH="$shim:$PATH" "$rdrop" reproduce "$experiment" --out "$out" 2> >(grep -v "TCG doesn't support" >&2); then
  echo "cross-cpu.sh: the run under emulation did not finish" >&2
  exit 2
fi
echo "cross-cpu.sh: $experiment on emulated $cpu took $(( $(date +%s) - start )) s; checking natively against golden/"
"$rdrop" check "$out"
