#!/usr/bin/env bash
# Times scripts/setup.sh as a fresh machine runs it, and prints the seconds each install took.
#
#     bash bench/setup-time.sh
#
# It clones this repository's HEAD into a temporary folder and runs its setup there with an
# empty CARGO_HOME, so that the cargo-installed tools (Trunk, the wasm-bindgen CLI, the wasm
# splitter) download and compile from nothing, and with no node_modules, so `npm ci` runs.
# The Rust toolchain itself (rustup's), the Debian packages and npm's download cache are
# this machine's: a fresh machine adds their install (apt-get, rustup target and
# components) to the figure. Its PATH holds only rustup's proxies and the system's
# folders, so no tool installed here before is found. It uses both cores for several
# minutes: run it on a quiet machine. Nothing outside the temporary folder changes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# rustup's proxies (cargo, rustc, …) and nothing else of ~/.cargo/bin.
proxies="$work/cargo-home/bin"
mkdir -p "$proxies"
if ! command -v rustup >/dev/null 2>&1; then
  echo "setup-time: needs rustup on PATH (its proxies are the toolchain the fresh setup uses)" >&2
  exit 1
fi
rustup_bin="$(dirname "$(command -v rustup)")"
for tool in cargo rustc rustdoc rustup cargo-clippy cargo-fmt clippy-driver rustfmt; do
  ln -s "$rustup_bin/$tool" "$proxies/$tool"
done

git clone -q "$root" "$work/repo"
start=$(date +%s)
rc=0
(
  cd "$work/repo"
  env CARGO_HOME="$work/cargo-home" PATH="$proxies:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    bash scripts/setup.sh
) || rc=$?
total=$(($(date +%s) - start))

echo
for log in "$work"/repo/target/setup-logs/*.log; do
  took="$(grep -ho 'Finished .* in .*' "$log" | sed 's/.* in //' || true)"
  printf '  %-28s %s\n' "$(basename "$log" .log)" "${took:-done}"
done
echo "setup on a fresh clone with an empty CARGO_HOME: ${total} s (exit $rc), $(nproc) cores"
exit "$rc"
