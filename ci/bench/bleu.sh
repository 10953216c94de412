#!/usr/bin/env bash
# Benchmark of `rdrop bleu` (whole process, JVM start included), beside sacreBLEU 2.6.0.
#
#   ci/bench/bleu.sh            (RUNS=5 for more runs per command; default 3)
#
# Test sets, both from datasets/bible-en-es (Spanish side, Reina-Valera 1909):
#   - "3k x 16": the first 3,004 lines of train.es as reference, 16 system outputs made from it by
#     deterministic word drops, substitutions and swaps (the size of WMT17 newstest2017 with its 16
#     English-German systems, the figures the issue quotes for sacreBLEU);
#   - "test 1.5k": test.es (1,531 lines) with a baseline and one system made the same way.
# Timed: plain scoring of all systems, --paired-bs (1,000 resamples) and --paired-ar (10,000
# trials), the first system being the baseline. Each command runs RUNS times (default 3); the
# median wall-clock time is printed, and the median CPU time beside it, with the machine (CPU model,
# AVX2 / AVX-512, cores) and its load average before and after (the machine may be shared: a loaded
# machine makes every figure slower, wall-clock time most). The goal is rdrop >= 10x faster than
# sacreBLEU measured here (issue 18).
#
# sacreBLEU: issue 4 quotes sacreBLEU 2.6.0 on 2 cores for 16 systems x 3,004 sentences: 0.5 s a
# system (8 s for all 16), paired bootstrap 6.7 s, approximate randomization 25 s. Those figures
# are printed as the reference and the ratio is computed against them; they were measured on
# another machine, not here. When sacreBLEU is installed (SACREBLEU=path, else `sacrebleu` on
# PATH) it is also timed here on the same files and its scores are compared with rdrop's (they
# must be equal; p-values come from different random generators and agree only within
# resampling noise).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sacrebleu="${SACREBLEU:-$(command -v sacrebleu || true)}"

data="$root/datasets/bible-en-es"
[[ -f "$data/train.es" && -f "$data/test.es" ]] || { echo "bleu.sh: datasets/bible-en-es not found" >&2; exit 2; }

# A system output: reference words dropped, replaced or swapped at rates set by the system number.
make_system() { # REF SYSTEM_NUMBER OUT
  awk -v s="$2" '{
    n = split($0, w, " "); out = "";
    for (j = 1; j <= n; j++) {
      h = (NR * 7919 + j * 104729 + s * 1299709) % 1000;
      if (h < 40 + 3 * s) continue;                    # drop
      word = (h < 80 + 5 * s) ? "de" : w[j];           # substitute
      if (h > 990 && j < n) { word = w[j + 1]; w[j + 1] = w[j]; }  # swap with the next
      out = out (out == "" ? "" : " ") word;
    }
    print out;
  }' "$1" > "$3"
}

head -n 3004 "$data/train.es" > "$work/ref3k"
systems=()
for s in $(seq 1 16); do make_system "$work/ref3k" "$s" "$work/sys$s"; systems+=("$work/sys$s"); done
cp "$data/test.es" "$work/ref1k5"
make_system "$work/ref1k5" 1 "$work/base1k5"
make_system "$work/ref1k5" 2 "$work/sys1k5"

# Build, and let the first bleu run write the class-data archive (./rdrop), outside the timings.
"$root/rdrop" bleu "$work/ref1k5" -i "$work/base1k5" -q > /dev/null

# "WALL CPU": medians over RUNS runs, in seconds; CPU is user + system time of the process and its
# children (bash's `time`, all threads): on a shared machine the steadier figure.
median_time() {
  local walls=() cpus=() t
  for _ in $(seq "$runs"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" > "$work/out" 2> "$work/stderr"; } 2>&1 ) \
      || { cat "$work/stderr" >&2; echo "bleu.sh: failed: $*" >&2; exit 1; }
    read -r w u s <<< "$t"
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.3f", u + s}')")
  done
  printf '%s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")"
}
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

