#!/usr/bin/env bash
# Benchmark of `rdrop prepare` (whole process, JVM start included) on the DirectRunner.
#
#   ci/bench/prepare.sh [EXPERIMENT]      (default: bible-en-es; goal: under 60 s on 2 cores)
#
# Runs RUNS times (default 3) into fresh directories, prints each wall-clock time and the median, and
# checks that every run produced a byte-identical manifest (the determinism the timing must not cost).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
experiment="${1:-bible-en-es}"
runs="${RUNS:-3}"
goal=60
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/rdrop" --version > /dev/null   # build outside the timings

times=()
for i in $(seq "$runs"); do
  t0=$(date +%s.%N)
  "$root/rdrop" prepare "$experiment" --out "$work/run$i" > /dev/null 2> "$work/stderr" \
    || { cat "$work/stderr" >&2; exit 1; }
  t1=$(date +%s.%N)
  t=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  times+=("$t")
  echo "run $i: $t s"
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}')
words=$(cat "$work/run1/data/train.tok."* | wc -w)
printf 'rdrop prepare %s: median %s s over %s runs (goal < %s s); %s training tokens; %s cores\n' \
  "$experiment" "$median" "$runs" "$goal" "$words" "$(nproc)"
for i in $(seq 2 "$runs"); do
  cmp -s "$work/run1/manifest.json" "$work/run$i/manifest.json" \
    || { echo "run $i's manifest differs from run 1's" >&2; exit 1; }
done
echo "manifests: identical across runs"
awk -v m="$median" -v g="$goal" 'BEGIN {exit !(m < g)}' || { echo "over the goal"; exit 1; }
