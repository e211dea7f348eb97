#!/usr/bin/env bash
# What is big in the shipped wasm, by name. Called by scripts/bench.sh when
# `twiggy` is on PATH (cargo install twiggy --locked); harmless to run alone:
#
#     bash bench/twiggy.sh [out-dir]      # default target/bench
#
# The shipped wasm-opt pass strips the names twiggy needs, so this rebuilds the same shipped
# first-load module with names kept: the release wasm cargo produced for the benchmark
# build (target/wasm32-unknown-unknown/release/won-atlas.wasm), cut by the same
# wasm-split-cli, bound by the same wasm-bindgen and shrunk by the same wasm-opt flags
# (scripts/split-wasm.mjs), plus -g. The view chunks are not in these figures. Code and
# data match the shipped module closely; the extra "names" section is not shipped and is
# left out of the summary.
#
# Writes <out>/twiggy-top.txt (top items by size), <out>/twiggy-groups.txt (sizes summed by
# crate, data segments apart) and <out>/twiggy.json (every item).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
. "$here/../scripts/env.sh"
cd "$WON_ATLAS_ROOT"

out="${1:-target/bench}"
work="$out/twiggy-work"
raw="target/wasm32-unknown-unknown/release/won-atlas.wasm"
mkdir -p "$work"

if [ ! -f "$raw" ]; then
  echo "twiggy: $raw is missing; run the release build first (scripts/bench.sh does)" >&2
  exit 1
fi
cp "$raw" "$work/won-atlas.wasm"
rm -rf "$work/split" && wasm-split-cli "$work/won-atlas.wasm" "$work/split" --out-name won-atlas
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work" "$work/split/won-atlas.wasm"
# The shipped wasm-opt flags (scripts/split-wasm.mjs, WASM_OPT_FLAGS), plus -g.
mapfile -t opt_flags < <(node --input-type=module -e \
  "import { WASM_OPT_FLAGS } from './scripts/split-wasm.mjs'; console.log(WASM_OPT_FLAGS.join('\\n'))")
wasm-opt "${opt_flags[@]}" -g "$work/won-atlas_bg.wasm" -o "$work/named.wasm"

twiggy top -n 15 "$work/named.wasm" >"$out/twiggy-top.txt"
twiggy top -f json "$work/named.wasm" >"$out/twiggy.json"
node "$here/twiggy-groups.mjs" "$out/twiggy.json" "$work/named.wasm" >"$out/twiggy-groups.txt"
cat "$out/twiggy-groups.txt"

# Our own functions by name, before wasm-opt inlines them into yew's generic wrappers (the
# sizes are pre-wasm-opt, so only roughly those shipped).
twiggy top -n 400 "$work/won-atlas.wasm" >"$work/unoptimised-top.txt"
grep -E 'won_atlas|atlas_model' "$work/unoptimised-top.txt" | head -n 20 >"$out/twiggy-app.txt" || true
