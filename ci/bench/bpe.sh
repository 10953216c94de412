#!/usr/bin/env bash
# Benchmark of `rdrop bpe learn` / `rdrop bpe apply` (whole process, JVM start included), beside
# subword-nmt's apply_bpe.py when it is installed.
#
#   ci/bench/bpe.sh [CORPUS]
#
# Corpus: CORPUS if given, else datasets/bible-en-es/train.en + train.es concatenated (the joint
# Bible corpus, about 1.35M words), else a stand-in made by repeating
# ../shared/conformance/bpe/train.es to about 1.5M words (labelled as such: its vocabulary is
# smaller than the real corpus's, so learning is easier).
# Each command runs RUNS times (default 3); the median wall-clock time is printed, with the median
# CPU time (user + system, all threads) beside it: on a shared machine the CPU time is the steadier
# figure. The machine (CPU model, AVX2 / AVX-512, cores) and its load average are printed too.
#
# subword-nmt: SUBWORD_NMT_APPLY (a command, e.g. "python3 /path/to/apply_bpe.py"), else
# `subword-nmt apply-bpe` when subword-nmt is on PATH, is timed on the same codes and corpus in the
# same run, and its output must be byte for byte rdrop's. The goal is rdrop <= 0.33x its time (issue
# 18). Without it, its figures below are reference values, not measured here. When spm_train (Debian
# package sentencepiece) is on PATH it is timed on the same file too.
# Environment: MERGES (default 10000), RUNS (default 3), SUBWORD_NMT_APPLY.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
merges="${MERGES:-10000}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Reference figures for the same task on the same kind of machine (2 cores), from the task brief.
ref_subword_learn=18.0
ref_subword_apply=3.5
target_learn=4.5
target_apply=1.2
target_apply_ratio=0.33

subword_apply="${SUBWORD_NMT_APPLY:-}"
if [[ -z "$subword_apply" ]] && command -v subword-nmt > /dev/null; then
  subword_apply="subword-nmt apply-bpe"
fi

corpus="$work/joint.txt"
corpus_label=""
if [[ $# -ge 1 ]]; then
  [[ -f "$1" ]] || { echo "bpe.sh: corpus not found: $1" >&2; exit 2; }
  cp "$1" "$corpus"
  corpus_label="given corpus $1"
elif [[ -f "$root/datasets/bible-en-es/train.en" && -f "$root/datasets/bible-en-es/train.es" ]]; then
  cat "$root/datasets/bible-en-es/train.en" "$root/datasets/bible-en-es/train.es" > "$corpus"
  corpus_label="joint Bible corpus (datasets/bible-en-es/train.en + train.es)"
else
  seed="$root/../shared/conformance/bpe/train.es"
  [[ -f "$seed" ]] || { echo "bpe.sh: no corpus: give one as argument" >&2; exit 2; }
  for _ in $(seq 16); do cat "$seed"; done > "$corpus"
  corpus_label="STAND-IN corpus: train.es repeated 16x (datasets/bible-en-es not found)"
fi
words=$(wc -w < "$corpus")

# Build, and let a first bpe apply write the class-data archive (./rdrop), outside the timings: with a
# codes file of no merges, on a few lines.
printf '#version: 0.2\n' > "$work/no-merges"
head -n 100 "$corpus" > "$work/warm-up"
"$root/rdrop" bpe apply -c "$work/no-merges" -i "$work/warm-up" -o "$work/warm-up.out"

# "WALL CPU": medians over RUNS runs of the command (stdout/stderr discarded), in seconds; CPU is user +
# system time of the process and its children (bash's `time`, all threads).
median_time() {
  local walls=() cpus=() t
  for _ in $(seq "$runs"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2> "$work/stderr"; } 2>&1 ) \
      || { cat "$work/stderr" >&2; echo "bpe.sh: failed: $*" >&2; exit 1; }
    read -r w u s <<< "$t"
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.3f", u + s}')")
  done
  printf '%s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")"
}
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
over() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a > b)}'; }

cpu_model="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
if grep -qw avx512f /proc/cpuinfo; then isa="AVX-512 (and AVX2)"
elif grep -qw avx2 /proc/cpuinfo; then isa="AVX2, no AVX-512"
else isa="no AVX2"; fi
echo "machine: ${cpu_model:-unknown CPU}, $isa, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $corpus_label"
echo "words: $words, merges: $merges, runs per command: $runs (medians shown: wall-clock s, CPU s)"
echo

read -r learn learn_cpu <<< "$(median_time "$root/rdrop" bpe learn -s "$merges" -i "$corpus" -o "$work/codes")"
"$root/rdrop" bpe learn -s "$merges" -i "$corpus" -o "$work/codes" 2> /dev/null
read -r apply apply_cpu <<< "$(median_time "$root/rdrop" bpe apply -c "$work/codes" -i "$corpus" -o "$work/out")"
printf 'rdrop bpe learn : %6.2f s  (CPU %5.2f s)   (goal <= %s s)\n' "$learn" "$learn_cpu" "$target_learn"
printf 'rdrop bpe apply : %6.2f s  (CPU %5.2f s)   (goal <= %s s)\n' "$apply" "$apply_cpu" "$target_apply"

if command -v spm_train > /dev/null; then
  read -r spm spm_cpu <<< "$(median_time spm_train --input="$corpus" --model_prefix="$work/spm" --vocab_size="$merges" \
    --model_type=bpe --num_threads="$(nproc)" --minloglevel=2)"
  printf 'spm_train (bpe, vocab %s): %6.2f s  (CPU %5.2f s)   ours/theirs: %s\n' "$merges" "$spm" "$spm_cpu" \
    "$(ratio "$learn" "$spm")"
else
  echo "spm_train: not on PATH (apt-get install sentencepiece), not compared"
fi

printf 'subword-nmt learn_bpe.py: %s s (REFERENCE figure, not measured here)   ours/theirs: %s\n' \
  "$ref_subword_learn" "$(ratio "$learn" "$ref_subword_learn")"
status=0
if [[ -n "$subword_apply" ]]; then
  # shellcheck disable=SC2086 # a command with its arguments
  read -r sub sub_cpu <<< "$(median_time $subword_apply -c "$work/codes" -i "$corpus" -o "$work/out.subword-nmt")"
  if ! cmp -s "$work/out" "$work/out.subword-nmt"; then
    echo "bpe.sh: rdrop bpe apply's output differs from subword-nmt's ($subword_apply)" >&2
    exit 1
  fi
  printf 'subword-nmt apply (%s): %6.2f s  (CPU %5.2f s), same output byte for byte\n' "$subword_apply" "$sub" "$sub_cpu"
  printf 'apply, rdrop/subword-nmt: %s wall-clock, %s CPU   (goal <= %s)\n' \
    "$(ratio "$apply" "$sub")" "$(ratio "$apply_cpu" "$sub_cpu")" "$target_apply_ratio"
  if over "$(ratio "$apply" "$sub")" "$target_apply_ratio"; then echo "apply is over its goal against subword-nmt"; status=1; fi
else
  printf 'subword-nmt apply_bpe.py: %s s (REFERENCE figure, not measured here: set SUBWORD_NMT_APPLY)   ours/theirs: %s\n' \
    "$ref_subword_apply" "$(ratio "$apply" "$ref_subword_apply")"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if over "$learn" "$target_learn"; then echo "learn is over its goal"; status=1; fi
if over "$apply" "$target_apply"; then echo "apply is over its goal"; status=1; fi
exit "$status"
