#!/usr/bin/env bash
# Serves Won Atlas locally with a development (debug) build that rebuilds on change.
#
#     scripts/serve.sh            # http://127.0.0.1:8080/
#     PORT=9000 scripts/serve.sh  # another port
#
# Runs scripts/setup.sh first so a fresh clone needs nothing else.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/setup.sh"
# shellcheck source=scripts/env.sh
. "$here/env.sh"
cd "$WON_ATLAS_ROOT"

port="${PORT:-8080}"
echo "Won Atlas is at http://127.0.0.1:$port/ (once the first build below finishes; Ctrl-C stops it)"
# setup.sh has put the versions Trunk.toml pins (wasm-bindgen, wasm-opt) first on PATH, so
# Trunk uses them and downloads nothing. Loopback only: nothing else on the network should
# see a development server. --disable-address-lookup: otherwise Trunk lists reverse-DNS names
# for the address (e.g. "http://vm.:8080/") that are no help to anyone.
# It builds into target/serve-dist, so it never races a release build of dist/.
exec trunk serve --release=false --dist target/serve-dist --address 127.0.0.1 --port "$port" --disable-address-lookup
