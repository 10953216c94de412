#!/usr/bin/env bash
# Benchmark of beam-5 decoding with the bible-en-es model shape (d128, 2+2 layers, 10k vocabulary):
# sentences/s by batch size on synthetic 40-token sentences (seeded weights, hypotheses run to 40
# tokens), and the full-recompute decoder for comparison. Prints wall-clock and process CPU time; on a
# shared machine the CPU time per sentence is the steadier figure.
#
#   ci/bench/decode.sh [EXTRA bench-decode OPTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/rdrop" bench-decode --config "$root/experiments/bible-en-es.yaml" --beam 5 \
  --sentences 64 --batches 1,8,32 --recompute 2 "$@"
