#!/usr/bin/env bash
# The Won Atlas benchmark. It measures; it never fails on a missed target, and
# it is not part of scripts/test.sh.
#
#     scripts/bench.sh                 # 10 runs
#     BENCH_RUNS=20 scripts/bench.sh   # more runs
#
# Sets up, builds the release site into target/bench-dist (its own folder, so it never
# races the test run's dist/), serves it on 127.0.0.1 and measures it in headless Chromium
# (bench/run.mjs): first-load bytes, first chart and first input, hover updates and full
# redraws on each view, wasm memory before and after 1,000 interactions, and the load
# under 4× CPU throttling. Prints one table and writes it, with every sample and the
# machine's description, to target/bench/results.json (and as Markdown to results.md).
# Then it times the first chart side by side with an ECharts page drawing the same
# allocations (bench/compare.mjs), unthrottled, at 4× CPU and on "Slow 4G", and writes
# target/bench/compare.json and compare.md. Last, Lighthouse's mobile audit of both pages,
# served gzip-compressed (bench/lighthouse.mjs): target/bench/lighthouse.json and .md.
# Timings depend on what else the computer is doing: the table's header line gives the load
# average before and after.
#
# When `twiggy` is on PATH (cargo install twiggy --locked) it also lists what is big in
# the wasm (bench/twiggy.sh): target/bench/twiggy-top.txt and twiggy-groups.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
. "$here/env.sh"
cd "$WON_ATLAS_ROOT"

bash "$here/setup.sh"

dist="target/bench-dist"
mkdir -p target/bench
echo "== release build (scripts/build.sh --offline --dist $dist)"
if ! bash "$here/build.sh" --offline --dist "$dist" >target/bench/build.log 2>&1; then
  echo "the release build failed; last lines of target/bench/build.log:" >&2
  tail -n 30 target/bench/build.log >&2
  exit 1
fi

if command -v twiggy >/dev/null 2>&1; then
  echo "== what is big in the wasm (twiggy; details in target/bench/twiggy-*.txt)"
  bash bench/twiggy.sh target/bench || echo "twiggy step failed; the benchmark goes on" >&2
else
  echo "== twiggy is not installed (cargo install twiggy --locked): skipping the wasm size breakdown"
fi

echo "== benchmark (${BENCH_RUNS:-10} runs, headless Chromium; about 30 s a run on 2 cores)"
node bench/run.mjs "$dist"

echo "== side by side with ECharts (bench/compare.mjs; COMPARE_ROUNDS=${COMPARE_ROUNDS:-9})"
node bench/compare.mjs "$dist"

echo "== Lighthouse, mobile preset (bench/lighthouse.mjs; LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS:-3})"
node bench/lighthouse.mjs "$dist"