row() { # LABEL QUOTED_SACREBLEU_SECONDS ARGS...
  local label="$1" quoted="$2"; shift 2
  local ours ours_cpu here="-" here_cpu="-" ratio="-" ratio_here="-" ratio_cpu="-"
  read -r ours ours_cpu <<< "$(median_time "$root/rdrop" bleu "$@" -q)"
  cp "$work/out" "$work/ours.json"
  if [[ "$quoted" != "-" ]]; then
    ratio=$(awk -v a="$ours" -v b="$quoted" 'BEGIN {printf "%.1fx", b / a}')
  fi
  if [[ -n "$sacrebleu" ]]; then
    read -r here here_cpu <<< "$(median_time "$sacrebleu" "$@" -q)"
    cp "$work/out" "$work/theirs.json"
    ratio_here=$(awk -v a="$ours" -v b="$here" 'BEGIN {printf "%.1fx", b / a}')
    ratio_cpu=$(awk -v a="$ours_cpu" -v b="$here_cpu" 'BEGIN {printf "%.1fx", b / a}')
    # Scores must be equal (to 1e-9: the last digit of a full-precision score may differ, see
    # docs/bleu.md); p-values, means and intervals only agree within resampling noise.
    if ! paste <(grep -E '"score"|"BLEU": "' "$work/ours.json" | tr -dc '0-9.\n') \
               <(grep -E '"score"|"BLEU": "' "$work/theirs.json" | tr -dc '0-9.\n') |
         awk -F'\t' '{d = $1 - $2; if (d < 0) d = -d; if (d > 1e-9 || ($1 == "") != ($2 == "")) bad = 1} END {exit bad}'; then
      echo "bleu.sh: scores differ from sacreBLEU's for: $label" >&2
      exit 1
    fi
  fi
  printf '%-31s %7s %7s %11s %8s %11s %7s %8s %8s\n' "$label" "$ours" "$ours_cpu" "$quoted" "$ratio" "$here" "$here_cpu" \
    "$ratio_here" "$ratio_cpu"
}

cpu_model="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
if grep -qw avx512f /proc/cpuinfo; then isa="AVX-512 (and AVX2)"
elif grep -qw avx2 /proc/cpuinfo; then isa="AVX2, no AVX-512"
else isa="no AVX2"; fi
echo "rdrop bleu benchmark: median of $runs runs, seconds, whole process (JVM start included): wall-clock, and CPU"
echo "(user + system, all threads) where marked"
echo "machine: ${cpu_model:-unknown CPU}, $isa, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-31s %7s %7s %11s %8s %11s %7s %8s %8s\n' "task" "rdrop" "CPU" "sacreBLEU*" "ratio*" "sacreBLEU" "CPU" \
  "ratio" "CPU"
row "3k x 16: score all systems" 8.0 "$work/ref3k" -i "${systems[@]}"
row "3k x 16: --paired-bs (1000)" 6.7 "$work/ref3k" -i "${systems[@]}" --paired-bs
row "3k x 16: --paired-ar (10000)" 25 "$work/ref3k" -i "${systems[@]}" --paired-ar
row "test 1.5k: --paired-bs (1000)" - "$work/ref1k5" -i "$work/base1k5" "$work/sys1k5" --paired-bs
row "test 1.5k: --paired-ar (10000)" - "$work/ref1k5" -i "$work/base1k5" "$work/sys1k5" --paired-ar
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "* sacreBLEU 2.6.0 as quoted in issue 4 (2 cores, WMT17 newstest2017, 16 systems x 3,004 sentences),"
echo "  measured on another machine and other text of the same size, not here; the goal is a ratio of 10x or more."
if [[ -z "$sacrebleu" ]]; then
  echo "  sacreBLEU was not found here, so it was not run (set SACREBLEU=/path/to/sacrebleu to time it and compare scores)."
fi
