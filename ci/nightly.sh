#!/usr/bin/env bash
# Nightly regression: reruns the nightly experiments from scratch, checks every run against golden/
# (./rdrop check: manifest artifacts vs files, loss curves vs golden curves, the paper claims of
# golden/<experiment>/claims.json judged on the run's report), re-executes the runs named in
# NIGHTLY_VERIFY from their manifests (./rdrop verify: bit for bit), and writes
#
#   OUT/report.md                 what passed and failed, with the whole story of each failure
#   OUT/junit/*.xml               one JUnit XML per experiment (+ golden.xml): each check a test case
#   OUT/checks/<experiment>.txt   ./rdrop check's text output (and <experiment>.verify.txt)
#   OUT/logs/<experiment>.log     the run's own output
#   OUT/runs/<experiment>/        the run directories (for ./rdrop golden update after an intended change)
#
# Usage: ci/nightly.sh [OUT]              (default OUT: nightly-out)
# Env:   NIGHTLY_EXPERIMENTS="smoke ..."  experiments to run (default: smoke moby-dick-lm digits-vit summarization-smoke
#                                         sentiment-sentences afinn-valence: their runs took 3 min 46 s together
#                                         on 2 cores of an AMD EPYC with AVX-512, 2026-12-06; bible-en-es trains
#                                         to convergence for hours: name it here, or use NIGHTLY_SUITE=paper)
#        NIGHTLY_VERIFY="smoke"           of those, the runs to re-execute with ./rdrop verify (default: smoke)
#        NIGHTLY_SUITE=paper              instead of NIGHTLY_EXPERIMENTS: one `./rdrop reproduce --suite paper`
#                                         (experiments/suites/paper.yaml: three tasks, their seeds; hours), then
#                                         the same check of each of its experiments (a seed set is checked whole)
#        RDROP=./rdrop                    the launcher
#        NIGHTLY_GOLDEN_DIR=DIR           golden folder (default: golden/ of this checkout)
# Exit:  0 no regression; 1 a check failed (a regression, or an edited golden); 2 a run did not finish.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-nightly-out}" && cd "${1:-nightly-out}" && pwd)"
rdrop="${RDROP:-$root/rdrop}"
experiments="${NIGHTLY_EXPERIMENTS:-smoke moby-dick-lm digits-vit summarization-smoke sentiment-sentences afinn-valence}"
verify=" ${NIGHTLY_VERIFY-smoke} "
golden_opt=()
[[ -n "${NIGHTLY_GOLDEN_DIR:-}" ]] && golden_opt=(--golden-dir "$NIGHTLY_GOLDEN_DIR")

suite="${NIGHTLY_SUITE:-}"
suite_name="$(basename "${suite%.y*ml}")" # a built-in name, or a suite file's name without .yaml

mkdir -p "$out/junit" "$out/checks" "$out/logs" "$out/runs"
rm -f "$out"/junit/*.xml "$out"/checks/*.txt

status=0
rows=()
details=()

# The goldens themselves first: an edited golden would make every comparison meaningless.
if "$rdrop" golden verify "${golden_opt[@]}" --junit-xml "$out/junit/golden.xml" > "$out/checks/golden.txt" 2> "$out/logs/golden.log"; then
  rows+=("| golden files | ok | $(tail -n 1 "$out/checks/golden.txt") |")
else
  status=1
  rows+=("| golden files | **FAILED** | $(tail -n 1 "$out/checks/golden.txt" 2>/dev/null || echo 'see logs/golden.log') |")
  details+=("### golden files" "" '```' "$(cat "$out/checks/golden.txt" "$out/logs/golden.log")" '```' "")
fi

if [[ -n "$suite" ]]; then
  suite_dir="$out/runs/suite-$suite_name"
  rm -rf "$suite_dir"
  # Datasets too large to commit (datasets/README.md) are built from their pinned packages first.
  for d in $("$rdrop" data list 2>/dev/null | awk '/^[a-z0-9-]+ - /{name=$1} /files: +not committed/{print name}'); do
    if [[ ! -d "$root/datasets/$d" ]]; then
      echo "nightly: dataset $d: import" >&2
      "$rdrop" data import "$d" >> "$out/logs/datasets.log" 2>&1 || echo "nightly: dataset $d: import failed (logs/datasets.log)" >&2
    fi
  done
  echo "nightly: suite $suite: reproduce" >&2
  if ! "$rdrop" reproduce --suite "$suite" --out "$suite_dir" > "$out/logs/suite-$suite_name.log" 2>&1; then
    status=2
    rows+=("| suite $suite | **RUN FAILED** | $(tail -n 1 "$out/logs/suite-$suite_name.log") |")
    details+=("### suite $suite: the run did not finish" "" '```' "$(tail -n 30 "$out/logs/suite-$suite_name.log")" '```' "")
  else
    rows+=("| suite $suite | ok | summary: runs/suite-$suite_name/suite.md |")
  fi
  # The experiments the suite got to, each checked below as it stands.
  experiments="$(cd "$suite_dir" 2>/dev/null && for d in */; do printf '%s ' "${d%/}"; done)"
  verify=" "
