#!/usr/bin/env bash
# Benchmark of `rdrop bpe learn` / `rdrop bpe apply` (whole process, JVM start included).
#
#   ci/bench/bpe.sh [CORPUS]
#
# Corpus: CORPUS if given, else datasets/bible-en-es/train.en + train.es concatenated (the joint
# Bible corpus, about 1.5M words), else a stand-in made by repeating
# ../shared/conformance/bpe/train.es to about 1.5M words (labelled as such: its vocabulary is
# smaller than the real corpus's, so learning is easier).
# Each command runs RUNS times (default 3); the median wall-clock time is printed. When spm_train
# (Debian package sentencepiece) is on PATH it is timed on the same file in the same run.
# subword-nmt cannot be installed here (no PyPI): its figures are reference values, not measured.
# Environment: MERGES (default 10000), RUNS (default 3).
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

# Build once, outside the timings (the launcher builds when the jar is stale).
"$root/rdrop" --version > /dev/null

now() { date +%s.%N; }

# Median wall-clock seconds of RUNS runs of the given command (stdout/stderr discarded).
median_time() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(now)
    "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; echo "bpe.sh: failed: $*" >&2; exit 1; }
    t1=$(now)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
over() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a > b)}'; }

echo "corpus: $corpus_label"
echo "words: $words, merges: $merges, runs per command: $runs (median shown), cores: $(nproc)"
echo

learn=$(median_time "$root/rdrop" bpe learn -s "$merges" -i "$corpus" -o "$work/codes")
"$root/rdrop" bpe learn -s "$merges" -i "$corpus" -o "$work/codes" 2> /dev/null
apply=$(median_time "$root/rdrop" bpe apply -c "$work/codes" -i "$corpus" -o "$work/out")
printf 'rdrop bpe learn : %6.2f s   (goal <= %s s)\n' "$learn" "$target_learn"
printf 'rdrop bpe apply : %6.2f s   (goal <= %s s)\n' "$apply" "$target_apply"

if command -v spm_train > /dev/null; then
  spm=$(median_time spm_train --input="$corpus" --model_prefix="$work/spm" --vocab_size="$merges" \
    --model_type=bpe --num_threads="$(nproc)" --minloglevel=2)
  printf 'spm_train (bpe, vocab %s): %6.2f s   ours/theirs: %s\n' "$merges" "$spm" "$(ratio "$learn" "$spm")"
else
  echo "spm_train: not on PATH (apt-get install sentencepiece), not compared"
fi

printf 'subword-nmt learn_bpe.py: %s s (REFERENCE figure, not measured here)   ours/theirs: %s\n' \
  "$ref_subword_learn" "$(ratio "$learn" "$ref_subword_learn")"
printf 'subword-nmt apply_bpe.py: %s s (REFERENCE figure, not measured here)   ours/theirs: %s\n' \
  "$ref_subword_apply" "$(ratio "$apply" "$ref_subword_apply")"

status=0
if over "$learn" "$target_learn"; then echo "learn is over its goal"; status=1; fi
if over "$apply" "$target_apply"; then echo "apply is over its goal"; status=1; fi
exit "$status"
