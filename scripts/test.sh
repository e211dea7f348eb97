#!/usr/bin/env bash
# The one test command for Won Atlas (CI runs it through .ci/run).
#
#     scripts/test.sh
#
# Runs setup, then every check in order: formatting, clippy (native and wasm), the Rust
# tests, the release build, the size budget, HTML validity and the end-to-end suite. It
# keeps going after a failure so one run reports everything, and exits non-zero if
# anything failed.
#
# Counting: each gate (fmt, clippy, build, size budget, HTML validity) is one test;
# `cargo test` and the end-to-end suite count their individual tests. A step that cannot
# run, or that crashes before reporting any test, counts as one failure. The last line
# printed is always exactly `N passed, N failed`.
#
# Full logs of every step are in target/test-logs/<step>.log; a failing step shows the tail
# of its log here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
. "$here/env.sh"
cd "$WON_ATLAS_ROOT"

LOG_DIR="target/test-logs"
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"

passed=0
failed=0
failed_steps=()
TAIL_LINES=40

header() { printf '\n== %s\n' "$*"; }

# Show why a step failed without opening the log.
show_tail() {
  local log="$1"
  echo "   last $TAIL_LINES lines of $log:"
  # Drop terminal colour codes (rustfmt colours its diff even into a file).
  tail -n "$TAIL_LINES" "$log" | sed -E $'s/\x1b(\\[[0-9;]*[A-Za-z]|\\([A-Z])//g; s/^/   | /'
}

# record NAME PASSED FAILED: add a step's counts to the totals.
record() {
  passed=$((passed + $2))
  failed=$((failed + $3))
  if [ "$3" -gt 0 ]; then
    failed_steps+=("$1")
  fi
}

# run_logged NAME CMD...: run CMD with all its output in $LOG_DIR/NAME.log; sets step_rc
# and step_secs. Never fails itself, so `set -e` does not stop the run.
run_logged() {
  local name="$1"; shift
  local start=$SECONDS
  step_rc=0
  "$@" >"$LOG_DIR/$name.log" 2>&1 || step_rc=$?
  step_secs=$((SECONDS - start))
}

# gate NAME TITLE CMD...: a check that counts as one test.
gate() {
  local name="$1" title="$2"; shift 2
  header "$title"
  echo "   \$ $*"
  run_logged "$name" "$@"
  if [ "$step_rc" -eq 0 ]; then
    echo "   ok (${step_secs}s)"
    record "$name" 1 0
  else
    echo "   FAILED (exit $step_rc, ${step_secs}s)"
    show_tail "$LOG_DIR/$name.log"
    record "$name" 0 1
  fi
}

# not_run NAME TITLE WHY: a check that could not run counts as one failure, so a broken
# build can never make the checks after it look green.
not_run() {
  header "$2"
  echo "   FAILED: not run ($3)"
  record "$1" 0 1
}

# counted NAME PASSED FAILED FAILING: the result of a step that counts its own tests (after
# run_logged NAME). A step that failed before any test could fail (a compile error, a
# crash) counts once. On failure it names the failing tests first (FAILING, already
# formatted: with several, the tail shows only the last ones), then the log's tail.
counted() {
  local name="$1" pass="$2" fail="$3" failing="$4"
  if [ "$step_rc" -ne 0 ] && [ "$fail" -eq 0 ]; then
    fail=1
  fi
  if [ "$step_rc" -eq 0 ]; then
    echo "   ok: $pass passed, $fail failed (${step_secs}s)"
  else
    echo "   FAILED (exit $step_rc): $pass passed, $fail failed (${step_secs}s)"
    if [ -n "$failing" ]; then
      printf '%s\n' "$failing"
    fi
    show_tail "$LOG_DIR/$name.log"
  fi
  record "$name" "$pass" "$fail"
}

# ---------------------------------------------------------------------------------------
header "setup (scripts/setup.sh)"
setup_rc=0
bash "$here/setup.sh" 2>&1 | tee "$LOG_DIR/setup.log" || setup_rc=$?
if [ "$setup_rc" -ne 0 ]; then
  # Without the tools none of the checks can say anything useful.
  echo "   FAILED: setup could not provide the tools above; no check was run"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "   ok"

gate fmt "format (cargo fmt --check)" \
  cargo fmt --all -- --check

