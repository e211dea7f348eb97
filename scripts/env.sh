# shellcheck shell=bash
# Sourced (not run) by scripts/setup.sh, scripts/serve.sh and scripts/test.sh, and by anyone
# who wants the project's tools in an interactive shell:
#
#     . scripts/env.sh
#
# It only puts the tools the project installs on PATH, ahead of anything else of the same
# name: cargo's bin folder (trunk, wasm-bindgen) and node_modules/.bin (wasm-opt from
# binaryen@132, which Trunk finds on PATH because Trunk.toml pins wasm_opt = "version_132").
# It changes nothing else, so it is safe to source into a shell running with `set -euo
# pipefail`, and sourcing it twice adds nothing twice.

# The repository root: this file lives in <root>/scripts/.
WON_ATLAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WON_ATLAS_ROOT

# Prepend a folder to PATH unless it is already there.
won_atlas_path_prepend() {
  case ":${PATH:-}:" in
    *":$1:"*) ;;
    *) PATH="$1${PATH:+:$PATH}" ;;
  esac
}

won_atlas_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
won_atlas_path_prepend "$WON_ATLAS_ROOT/node_modules/.bin"
export PATH
unset -f won_atlas_path_prepend
