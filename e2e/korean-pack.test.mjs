// The Korean pack (src/data/korean.rs, src/ui/korean.rs): the dataset's Korean sentences
// live in won-atlas-ko-<fingerprint>.txt beside the app, fetched once and only when a
// reader wants Korean. The Korean names stay in the app, so English pages still show them.
// Expected text comes from the dataset JSON, not from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useApp, READY_SELECTOR, COMPLETE_SELECTOR } from './lib/app.mjs';
import { eventually, openPage } from './lib/browser.mjs';
import { DIST } from './lib/paths.mjs';
import { firstLoad } from './lib/first-load.mjs';
import { squash } from './lib/text.mjs';

const PACK = /\/won-atlas-ko-[0-9a-f]{16}\.txt$/;

const app = useApp();

/** Counts the page's requests for the pack. */
function countPack(page) {
  const seen = [];
  page.on('request', (r) => {
    if (PACK.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

test('the build puts exactly one pack beside index.html, outside the first load, named in the Korean prefetch', () => {
  const packs = fs.readdirSync(DIST).filter((f) => PACK.test(`/${f}`));
  assert.equal(packs.length, 1, `packs in dist: ${packs.join(', ')}`);
  assert.deepEqual(firstLoad(DIST).files.filter((f) => PACK.test(`/${f.name}`)), [], 'the pack is part of every first load');
  // index.html's prefetch names this build's pack, behind the Korean test.
  const html = fs.readFileSync(`${DIST}/index.html`, 'utf8');
  const prefetch = /<script id="?ko-prefetch"?>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  assert.ok(prefetch.includes(packs[0]) && /[!=]==\s*[`'"]ko[`'"]/.test(prefetch), `the prefetch: ${prefetch}`);
  // One text per line: first every Korean text of the dataset that is not a name (the
  // quotes' renderings among them), each once; then the interface's strings (which may repeat a name: a view's label).
  const all = fs.readFileSync(`${DIST}/${packs[0]}`, 'utf8').split('\n');
  const names = new Set([...app.ds.programmes, ...app.ds.provinces, ...app.ds.places].map((x) => x.name.ko));
  const texts = new Set();
  (function collect(v, key) {
    if (typeof v === 'string' && (key === 'ko' || key === 'quote_ko')) texts.add(v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, k);
  })(app.ds);
  const sentences = [...texts].filter((t) => !names.has(t));
  const lines = new Set(all.slice(0, sentences.length));
  assert.equal(lines.size, sentences.length, 'a dataset text is in the pack twice');
  for (const t of sentences) assert.ok(lines.has(t), `not in the pack's dataset lines: ${t}`);
  const init = app.ds.initiative;
  assert.ok(lines.has(init.name.ko), `the initiative's Korean name is in the pack: ${init.name.ko}`);
  for (const p of app.ds.programmes) assert.ok(!lines.has(p.name.ko) || p.name.ko === init.name.ko, `${p.id}'s name stays in the app`);
  // The interface's strings follow, in key order: the app's name first.
  const ui = all.slice(sentences.length);
  assert.ok(ui.length > 200, `interface lines: ${ui.length}`);
  assert.equal(ui[0], '원 아틀라스');
});

test('an English page fetches no Korean, yet shows the Korean names beside the English', async () => {
  await app.withPage(
    async ({ page }) => {
      const seen = countPack(page);
      await page.reload();
      await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
      const names = await page
        .locator('table[data-testid=programme-table] tbody tr[data-id]')
        .evaluateAll((trs) => trs.map((tr) => ({ id: tr.dataset.id, alt: tr.querySelector('[lang=ko]')?.textContent ?? '' })));
      assert.ok(names.length > 0, 'the programme table has rows');
      for (const row of names) {
        const p = app.ds.programmes.find((x) => x.id === row.id);
        assert.equal(squash(row.alt), p.name.ko, `${row.id}: its Korean name`);
      }
      await page.waitForTimeout(300);
      assert.deepEqual(seen, [], 'an English reader downloaded the Korean pack');
    },
    { hash: 'view=funding' },
  );
});

test('a Korean link fetches the pack once and shows the dataset Korean; switching costs nothing more', async () => {
  const p = await openPage(app.browser, { kept: 'app' });
  try {
    const seen = countPack(p.page);
    await p.page.goto(app.href('view=timeline&lang=ko'));
    await p.page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    assert.equal(await p.page.getAttribute('html', 'lang'), 'ko');
    assert.equal(squash(await p.page.locator('h1[data-testid=title]').innerText()), app.ds.initiative.name.ko);
    // index.html's prefetch asked for the pack while the wasm was still on its way.
    const timing = await p.page.evaluate(() => {
      const find = (re) => performance.getEntriesByType('resource').find((r) => re.test(new URL(r.name).pathname));
      const [pack, wasm] = [find(/won-atlas-ko-[0-9a-f]{16}\.txt$/), find(/\.wasm$/)];
      return { pack: pack?.startTime, wasm: wasm?.responseEnd };
    });
    assert.ok(timing.pack < timing.wasm, `the pack was asked for at ${timing.pack} ms, the wasm arrived at ${timing.wasm} ms`);
    // A milestone's Korean name is a pack line: the timeline's list shows it.
    const text = squash(await p.page.locator('main').innerText());
    const milestones = app.ds.milestones.filter((m) => text.includes(m.name.ko));
    assert.ok(milestones.length >= app.ds.milestones.length / 2, `Korean milestone names shown: ${milestones.length} of ${app.ds.milestones.length}`);
    for (const lang of ['English', '한국어', 'English', '한국어']) {
      await p.page.getByRole('button', { name: lang }).click();
      await eventually(async () => assert.equal(await p.page.getAttribute('html', 'lang'), lang === 'English' ? 'en' : 'ko'));
    }
    assert.equal(seen.length, 1, `pack requests: ${seen.join(', ')}`);
    p.assertNoProblems();
  } finally {
    await p.close();
  }
});

test('switching an English page to Korean fetches the pack then, and the page turns Korean', async () => {
  await app.withPage(
    async ({ page }) => {
      const seen = countPack(page);
      await page.getByRole('button', { name: '한국어' }).click();
      await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'ko'));
      assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), app.ds.initiative.name.ko);
      assert.equal(seen.length, 1);
    },
    { hash: 'view=regions' },
  );
});

/** Opens `hash` with the pack answered by `fulfil`; returns the page once it has started. */
async function withBrokenPack(hash, fulfil, fn) {
  const p = await openPage(app.browser, { kept: 'app' });
  try {
    const seen = countPack(p.page);
    await p.page.route(PACK, (route) => route.fulfill(fulfil));
    await p.page.goto(app.href(hash));
    await p.page.locator(READY_SELECTOR).first().waitFor({ state: 'visible' });
    await p.page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await fn({ ...p, seen });
  } finally {
    await p.close();
  }
}

test('a missing pack: the page says so, naming the file and the status, and works in English', async () => {
  await withBrokenPack('view=funding&lang=ko', { status: 404, body: 'not found' }, async ({ page, problems, seen }) => {
    const notice = page.locator('[data-testid=ko-notice]');
    await notice.waitFor();
    const said = squash(await notice.innerText());
    assert.match(said, /won-atlas-ko-[0-9a-f]{16}\.txt could not be fetched \(HTTP 404\)/, said);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), app.ds.initiative.name.en);
    // The app still works: a view switch draws its chart.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await eventually(async () => assert.match(page.url(), /view=timeline/));
    // One request, not one per part of the app that wanted Korean; the only problem is its 404
    // (the browser's console line for it, and its status).
    assert.equal(seen.length, 1, `pack requests: ${seen.join(', ')}`);
    assert.equal(problems.length, 2, problems.join('\n'));
    for (const x of problems) assert.match(x, /(HTTP 404: GET|status of 404).*won-atlas-ko-/);
    // The notice's button tries again; once the file is there, the page turns Korean.
    await page.unroute(PACK);
    await page.locator('[data-testid=ko-retry]').click();
    await eventually(async () => assert.equal(await page.getAttribute('html', 'lang'), 'ko'));
    assert.equal(seen.length, 2);
    assert.equal(await notice.count(), 0, 'the notice has gone');
    assert.equal(squash(await page.locator('h1[data-testid=title]').innerText()), app.ds.initiative.name.ko);
  });
});

