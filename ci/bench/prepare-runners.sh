#!/usr/bin/env bash
# Benchmark of `rdrop prepare` on each runner: DirectRunner (the default) and Flink's embedded mini-cluster.
#
#   ci/bench/prepare-runners.sh [EXPERIMENT]      (default: bible-en-es)
#
# Runs RUNS times per runner (default 3; whole process, JVM start included), alternating the runners so
# that load from elsewhere hits both alike. Prints each wall-clock and CPU (user + sys) time, the medians
# and the ratio Flink / Direct, and fails unless every run wrote a byte-identical manifest: the runners
# must agree on every artifact's SHA-256. FLINK_PARALLELISM (default 2) sets Flink's parallelism;
# DIRECT_PARALLELISM (default: the runner's default) the DirectRunner's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
experiment="${1:-bible-en-es}"
runs="${RUNS:-3}"
flink_parallelism="${FLINK_PARALLELISM:-2}"
direct_args=(--runner DirectRunner)
[[ -n "${DIRECT_PARALLELISM:-}" ]] && direct_args+=(--parallelism "$DIRECT_PARALLELISM")
flink_args=(--runner FlinkRunner --flink-master '[local]' --parallelism "$flink_parallelism")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build both classpaths outside the timings.
"$root/rdrop" prepare --help > /dev/null
"$root/rdrop" prepare --help --runner FlinkRunner > /dev/null

# Runs `rdrop prepare` into $work/$1; prints "wall cpu" in seconds.
timed_prepare() {
  local name="$1"
  shift
  local TIMEFORMAT='%R %U %S'
  local t
  t=$( { time "$root/rdrop" prepare "$experiment" --out "$work/$name" "$@" > /dev/null 2> "$work/$name.stderr"; } 2>&1 ) \
    || { cat "$work/$name.stderr" >&2; exit 1; }
  awk '{printf "%.2f %.2f", $1, $2 + $3}' <<< "$t"
}

median() {
  sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

direct_wall=() direct_cpu=() flink_wall=() flink_cpu=()
for i in $(seq "$runs"); do
  read -r w c <<< "$(timed_prepare "direct$i" "${direct_args[@]}")"
  direct_wall+=("$w") direct_cpu+=("$c")
  echo "run $i  DirectRunner           : $w s wall, $c s cpu"
  read -r w c <<< "$(timed_prepare "flink$i" "${flink_args[@]}")"
  flink_wall+=("$w") flink_cpu+=("$c")
  echo "run $i  FlinkRunner [local] p$flink_parallelism: $w s wall, $c s cpu"
done

dw=$(printf '%s\n' "${direct_wall[@]}" | median)
dc=$(printf '%s\n' "${direct_cpu[@]}" | median)
fw=$(printf '%s\n' "${flink_wall[@]}" | median)
fc=$(printf '%s\n' "${flink_cpu[@]}" | median)
printf 'rdrop prepare %s, median of %s runs on %s cores:\n' "$experiment" "$runs" "$(nproc)"
printf '  DirectRunner            %7s s wall %7s s cpu\n' "$dw" "$dc"
printf '  FlinkRunner [local] p%s  %7s s wall %7s s cpu\n' "$flink_parallelism" "$fw" "$fc"
awk -v f="$fw" -v d="$dw" -v fc="$fc" -v dc="$dc" \
  'BEGIN {printf "  ratio Flink / Direct    %7.2f wall     %7.2f cpu\n", f / d, fc / dc}'

for name in $(seq -f 'direct%g' 2 "$runs") $(seq -f 'flink%g' 1 "$runs"); do
  cmp -s "$work/direct1/manifest.json" "$work/$name/manifest.json" \
    || { echo "manifests differ: $name vs direct1" >&2; diff "$work/direct1/manifest.json" "$work/$name/manifest.json" >&2; exit 1; }
done
echo "manifests: identical across runners and runs ($(grep -c '"sha256"' "$work/direct1/manifest.json") hashes)"
