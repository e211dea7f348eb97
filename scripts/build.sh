#!/usr/bin/env bash
# The release build of the static site, as shipped: `trunk build --release` with the wasm
# built for size.
#
#     scripts/build.sh                  # into dist/
#     scripts/build.sh --dist DIR       # any other `trunk build` option passes through
#
# Runs scripts/setup.sh first (quiet when everything is there). scripts/test.sh and
# scripts/bench.sh build through this script, so every release wasm gets the same flags.
#
# The flags, for the wasm32 target only (their effect is measured in docs/performance.md):
# - std is rebuilt from source (rustup's rust-src component) with `optimize_for_size`,
#   which swaps std's fast sorting and formatting for small versions;
# - `-Cpanic=immediate-abort`: a panic traps at once, so no panic message, location or
#   formatting code is linked. The page's error panel then comes from a listener in
#   index.html that recognises the trap (a WebAssembly.RuntimeError), not from a Rust hook.
# - `-Clink-arg=--emit-relocs` (as in .cargo/config.toml): the relocations
#   scripts/split-wasm.mjs needs to cut the wasm into chunks.
# The first two are unstable options of the stable toolchain, unlocked by RUSTC_BOOTSTRAP=1. They
# live in this process only: native builds and tests never see them, and the native cargo
# calls in Trunk's hooks drop them (scripts/native-env.mjs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/setup.sh"
# shellcheck source=scripts/env.sh
. "$here/env.sh"
cd "$WON_ATLAS_ROOT"

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--emit-relocs"
exec trunk build --release "$@"
