// The CSV exports a graphics desk reuses: dates are ISO 8601 at the precision the dataset
// gives them (never fractional years), and every row names the dataset's version, a date
// and a hash of the seed files that this test computes again from seeds/ as
// crates/seedcheck/src/version.rs documents it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { useApp } from './lib/app.mjs';
import { ROOT } from './lib/paths.mjs';

const app = useApp();

/** RFC 4180 rows: fields split at commas outside quotes, quotes undone. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** The first 16 hex digits of SHA-256 over every file at the top of seeds/, in name order,
 * each as its name's length (u64, little-endian), its name, its length and its bytes. */
function seedHash() {
  const dir = path.join(ROOT, 'seeds');
  const names = fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isFile());
  names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const h = crypto.createHash('sha256');
  const u64 = (n) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    return b;
  };
  for (const n of names) {
    const name = Buffer.from(n);
    const bytes = fs.readFileSync(path.join(dir, n));
    h.update(u64(name.length)).update(name).update(u64(bytes.length)).update(bytes);
  }
  return h.digest('hex').slice(0, 16);
}

/** A dataset date as ISO 8601 at its precision. */
const iso = (d) => [String(d.year).padStart(4, '0'), d.month && String(d.month).padStart(2, '0'), d.day && String(d.day).padStart(2, '0')].filter(Boolean).join('-');
const isoSpan = (s) => (s.end ? `${iso(s.start)}/${iso(s.end)}` : iso(s.start));

async function downloadCsv(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').first().click()]);
  return parseCsv(fs.readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd() + '\r\n');
}

/** The newest later-report event given to the day: the dataset's date. */
function newestDay() {
  return app.ds.updates
    .flatMap((u) => u.events)
    .filter((e) => !e.date.end && e.date.start.day)
    .map((e) => iso(e.date.start))
    .sort()
    .at(-1);
}

test('the timeline CSV gives each date in ISO 8601 at its precision and names the dataset version', async () => {
  const hash = seedHash();
  await app.withPage(async ({ page }) => {
    const [head, ...rows] = await downloadCsv(page);
    const col = (name) => {
      const i = head.indexOf(name);
      assert.ok(i >= 0, `${name} in ${head}`);
      return i;
    };
    assert.deepEqual(head.slice(-2), ['dataset_date', 'dataset_hash']);
    assert.ok(!head.includes('start_year') && !head.includes('end_year'), head.join(','));
    let milestones = 0;
    for (const r of rows) {
      assert.equal(r.length, head.length, r.join(','));
      assert.equal(r.at(-1), hash, 'the hash of the seed files');
      assert.equal(r.at(-2), newestDay());
      // No cell holds a fractional year (2023.4411, 2051.0000).
      for (const cell of r) assert.doesNotMatch(cell, /\b(19|20)\d\d\.\d{2,}/, `${r[0]}: ${cell}`);
      const m = app.ds.milestones.find((x) => x.id === r[col('entry_id')]);
      if (m) {
        assert.equal(r[col('date')], isoSpan(m.date), m.id);
        assert.equal(r[col('kind')], m.kind, m.id);
        milestones++;
      } else {
        assert.match(r[col('date')], /^\d{4}(-\d\d){0,2}(\/\d{4}(-\d\d){0,2})?$/, r[0]);
      }
    }
    assert.equal(milestones, app.ds.milestones.length, 'every milestone has its row');
    // Every precision the dataset has is in the file: a year, a month, a day, a span.
    const dates = rows.map((r) => r[col('date')]);
    for (const re of [/^\d{4}$/, /^\d{4}-\d\d$/, /^\d{4}-\d\d-\d\d$/, /\//]) assert.ok(dates.some((d) => re.test(d)), `${re} among ${dates}`);
  }, { hash: 'view=timeline' });
});

test('the funding CSV names the years an amount runs to as ISO years, and the same version', async () => {
  const hash = seedHash();
  await app.withPage(async ({ page }) => {
    const [head, ...rows] = await downloadCsv(page);
    const by = head.indexOf('by_year');
    assert.ok(by >= 0, head.join(','));
    const claims = app.ds.programmes.reduce((n, p) => n + p.amounts.length, 0);
    assert.equal(rows.length, claims);
    assert.ok(rows.some((r) => r[by] !== ''), 'some amount runs to a year');
    for (const r of rows) {
      assert.match(r[by], /^(\d{4})?$/, r.join(','));
      assert.deepEqual(r.slice(-2), [newestDay(), hash]);
    }
  }, { hash: 'view=funding' });
});
