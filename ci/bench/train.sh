#!/usr/bin/env bash
# Side-by-side benchmark of a training step (issue 18, item 2): rdrop's `bench-train` beside a PyTorch eager
# reference of the same model and step (ci/bench/reference_train.py), in one sitting.
#
#   ci/bench/train.sh [--shape reference|bible-en-es|d,ffn,heads,enc,dec] [--vocab V] [--batch BxT]
#                     [--threads N] [--rounds R] [--steps S] [--numerics portable|native] [--config FILE]
#                     [--kernels auto|avx2]
#
# Shapes: `reference` (the default; issue 18's: d256, FFN 1024, 4 heads, 3+3 layers, 10k vocabulary, 64x32)
# and `bible-en-es` (d128, FFN 256, 4 heads, 2+2, its 4,056-word vocabulary, 128x32); --vocab and --batch
# override a preset's. Dropout, label smoothing and alpha come from --config (default
# experiments/bible-en-es.yaml) for both sides; both use N intra-op threads (default: the cores) and one
# inter-op thread, and the same OMP_WAIT_POLICY (./rdrop's PASSIVE unless set).
#
# --kernels avx2 holds both sides to AVX2 kernels on a CPU that has AVX-512: the reference runs with
# OPENBLAS_CORETYPE=Haswell (OpenBLAS's AVX2 kernels), ATEN_CPU_CAPABILITY=avx2 and MKL_ENABLE_INSTRUCTIONS=AVX2,
# and rdrop with the same two (its portable numerics set them anyway). The nearest an AVX-512 machine comes to
# an AVX2-only CPU: the same instructions, not that CPU's clock, caches or memory. The default, auto, lets
# each library pick (the reference's OpenBLAS then uses its AVX-512 kernels where the CPU has them).
#
# Each round runs one `rdrop bench-train --steps S` process and one reference process (default S=3, each
# after its own two warm-up rounds), the order alternating from round to round so that load from elsewhere
# hits both alike. A figure is the median over the R rounds (default 3) of each process's median. The load
# average is printed at the start and the end: on a shared machine every figure is slower and noisier.
#
# Needs rdrop's jar (mvn -B -q -DskipTests package, or any ./rdrop command) and PyTorch for Python 3
# (Debian: apt-get install -y python3-torch; PYTHON picks the interpreter); exits 2 naming what is missing.
# Nothing is installed here. Debian's torch calls whatever libblas.so.3 the alternatives system selects: with
# only the netlib reference BLAS the reference is far slower than PyTorch normally is, so install an
# optimised one (apt-get install -y libopenblas0-openmp); the output names the library that was loaded.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/ci/bench"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//'; }
fail() { echo "train.sh: $*" >&2; exit 2; }

shape=reference vocab="" batch="" threads="$(nproc)" rounds=3 steps=3 numerics=portable kernels=auto
config="$root/experiments/bible-en-es.yaml"
while [[ $# -gt 0 ]]; do
  [[ "$1" == -h || "$1" == --help ]] && { usage; exit 0; }
  [[ $# -ge 2 ]] || fail "$1 needs a value (--help for usage)"
  case "$1" in
    --shape) shape="$2" ;;
    --vocab) vocab="$2" ;;
    --batch) batch="$2" ;;
    --threads) threads="$2" ;;
    --rounds) rounds="$2" ;;
    --steps) steps="$2" ;;
    --numerics) numerics="$2" ;;
    --config) config="$2" ;;
    --kernels) kernels="$2" ;;
    *) fail "unknown option $1 (--help for usage)" ;;
  esac
  shift 2