fi

for exp in $experiments; do
  if [[ -n "$suite" ]]; then
    run="$suite_dir/$exp"
    cp "$out/logs/suite-$suite_name.log" "$out/logs/$exp.log"
  else
    run="$out/runs/$exp"
    rm -rf "$run"
    echo "nightly: $exp: reproduce" >&2
    if ! "$rdrop" reproduce "$exp" --out "$run" > "$out/logs/$exp.log" 2>&1; then
      status=2
      rows+=("| $exp | **RUN FAILED** | $(tail -n 1 "$out/logs/$exp.log") |")
      details+=("### $exp: the run did not finish" "" '```' "$(tail -n 30 "$out/logs/$exp.log")" '```' "")
      continue
    fi
  fi
  echo "nightly: $exp: check" >&2
  "$rdrop" check "$run" "${golden_opt[@]}" --junit-xml "$out/junit/$exp.xml" > "$out/checks/$exp.txt" 2>> "$out/logs/$exp.log"
  rc=$?
  summary="$(tail -n 1 "$out/checks/$exp.txt" 2>/dev/null)"
  if [[ $rc -eq 0 ]]; then
    rows+=("| $exp | ok | $summary |")
  else
    [[ $status -eq 0 ]] && status=1
    rows+=("| $exp | **REGRESSION** | ${summary:-$(tail -n 1 "$out/logs/$exp.log")} |")
    # Failed checks with their stories (indented lines below a FAIL/ERROR line).
    failures="$(awk '/^(FAIL  |ERROR )/ {keep=1; print; next} /^[^ ]/ {keep=0} keep' "$out/checks/$exp.txt")"
    details+=("### $exp" "" '```' "${failures:-$(tail -n 30 "$out/logs/$exp.log")}" '```' "")
  fi
  if [[ "$verify" == *" $exp "* ]]; then
    echo "nightly: $exp: verify" >&2
    rm -rf "$run.verify"
    if "$rdrop" verify "$run" --out "$run.verify" > "$out/checks/$exp.verify.txt" 2>> "$out/logs/$exp.log"; then
      rows+=("| $exp (verify) | ok | $(tail -n 1 "$out/checks/$exp.verify.txt") |")
    else
      [[ $status -eq 0 ]] && status=1
      rows+=("| $exp (verify) | **NOT REPRODUCED** | $(tail -n 1 "$out/checks/$exp.verify.txt" 2>/dev/null) |")
      details+=("### $exp: verify" "" '```' "$(grep -v '^identical' "$out/checks/$exp.verify.txt" 2>/dev/null; tail -n 20 "$out/logs/$exp.log")" '```' "")
    fi
    rm -rf "$run.verify"
  fi
  # Notes matter even when everything passed (e.g. an exact comparison that fell back to a tolerance).
  notes="$(grep -B1 '^      note:' "$out/checks/$exp.txt" 2>/dev/null | grep -v '^--$')"
  if [[ -n "$notes" ]]; then
    details+=("### $exp: notes" "" '```' "$notes" '```' "")
  fi
done

{
  echo "# rdrop nightly regression"
  echo
  echo "Code: \`$(git -C "$root" describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)\`; experiments: $experiments${suite:+ (suite $suite)}."
  echo
  echo "| what | result | checks |"
  echo "|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if ((${#details[@]})); then
    printf '%s\n' "${details[@]}"
  fi
  echo "JUnit XML: \`junit/\`; full check output: \`checks/\`; runs: \`runs/\`. After an intended change,"
  echo "update the goldens from these runs as golden/README.md describes."
} > "$out/report.md"

echo "nightly: report in $out/report.md (exit $status)" >&2
exit $status
