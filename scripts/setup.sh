#!/usr/bin/env bash
# Installs everything Won Atlas needs to build, serve and test, and nothing else.
#
# Both README commands (scripts/serve.sh, scripts/test.sh) run this first, and CI runs it
# on a fresh machine, so it must install every tool itself: nothing installed by hand
# survives to a new machine. It is idempotent: when everything is present at the right
# version it prints nothing and takes a second or two. It prints one line per thing it
# installs. Where it cannot install something (no root, no apt, no network, no node) it
# names what is missing and the command that gets it, and exits non-zero.
#
# Callers get the tools on PATH by sourcing scripts/env.sh afterwards (this script cannot
# change its caller's environment when run as a program).
#
# Full output of each install goes to target/setup-logs/<name>.log.
set -euo pipefail

# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WON_ATLAS_ROOT"

# Pinned versions. Trunk stays at 0.21: 0.22 needs a newer rustc than the toolchain this
# project builds with. The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock
# or Trunk refuses the local binary and tries to download one.
readonly TRUNK_VERSION="0.21.14"
# The splitter scripts/split-wasm.mjs runs; its output must suit the wasm_split_helpers
# version Cargo.toml pins.
readonly WASM_SPLIT_VERSION="0.2.4"
readonly WASM_TARGET="wasm32-unknown-unknown"
readonly APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk)

LOG_DIR="$WON_ATLAS_ROOT/target/setup-logs"
missing=()   # one "what — command" entry per thing we could not install

say() { printf 'setup: %s\n' "$*"; }

# Record something we could not provide, with the command a person can run to get it.
need() { missing+=("$1"$'\n'"      to get it: $2"); }