done
case "$shape" in
  reference) shape=256,1024,4,3,3 vocab="${vocab:-10000}" batch="${batch:-64x32}" ;;
  bible-en-es) shape=128,256,4,2,2 vocab="${vocab:-4056}" batch="${batch:-128x32}" ;;
  *) [[ "$shape" =~ ^[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+$ ]] \
       || fail "--shape: expected reference, bible-en-es or d,ffn,heads,enc,dec, got '$shape'" ;;
esac
vocab="${vocab:-10000}" batch="${batch:-64x32}"
[[ "$vocab" =~ ^[0-9]+$ ]] || fail "--vocab: expected a number, got '$vocab'"
[[ "$batch" =~ ^[0-9]+x[0-9]+$ ]] || fail "--batch: expected BxT, got '$batch'"
for v in threads rounds steps; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || fail "--$v: expected a positive number, got '${!v}'"
done
[[ "$numerics" == portable || "$numerics" == native ]] || fail "--numerics: portable or native, got '$numerics'"
[[ -f "$config" ]] || fail "config not found: $config"
[[ "$kernels" == auto || "$kernels" == avx2 ]] || fail "--kernels: auto or avx2, got '$kernels'"
torch_env=()
if [[ "$kernels" == avx2 ]]; then
  export ATEN_CPU_CAPABILITY=avx2 MKL_ENABLE_INSTRUCTIONS=AVX2
  torch_env=(env OPENBLAS_CORETYPE=Haswell)
fi

# What both sides need, checked before anything runs.
[[ -f "$root/cli/target/rdrop.jar" ]] \
  || fail "rdrop's jar $root/cli/target/rdrop.jar is missing: build it first (mvn -B -q -DskipTests package, or run ./rdrop --version)"
# PYTHON, else the first python3 that imports torch: a python3 earlier on PATH (pyenv, a venv) may lack
# Debian's torch, which lives under /usr/bin/python3.
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for p in "$(command -v python3 || true)" /usr/bin/python3; do
    if [[ -n "$p" ]] && "$p" -c 'import torch, yaml' 2> /dev/null; then python="$p"; break; fi
  done
fi
[[ -n "$python" ]] && "$python" -c 'import torch, yaml' 2> /dev/null \
  || fail "no python3 here imports torch and yaml: install Debian's PyTorch with apt-get install -y python3-torch (this script installs nothing), or set PYTHON"

export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/rdrop" --version > /dev/null   # lets the launcher rebuild a stale jar outside the timings

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
field() { awk -v k="$1" 'index($0, k) == 1 {print $3; exit}' "$2"; }
params() { sed -n 's/.*(\([0-9,]*\) parameters).*/\1/p' "$1" | head -1; }
median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

run_rdrop() { # ROUND
  "$root/rdrop" bench-train --config "$config" --shape "$shape" --vocab-size "$vocab" --batch "$batch" \
    --threads "$threads" --steps "$steps" --numerics "$numerics" > "$work/rdrop$1" 2> "$work/rdrop$1.err" \
    || { cat "$work/rdrop$1.err" >&2; echo "train.sh: rdrop bench-train failed" >&2; exit 1; }
}
run_torch() { # ROUND
  "${torch_env[@]}" "$python" "$here/reference_train.py" --config "$config" --shape "$shape" --vocab "$vocab" --batch "$batch" \
    --threads "$threads" --steps "$steps" > "$work/torch$1" 2> "$work/torch$1.err" \
    || { cat "$work/torch$1.err" >&2; echo "train.sh: reference_train.py failed" >&2; exit 1; }
}

load_start="$(loadavg)"
echo "train.sh: shape $shape, vocab $vocab, batch $batch, $threads threads, $rounds rounds of $steps steps, kernels $kernels; load average $load_start"
rb=() rr=() tb=() tr=()
for i in $(seq "$rounds"); do
  if (( i % 2 )); then run_rdrop "$i"; run_torch "$i"; else run_torch "$i"; run_rdrop "$i"; fi
  rb+=("$(field 'baseline step' "$work/rdrop$i")") rr+=("$(field 'R-Drop step' "$work/rdrop$i")")
  tb+=("$(field 'baseline step' "$work/torch$i")") tr+=("$(field 'R-Drop step' "$work/torch$i")")
  printf 'round %s: rdrop %s s / %s s, PyTorch %s s / %s s (baseline / R-Drop); load average %s\n' \
    "$i" "${rb[-1]}" "${rr[-1]}" "${tb[-1]}" "${tr[-1]}" "$(loadavg)"
done
load_end="$(loadavg)"

mrb=$(printf '%s\n' "${rb[@]}" | median) mrr=$(printf '%s\n' "${rr[@]}" | median)
mtb=$(printf '%s\n' "${tb[@]}" | median) mtr=$(printf '%s\n' "${tr[@]}" | median)
p_rdrop=$(params "$work/rdrop1") p_torch=$(params "$work/torch1")
[[ "$p_rdrop" == "$p_torch" ]] && p_note="equal" || p_note="DIFFER"
cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)

echo
echo "training step, d,ffn,heads,enc,dec = $shape, vocabulary $vocab, batch $batch synthetic, $threads threads:"
echo "median over $rounds rounds of each process's median of $steps steps (after 2 warm-up rounds), seconds per step"
printf '%-20s %12s %12s %15s\n' "" "rdrop" "PyTorch" "PyTorch / rdrop"
printf '%-20s %12s %12s %14sx\n' "baseline" "$mrb" "$mtb" "$(div "$mtb" "$mrb")"
printf '%-20s %12s %12s %14sx\n' "R-Drop" "$mrr" "$mtr" "$(div "$mtr" "$mrr")"
printf '%-20s %11sx %11sx\n' "R-Drop / baseline" "$(div "$mrr" "$mrb")" "$(div "$mtr" "$mtb")"
printf '%-20s %12s %12s %15s\n' "parameters" "$p_rdrop" "$p_torch" "$p_note"
echo "rdrop:   $(grep '^numerics' "$work/rdrop1"), ./rdrop bench-train --numerics $numerics"
deb=$(dpkg-query -W -f '${Version}' python3-torch 2> /dev/null || true)
echo "PyTorch: $(head -1 "$work/torch1" | sed 's/^reference PyTorch //')${deb:+; Debian python3-torch $deb}"
echo "         $(grep '^memory:' "$work/torch1")"
echo "machine: $cpu_model, $(nproc) cores; ISA: $(sed -n 's/^cpu .*, ISA: //p' "$work/rdrop1")"
[[ "$kernels" == avx2 ]] && echo "kernels: AVX2 on both sides (--kernels avx2: OPENBLAS_CORETYPE=Haswell for the reference, ATEN_CPU_CAPABILITY=avx2 and MKL_ENABLE_INSTRUCTIONS=AVX2 for both)"
echo "load average (1/5/15 min): $load_start at the start, $load_end at the end; OMP_WAIT_POLICY=$OMP_WAIT_POLICY"
[[ "$p_note" == equal ]] || { echo "train.sh: the two models' parameter counts differ" >&2; exit 1; }
