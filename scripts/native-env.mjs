// The environment for the native `cargo run -p seedcheck` calls in Trunk's post-build
// hooks. scripts/build.sh sets build-std, RUSTC_BOOTSTRAP and panic flags for the release
// wasm, and Trunk hands its environment to the hooks; a native cargo that saw them would
// rebuild std for the host and lose its cache, so native builds must not see
// CARGO_UNSTABLE_BUILD_STD and the rest.

/** `process.env` without what scripts/build.sh sets for the wasm build alone. */
export function nativeEnv(env = process.env) {
  const out = { ...env };
  for (const name of Object.keys(out)) {
    if (name === 'RUSTC_BOOTSTRAP' || name.startsWith('CARGO_UNSTABLE_') || name.startsWith('CARGO_TARGET_WASM32_')) {
      delete out[name];
    }
  }
  return out;
}
