// The validated dataset, as the seedcheck crate prints it (`seedcheck json seeds`; its
// shape is documented at the seedcheck crate's `to_json`). Tests derive every expected
// name and number from it and hard-code none, so a change to seeds/ needs no test edits.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, E2E_OUT } from './paths.mjs';

const CACHE = path.join(E2E_OUT, 'dataset.json');
// The cache is stale when anything that can change seedcheck's output is newer than it.
const INPUTS = ['seeds', path.join('crates', 'seedcheck'), 'Cargo.lock'];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'target') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

let memo;

/**
 * The dataset as a plain object. Runs `cargo run -q -p seedcheck -- json seeds` once and
 * caches the result in target/e2e/dataset.json; later calls (and later test files) reuse
 * the cache while seeds/ and crates/seedcheck/ are unchanged.
 */
export function dataset() {
  if (memo) return memo;
  // E2E_DATASET names a JSON file to use instead (for checking the suite itself).
  if (process.env.E2E_DATASET) {
    memo = JSON.parse(fs.readFileSync(process.env.E2E_DATASET, 'utf8'));
    return memo;
  }
  const inputsTime = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  let text;
  try {
    if (fs.statSync(CACHE).mtimeMs > inputsTime) text = fs.readFileSync(CACHE, 'utf8');
  } catch {
    // no cache yet
  }
  if (text === undefined) {
    try {
      text = execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', 'json', 'seeds'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw new Error(`\`cargo run -q -p seedcheck -- json seeds\` failed:\n${err.stderr || err.message}`);
    }
    JSON.parse(text); // never cache something that is not JSON
    fs.mkdirSync(E2E_OUT, { recursive: true });
    // Write then rename, so a test file running at the same time never reads half a file.
    const tmp = `${CACHE}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, CACHE);
  }
  memo = JSON.parse(text);
  return memo;
}

// ---------------------------------------------------------------------------------------
// Reading amounts. Won amounts are counted in 억 (eok, ₩100 million), the unit the seeds are
// exact in: ₩100 trillion = 1,000,000 eok. Dollar amounts use the same form ("71B").

/** An amount value as a number of units of 100 million (eok for won): accepts a number,
 * an object with an `eok` field, or the seed form ("100T", "62.7B"). */
export function eok(value) {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'eok' in value) return eok(value.eok);
  if (typeof value === 'string') {
    const m = /^(\d+(?:\.\d+)?)\s*([TB])$/.exec(value.trim());
    if (m) return Math.round(Number(m[1]) * (m[2] === 'T' ? 10_000 : 10));
  }
  throw new Error(`not an amount value: ${JSON.stringify(value)}`);
}

/** Units of 100 million → trillions (1,000,000 → 100). */
export const trillions = (units) => units / 10_000;
/** Units of 100 million → billions (710 → 71). */
export const billions = (units) => units / 10;

/** The quantity a claim states. In seedcheck's JSON a claim is
 * `{ amount: { kind: "stated", quantity: { kind, value | min, max }, basis, approximate }, source }`
 * with each sum as `{ currency, eok }`. */
export function quantity(claim) {
  const q = claim?.amount?.quantity ?? claim?.quantity ?? claim;
  if (!q || (q.value === undefined && q.min === undefined)) {
    throw new Error(`claim states no figure: ${JSON.stringify(claim)}`);
  }
  return q;
}

/** A claim's single value (exact, at_least), in units of 100 million. */
export function claimValue(claim) {
  return eok(quantity(claim).value);
}

/** A claim's range [min, max] (range), in units of 100 million. */
export function claimRange(claim) {
  const q = quantity(claim);
  return [eok(q.min), eok(q.max)];
}

/** A number as the page would most plainly write it: 100, 71, 0.53 (no trailing zeros). */
export function plain(n) {
  return String(Number(n.toFixed(6)));
}

/** Whether `text` contains the number `n` as a whole number, not as part of another one:
 * "₩100 trillion" contains 100, "1000" and "2100" do not; digit grouping ("1,000") is
 * read as one number. */
export function containsNumber(text, n) {
  const numbers = (text.match(/\d[\d,]*(?:\.\d+)?/g) || []).map((s) => Number(s.replace(/,/g, '')));
  return numbers.includes(Number(n));
}
