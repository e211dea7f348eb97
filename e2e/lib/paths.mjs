// Where things are, relative to the repository root (this file is <root>/e2e/lib/paths.mjs).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Trunk's release output, which the suite serves (E2E_DIST overrides it, e.g. to check the
 * suite itself against a hand-made page). */
export const DIST = path.resolve(ROOT, process.env.E2E_DIST || 'dist');
/** Everything the suite writes (dataset cache, screenshots) lives under target/e2e/. */
export const E2E_OUT = path.join(ROOT, 'target', 'e2e');