test('a pack from another build (a stale cache, a host error page) is refused by its fingerprint', async () => {
  const page404 = '<!DOCTYPE html><title>Page not found</title><p>Sorry.';
  await withBrokenPack('view=regions&lang=ko', { status: 200, contentType: 'text/plain', body: page404 }, async ({ page, problems, seen }) => {
    const notice = page.locator('[data-testid=ko-notice]');
    await notice.waitFor();
    const said = squash(await notice.innerText());
    assert.match(said, /is not this build's Korean text \(fingerprint [0-9a-f]{16}, expected [0-9a-f]{16}\)/, said);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.doesNotMatch(squash(await page.locator('main').innerText()), /Sorry/);
    assert.deepEqual(problems, []);
    // Asking for Korean again tries again (and is refused again, as the notice says).
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '한국어' }).click();
    await eventually(() => seen.length === 2);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });
});

test('the CSV of an English page has its Korean columns: the export fetches the pack first', async () => {
  await app.withPage(
    async ({ page }) => {
      const seen = countPack(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').first().click()]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      assert.equal(seen.length, 1, 'the export fetched the pack');
      const [head, ...rows] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
      const cols = head.split(',');
      const id = cols.indexOf('entry_id');
      const ko = cols.indexOf('name_ko');
      assert.ok(id >= 0 && ko >= 0, head);
      let checked = 0;
      for (const m of app.ds.milestones) {
        const row = rows.find((r) => r.startsWith(`${m.id},`));
        if (!row) continue;
        assert.ok(row.includes(m.name.ko.includes(',') ? `"${m.name.ko}"` : m.name.ko), `${m.id}: ${row}`);
        checked++;
      }
      assert.ok(checked >= 5, `milestones checked: ${checked}`);
      // The page itself stayed English.
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    },
    { hash: 'view=timeline' },
  );
});

test('a CSV whose Korean cannot be had is not written half-Korean: the export bar says why', async () => {
  await withBrokenPack('view=regions', { status: 503, body: 'busy' }, async ({ page, problems, seen }) => {
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('[data-testid=export-csv]').first().click();
    const said = page.locator('[data-testid=export-error]');
    await said.waitFor();
    assert.match(squash(await said.innerText()), /Korean columns.*won-atlas-ko-[0-9a-f]{16}\.txt could not be fetched \(HTTP 503\)/);
    await page.waitForTimeout(300);
    assert.equal(downloads, 0, 'a CSV was downloaded without its Korean');
    assert.equal(seen.length, 1);
    assert.equal(problems.length, 2, problems.join('\n'));
    for (const x of problems) assert.match(x, /(HTTP 503: GET|status of 503).*won-atlas-ko-/);
  });
});
