#!/usr/bin/env bash
# Benchmark of `rdrop bleu` (whole process, JVM start included), beside sacreBLEU when installed.
#
#   ci/bench/bleu.sh
#
# Test sets, both from datasets/bible-en-es (Spanish side, Reina-Valera 1909):
#   - "3k x 16": the first 3,004 lines of train.es as reference, 16 system outputs made from it by
#     deterministic word drops, substitutions and swaps (the size of WMT17 newstest2017 with its 16
#     English-German systems, the figures the issue quotes for sacreBLEU);
#   - "test 1.5k": test.es (1,531 lines) with a baseline and one system made the same way.
# Timed: plain scoring of all systems, --paired-bs (1,000 resamples) and --paired-ar (10,000
# trials), the first system being the baseline. Each command runs RUNS times (default 3); the
# median wall-clock time is printed. When sacreBLEU is found (SACREBLEU=path, else `sacrebleu` on
# PATH) it is timed on the same files and the scores of both are compared (they must be equal;
# p-values come from different random generators and agree only within resampling noise).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sacrebleu="${SACREBLEU:-$(command -v sacrebleu || true)}"

# sacreBLEU on 2 cores (issue 4): 0.5 s a system, paired bootstrap 6.7 s, AR 25 s for 15 systems.
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

"$root/rdrop" --version > /dev/null # build outside the timings

now() { date +%s.%N; }
median_time() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(now)
    "$@" > "$work/out" 2> "$work/stderr" || { cat "$work/stderr" >&2; echo "bleu.sh: failed: $*" >&2; exit 1; }
    t1=$(now)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

row() { # LABEL ARGS...
  local label="$1"; shift
  local ours theirs="-" speedup="-"
  ours=$(median_time "$root/rdrop" bleu "$@" -q)
  cp "$work/out" "$work/ours.json"
  if [[ -n "$sacrebleu" ]]; then
    theirs=$(median_time "$sacrebleu" "$@" -q)
    cp "$work/out" "$work/theirs.json"
    speedup=$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.1fx", b / a}')
    # Scores must be equal (to 1e-9: the last digit of a full-precision score may differ, see
    # docs/bleu.md); p-values, means and intervals only agree within resampling noise.
    if ! paste <(grep -E '"score"|"BLEU": "' "$work/ours.json" | tr -dc '0-9.\n') \
               <(grep -E '"score"|"BLEU": "' "$work/theirs.json" | tr -dc '0-9.\n') |
         awk -F'\t' '{d = $1 - $2; if (d < 0) d = -d; if (d > 1e-9 || ($1 == "") != ($2 == "")) bad = 1} END {exit bad}'; then
      echo "bleu.sh: scores differ from sacreBLEU's for: $label" >&2
      exit 1
    fi
  fi
  printf '%-34s %10s %12s %8s\n' "$label" "$ours" "$theirs" "$speedup"
}

echo "rdrop bleu benchmark: median of $runs runs, seconds, whole process; $(nproc) cores"
printf '%-34s %10s %12s %8s\n' "task" "rdrop" "sacreBLEU" "speedup"
row "3k x 16: score all systems" "$work/ref3k" -i "${systems[@]}"
row "3k x 16: --paired-bs (1000)" "$work/ref3k" -i "${systems[@]}" --paired-bs
row "3k x 16: --paired-ar (10000)" "$work/ref3k" -i "${systems[@]}" --paired-ar
row "test 1.5k: --paired-bs (1000)" "$work/ref1k5" -i "$work/base1k5" "$work/sys1k5" --paired-bs
row "test 1.5k: --paired-ar (10000)" "$work/ref1k5" -i "$work/base1k5" "$work/sys1k5" --paired-ar
[[ -n "$sacrebleu" ]] || echo "(sacreBLEU not found: set SACREBLEU=/path/to/sacrebleu to time it and compare scores)"