gate clippy-native "clippy, native (all targets, warnings are errors)" \
  cargo clippy --workspace --all-targets -- -D warnings

gate clippy-wasm "clippy, wasm32 (the app crate, warnings are errors)" \
  cargo clippy --target wasm32-unknown-unknown -p won-atlas -- -D warnings

# --- cargo test: count the individual tests from each binary's summary line -------------
header "Rust tests (cargo test --workspace)"
run_logged cargo-test cargo test --workspace
# Every test binary and doc-test run ends with e.g.
#   test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; ...
read -r t_pass t_fail < <(
  sed -nE 's/^test result: (ok|FAILED)\. ([0-9]+) passed; ([0-9]+) failed.*/\2 \3/p' \
    "$LOG_DIR/cargo-test.log" |
    awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }'
)
counted cargo-test "$t_pass" "$t_fail" \
  "$(grep -E '^test .* \.\.\. FAILED$' "$LOG_DIR/cargo-test.log" | sed 's/^/   /' || true)"

# --- release build, then what needs it --------------------------------------------------
gate trunk-build "release build (scripts/build.sh, into dist/)" \
  bash "$here/build.sh" --dist dist
build_ok=$((step_rc == 0))

if [ "$build_ok" -eq 1 ]; then
  gate size-budget "size budget (gzip -9 of everything index.html loads)" \
    node e2e/size-budget.mjs dist
  # The table is the point of this step: show it even when it passes.
  if [ "$step_rc" -eq 0 ]; then
    sed 's/^/   | /' "$LOG_DIR/size-budget.log"
  fi
  # Every built page, as a static host serves it (the Nu HTML checker, npm vnu-jar).
  gate html-valid "HTML validity (Nu HTML checker on dist/*.html, errors only)" \
    java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only dist/*.html
else
  not_run size-budget "size budget" "the release build failed"
  not_run html-valid "HTML validity" "the release build failed"
fi

# --- end-to-end: node's test runner, counting its individual tests ----------------------
if [ "$build_ok" -eq 1 ]; then
  header "end-to-end (node --test e2e/, headless Chromium)"
  # One id for the whole run, so every test file saves its screenshots in one folder.
  E2E_RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)"
  export E2E_RUN_ID
  echo "   screenshots: target/e2e/screenshots/$E2E_RUN_ID/"
  mapfile -t e2e_files < <(find e2e -maxdepth 1 -name '*.test.mjs' | sort)
  tap="$LOG_DIR/e2e.tap"
  rm -f "$tap"
  if [ "${#e2e_files[@]}" -eq 0 ]; then
    step_rc=1 step_secs=0
    echo "no e2e/*.test.mjs files" >"$LOG_DIR/e2e.log"
  else
    # Readable (spec) output goes to the log, TAP to a file we count from. Three files at
    # a time (E2E_CONCURRENCY): each starts its own browser and server on a free port and
    # shares nothing with the others; the suite is bound by the processor, and a third
    # file fills the time the others spend waiting (a page falling quiet, a frame, a
    # timer) on two cores. `timeout` keeps a hung browser from eating CI's time limit.
    run_logged e2e timeout 900 node --test --test-concurrency="${E2E_CONCURRENCY:-3}" \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$tap" \
      "${e2e_files[@]}"
  fi
  # The TAP stream ends with "# pass N", "# fail N", "# cancelled N".
  e_pass=0 e_fail=0
  if [ -f "$tap" ]; then
    read -r e_pass e_fail < <(awk '
      /^# pass /      { p = $3 }
      /^# fail /      { f += $3 }
      /^# cancelled / { f += $3 }
      END { print p + 0, f + 0 }' "$tap")
  fi
  e_failing=""
  if [ -f "$tap" ]; then
    e_failing="$(grep -E '^ *not ok ' "$tap" | sed -E 's/^ *not ok [0-9]+ - /   failed: /; s/\\#/#/g' || true)"
  fi
  counted e2e "$e_pass" "$e_fail" "$e_failing"
else
  not_run e2e "end-to-end" "the release build failed"
fi

# ---------------------------------------------------------------------------------------
header "summary"
if [ "${#failed_steps[@]}" -gt 0 ]; then
  echo "   failed: ${failed_steps[*]} (logs in $LOG_DIR/)"
else
  echo "   all steps passed (logs in $LOG_DIR/)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