# run_logged NAME CMD...: run an install command with its output in a log file; on failure
# show the tail of that log so the reason is visible without opening it.
run_logged() {
  local name="$1"; shift
  mkdir -p "$LOG_DIR"
  local log="$LOG_DIR/$name.log"
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    return 0
  fi
  say "FAILED ($rc): $* — last lines of ${log#"$WON_ATLAS_ROOT"/}:"
  tail -n 20 "$log" | sed 's/^/      /'
  return "$rc"
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# in_background WHAT GET CMD...: run an install command in the background; when it fails,
# wait_background records WHAT as missing with the command GET that gets it.
bg_pids=() bg_what=()
in_background() {
  local what="$1" get="$2"; shift 2
  "$@" &
  bg_pids+=("$!")
  bg_what+=("$what"$'\t'"$get")
}
wait_background() {
  local i
  for i in "${!bg_pids[@]}"; do
    if ! wait "${bg_pids[$i]}"; then
      need "${bg_what[$i]%%$'\t'*}" "${bg_what[$i]#*$'\t'}"
    fi
  done
  bg_pids=() bg_what=()
}

# ---------------------------------------------------------------------------------------
# System packages: a C linker for native builds, Chromium, its driver and CJK fonts for the
# browser tests (without fonts-noto-cjk Hangul renders as boxes in screenshots), and Java
# for the Nu HTML checker.
apt_wanted=()
if ! command -v cc >/dev/null 2>&1; then
  apt_wanted+=(build-essential)
fi
# The e2e suite drives /usr/bin/chromium unless E2E_CHROMIUM names another binary.
if [ ! -x "${E2E_CHROMIUM:-/usr/bin/chromium}" ]; then
  apt_wanted+=("${APT_PACKAGES[@]}")
fi
# The HTML validity gate runs the Nu HTML checker (node_modules/vnu-jar), a Java program.
if ! command -v java >/dev/null 2>&1; then
  apt_wanted+=(default-jre-headless)
fi
if [ "${#apt_wanted[@]}" -gt 0 ]; then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    say "installing ${apt_wanted[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists on a fresh machine are empty or old: update first.
    if ! run_logged apt-get-update apt-get update -q ||
       ! run_logged apt-get-install apt-get install -y -q "${apt_wanted[@]}"; then
      need "Debian packages: ${apt_wanted[*]}" "apt-get update && apt-get install -y ${apt_wanted[*]}"
    fi
  else
    need "Debian packages: ${apt_wanted[*]} (this script installs them only as root with apt-get)" \
      "sudo apt-get update && sudo apt-get install -y ${apt_wanted[*]}"
  fi
fi

# ---------------------------------------------------------------------------------------
# Rust: the toolchain itself comes with the machine (rustup); we add the wasm target, the
# lint/format components and the standard library's source, and the two cargo-installed
# tools.
if ! command -v cargo >/dev/null 2>&1 || ! command -v rustup >/dev/null 2>&1; then
  need "the Rust toolchain (cargo and rustup)" \
    "install rustup, then: rustup toolchain install stable --profile minimal"
else
  # A rust-toolchain.toml may name a toolchain this machine lacks (and RUSTUP_AUTO_INSTALL
  # may be 0): `rustup toolchain install` with no name installs the one the file names.
  if ! rustc --version >/dev/null 2>&1; then
    say "installing the Rust toolchain this project names (rustup toolchain install)"
    run_logged rustup-toolchain rustup toolchain install ||
      need "the Rust toolchain named by rust-toolchain.toml" "rustup toolchain install"
  fi

  # Looking in the sysroot is much faster than `rustup target list --installed`.
  sysroot="$(rustc --print sysroot 2>/dev/null || true)"
  if [ -z "$sysroot" ] || [ ! -d "$sysroot/lib/rustlib/$WASM_TARGET/lib" ]; then
    say "installing Rust target $WASM_TARGET (rustup target add)"
    run_logged rustup-target rustup target add "$WASM_TARGET" ||
      need "Rust target $WASM_TARGET" "rustup target add $WASM_TARGET"
  fi

  components=()
  cargo clippy --version >/dev/null 2>&1 || components+=(clippy)
  cargo fmt --version >/dev/null 2>&1 || components+=(rustfmt)
  # The standard library's source: scripts/build.sh rebuilds std for the release wasm.
  if [ -z "$sysroot" ] || [ ! -f "$sysroot/lib/rustlib/src/rust/library/Cargo.lock" ]; then
    components+=(rust-src)
  fi
  if [ "${#components[@]}" -gt 0 ]; then
    say "installing Rust components ${components[*]} (rustup component add)"
    run_logged rustup-components rustup component add "${components[@]}" ||
      need "Rust components ${components[*]}" "rustup component add ${components[*]}"
  fi

  # The three cargo-installed tools build concurrently (`in_background`): each compile has
  # stretches that keep one core busy, which the others fill.
  #
  # They build with a profile for build time, not for their own speed (`fast_profile`):
  # their release profiles ask for full optimisation, and Trunk's for fat link-time
  # optimisation in one codegen unit, which is most of its build time and buys nothing here
  # (Trunk copies files and runs other tools, and is built without optimisation; on this
  # app's wasm, wasm-bindgen and the splitter take a fifth and a fifteenth of a second
  # either way). Cargo's profile variables override a package's profile for that one
  # install; bench/setup-time.sh times a fresh machine's setup (docs/performance.md).
  fast_profile=(env CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false)

  # Check the version, not just presence: another trunk would build differently.
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (cargo install --locked, built for build time)"
    in_background "trunk $TRUNK_VERSION" "cargo install trunk --version $TRUNK_VERSION --locked" \
      run_logged cargo-install-trunk \
      "${fast_profile[@]}" CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
      cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi

  # The wasm splitter (scripts/split-wasm.mjs): it prints no version, so cargo's own list
  # of what it installed tells.
  if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (cargo install --locked)"
    in_background "wasm-split-cli $WASM_SPLIT_VERSION" \
      "cargo install wasm_split_cli_support --version $WASM_SPLIT_VERSION --features build-binary --locked" \
      run_logged cargo-install-wasm-split \
      "${fast_profile[@]}" cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  fi

  # The wasm-bindgen CLI must match the crate version Cargo.lock resolved. A fresh clone has
  # the committed Cargo.lock; should it be missing, cargo creates it from Cargo.toml.
  if [ ! -f Cargo.lock ] && [ -f Cargo.toml ]; then
    say "creating Cargo.lock (cargo generate-lockfile)"
    run_logged cargo-generate-lockfile cargo generate-lockfile ||
      need "Cargo.lock" "cargo generate-lockfile"
  fi
  wb_versions=""
  if [ -f Cargo.lock ]; then
    # Cargo.lock lists `name = "..."` then `version = "..."` in each [[package]].
    wb_versions="$(awk '
      /^\[\[package\]\]/ { name = "" }
      /^name = /         { name = $3 }
      /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3 }
    ' Cargo.lock | sort -u)"
  fi
  if [ -z "$wb_versions" ]; then
    need "a wasm-bindgen version in Cargo.lock (to pick the wasm-bindgen CLI version)" \
      "add wasm-bindgen = \"=0.2.130\" to the app's Cargo.toml, then: cargo generate-lockfile"
  elif [ "$(printf '%s\n' "$wb_versions" | wc -l)" -ne 1 ]; then
    need "a single wasm-bindgen version in Cargo.lock (found: $(echo "$wb_versions" | tr '\n' ' '))" \
      "pin one version: wasm-bindgen = \"=X.Y.Z\" in every crate, then: cargo update -p wasm-bindgen"
  else
    wb_version="$wb_versions"
    if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
      say "installing wasm-bindgen-cli $wb_version (cargo install)"
      # Not --locked: the CLI's own lock file names a webpki-roots version that the package
      # registry this project builds from lacks.
      in_background "wasm-bindgen-cli $wb_version" "cargo install wasm-bindgen-cli --version $wb_version" \
        run_logged cargo-install-wasm-bindgen \
        "${fast_profile[@]}" cargo install wasm-bindgen-cli --version "$wb_version" --force
    fi
  fi
fi

# The node packages install while the cargo installs above still run; their outcome is
# collected after (`wait_background`).
# ---------------------------------------------------------------------------------------
# Node packages: wasm-opt (binaryen@132), playwright-core and axe-core, exactly as
# package-lock.json pins them. `npm ci` wipes and refills node_modules, so run it only when
# node_modules is missing or was filled from a different lock file (we keep the lock file's
# hash inside node_modules to tell).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need "Node.js 20 or newer, with npm" "apt-get install -y nodejs npm (or install Node 20 from your usual source)"
elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  need "Node.js 20 or newer (found $(node --version))" "install Node 20 or newer"
else
  stamp="node_modules/.won-atlas-lock.sha256"
  lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f "$stamp" ] ||
     [ "$(cat "$stamp")" != "$lock_hash" ]; then
    say "installing node packages from package-lock.json (npm ci)"
    if run_logged npm-ci npm ci --no-audit --no-fund --loglevel=error; then
      printf '%s\n' "$lock_hash" >"$stamp"
    else
      need "node packages (binaryen, playwright-core, axe-core, vnu-jar)" "npm ci"
    fi
  fi
fi

wait_background

# ---------------------------------------------------------------------------------------
if [ "${#missing[@]}" -gt 0 ]; then
  say "cannot continue; missing:"
  for item in "${missing[@]}"; do
    printf '  - %s\n' "$item"
  done
  exit 1
fi
