// The regions, timeline and economy views come as wasm chunks, fetched the first time each is shown
// (src/ui/lazy.rs, scripts/split-wasm.mjs):
//   - a funding page fetches no view's chunk, only the details chunk (its tables and the
//     detail panels), after its first chart; its Regions tab fetches the regions chunk (and
//     the chunk the two views share), never the timeline's, and once;
//   - a pointer over a tab fetches its chunk ahead of the click;
//   - a link to a view draws it from its chunk, in the first load, and the code the chunks
//     share comes in two files, so a link fetches at most three chunk files;
//   - a chunk that does not arrive leaves a message with Try again, the rest of the page
//     working; Try again brings the view;
//   - the exporter (PNG, SVG, CSV) is a chunk too: the first export click fetches it, once,
//     and the file downloads; if it does not arrive, the bar says so and Try again exports;
//   - a details chunk that does not arrive: the tables and a panel say so, and Try again
//     brings them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, READY_SELECTOR, COMPLETE_SELECTOR } from './lib/app.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { firstLoad } from './lib/first-load.mjs';
import { DIST } from './lib/paths.mjs';

const app = useApp();

/** The chunk files by role: { regions, timeline, economy, briefing, export, embed, details, steps, shared: [...] }. */
function chunkFiles() {
  const names = firstLoad(DIST).chunks.map((c) => c.name);
  const one = (re) => {
    const hits = names.filter((n) => re.test(n));
    assert.equal(hits.length, 1, `one ${re} chunk among ${names.join(', ')}`);
    return hits[0];
  };
  const regions = one(/-regions\.wasm$/);
  const timeline = one(/-timeline\.wasm$/);
  const economy = one(/-economy\.wasm$/);
  // The briefing's faces (src/ui/slides.rs): a chunk of their own, shared with no view.
  const briefing = one(/-briefing\.wasm$/);
  // The exporter (src/ui/export.rs): fetched at the first PNG, SVG or CSV click.
  const exporter = one(/-export\.wasm$/);
  // The embed builder (src/ui/embed/builder.rs): fetched when the Embed dialog opens.
  const embed = one(/-embed\.wasm$/);
  // The funding view's tables and the detail panels (src/ui/details.rs): after the first chart.
  const details = one(/-details\.wasm$/);
  // The steps since the report (src/ui/steps.rs): when a ladder, the later amounts or the
  // change list first asks.
  const steps = one(/-steps\.wasm$/);
  const own = [regions, timeline, economy, briefing, exporter, embed, details, steps];
  return { regions, timeline, economy, briefing, exporter, embed, details, steps, shared: names.filter((n) => !own.includes(n)) };
}

/** A fresh page at `hash` that records the chunk requests it makes (file names, in order). */
async function chunkPage(hash, fn, { broken = null } = {}) {
  const p = await openPage(app.browser, { kept: 'app' });
  const asked = [];
  const files = chunkFiles();
  const all = new Set([files.regions, files.timeline, files.economy, files.briefing, files.exporter, files.embed, files.details, files.steps, ...files.shared]);
  p.page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop();
    if (all.has(name)) asked.push(name);
  });
  if (broken) await p.page.route(`**/${broken}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  try {
    await p.page.goto(app.href(hash), { waitUntil: 'load' });
    await p.page.locator(READY_SELECTOR).first().waitFor({ state: 'visible' });
    await fn({ ...p, asked, files });
  } finally {
    await p.close();
  }
}

test('a funding page fetches only the details chunk, after its first chart; the Regions tab fetches the regions chunk once, never the timeline\'s', async () => {
  await chunkPage('view=funding', async ({ page, asked, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.ok(asked.includes(files.details), `the funding page did not fetch its details: ${asked.join(', ')}`);
    const views = [files.regions, files.timeline, files.economy, files.briefing, files.exporter, files.embed, files.steps];
    assert.deepEqual(asked.filter((f) => views.includes(f)), [], 'chunks of other views fetched by the funding view');
    // The bars are drawn before the details are asked for: the first chart waits for nothing.
    const [chartAt, detailsAt] = await page.evaluate((name) => [
      performance.getEntriesByName('won-atlas:first-chart')[0]?.startTime,
      performance.getEntriesByType('resource').find((r) => r.name.endsWith(name))?.startTime,
    ], files.details);
    assert.ok(chartAt > 0 && detailsAt > chartAt, `first chart at ${chartAt} ms, the details asked for at ${detailsAt} ms`);
    // Its tables are in the page once it is complete.
    assert.equal(await page.locator('[data-testid=programme-table] tbody tr').count(), app.ds.programmes.length);
    await page.click('#tab-regions');
    await page.locator('#panel-regions canvas').first().waitFor({ state: 'visible' });
    await eventually(() => asked.includes(files.regions));
    assert.ok(!asked.includes(files.timeline), `the timeline chunk was fetched for the regions view: ${asked.join(', ')}`);
    assert.ok(!asked.includes(files.economy), `the economy chunk was fetched for the regions view: ${asked.join(', ')}`);
    // The code the views share comes in its own files: the regions view waits for them.
    assert.ok(files.shared.some((s) => asked.includes(s)), `no shared chunk was fetched: ${asked.join(', ')}`);
    // Back and forth: nothing more.
    const n = asked.length;
    await page.click('#tab-funding');
    await page.click('#tab-regions');
    await page.waitForTimeout(300);
    assert.equal(asked.length, n, `fetched again: ${asked.join(', ')}`);
    assertNoProblems();
  });
});

test('a link straight to a chunked view fetches early only the chunks its tab would load, and the page falls quiet', async () => {
  for (const view of ['regions', 'timeline', 'economy']) {
    let byTab;
    let before;
    await chunkPage('view=funding', async ({ page, asked }) => {
      await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      // What the funding page fetched (its details, and what they share) is not the tab's.
      const n = asked.length;
      before = new Set(asked);
      await page.click(`#tab-${view}`);
      await page.locator(`#panel-${view} canvas`).first().waitFor({ state: 'visible' });
      await page.waitForTimeout(300);
      byTab = [...new Set(asked.slice(n))].sort();
    });
    await chunkPage(`view=${view}`, async ({ page, asked, assertNoProblems }) => {
      await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
      // An early fetch nothing reads would keep a request open for good.
      await page.waitForLoadState('networkidle', { timeout: 10_000 });
      const link = [...new Set(asked)].filter((f) => !before.has(f)).sort();
      assert.deepEqual(link, byTab, `${view}: a link fetches what its tab fetches`);
      assertNoProblems();
    });
  }
});

test('the chunks share code through two files, so a link to a view fetches at most three chunk files before its details', async () => {
  const { shared } = chunkFiles();
  assert.equal(shared.length, 2, `shared chunk files: ${shared.join(', ')}`);
  for (const view of ['regions', 'timeline', 'economy']) {
    await chunkPage(`view=${view}`, async ({ page, asked, files, assertNoProblems }) => {
      await page.locator(`#panel-${view} canvas`).first().waitFor({ state: 'visible' });
      await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle', { timeout: 10_000 });
      const wanted = [...new Set(asked)].filter((f) => f !== files.details);
      assert.ok(wanted.includes(files[view]), `${view}: its chunk was not fetched: ${asked.join(', ')}`);
      assert.ok(wanted.length <= 3, `${view}: a link fetched ${wanted.length} chunk files: ${wanted.join(', ')}`);
      assertNoProblems();
    });
  }
});

test('a timeline link draws the timeline from its chunk, with its targets table, and fetches no regions chunk', async () => {
  await chunkPage('view=timeline', async ({ page, asked, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    assert.ok(asked.includes(files.timeline), `asked: ${asked.join(', ')}`);
    assert.ok(!asked.includes(files.regions), `asked: ${asked.join(', ')}`);
    assert.equal(await page.locator('[data-testid=chunk-loading], [data-testid=chunk-failed]').count(), 0);
    // The chunk's tables: the targets table, a row per target in the dataset.
    const rows = page.locator('[data-testid=target-table] tbody tr');
    await eventually(async () => (await rows.count()) === app.ds.targets.length);
    assertNoProblems();
  });
});

test('a regions chunk that does not arrive: a message and Try again, the page still works, and Try again brings the map', async () => {
  const { regions } = chunkFiles();
  await chunkPage('view=regions', async ({ page, problems }) => {
    const failed = page.locator('[data-testid=chunk-failed]');
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.innerText(), /did not arrive/);
    assert.equal(await failed.getAttribute('role'), 'status');
    // The only problems are the 404 and the loader's report of it.
    for (const x of problems) assert.match(x, new RegExp(`404|${regions.replace(/\./g, '\\.')}|WebAssembly|Failed to`), x);
    // The rest of the page works: the funding tab draws its chart.
    await page.click('#tab-funding');
    await page.locator('#panel-funding canvas').first().waitFor({ state: 'visible' });
    await page.click('#tab-regions');
    await failed.waitFor({ state: 'visible' });
    await page.unroute(`**/${regions}`);
    await page.click('[data-testid=chunk-retry]');
    await page.locator('#panel-regions canvas').first().waitFor({ state: 'visible' });
    assert.equal(await failed.count(), 0);
  }, { broken: regions });
});

test('a pointer over the Timeline tab fetches its chunk ahead of the click, and the click fetches nothing more', async () => {
  await chunkPage('view=funding', async ({ page, asked, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    assert.ok(!asked.includes(files.timeline));
    await page.hover('#tab-timeline');
    await eventually(() => asked.includes(files.timeline));
    assert.ok(!asked.includes(files.regions), `asked: ${asked.join(', ')}`);
    await page.waitForTimeout(300);
    const n = asked.length;
    await page.click('#tab-timeline');
    await page.locator('#panel-timeline canvas').first().waitFor({ state: 'visible' });
    assert.equal(asked.length, n, `the click fetched more: ${asked.join(', ')}`);
    assertNoProblems();
  });
});

test('the briefing comes in its own chunk: the Briefing button fetches it once, with the slide and its QR code', async () => {
  await chunkPage('view=funding', async ({ page, asked, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    assert.ok(!asked.includes(files.briefing), `fetched before the briefing: ${asked.join(', ')}`);
    await page.getByTestId('start-briefing').click();
    await page.locator('[data-testid=slide-title]').waitFor({ state: 'visible' });
    await page.locator('[data-testid=slide-qr] svg').waitFor({ state: 'visible' });
    assert.equal(asked.filter((f) => f === files.briefing).length, 1, `asked: ${asked.join(', ')}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await eventually(() => /slide=3/.test(page.url()));
    assert.equal(asked.filter((f) => f === files.briefing).length, 1, `fetched again: ${asked.join(', ')}`);
    assertNoProblems();
  });
});

test('the exporter comes in its own chunk: the first export click fetches it once, and each click downloads its file', async () => {
  await chunkPage('view=funding', async ({ page, asked, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.ok(!asked.includes(files.exporter), `fetched before an export: ${asked.join(', ')}`);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-svg]').click()]);
    assert.equal(svg.suggestedFilename(), 'won-atlas-funding.svg');
    assert.equal(asked.filter((f) => f === files.exporter).length, 1, `asked: ${asked.join(', ')}`);
    assert.ok(!asked.includes(files.regions) && !asked.includes(files.briefing), `asked: ${asked.join(', ')}`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-png]').click()]);
    assert.equal(png.suggestedFilename(), 'won-atlas-funding.png');
    assert.equal(asked.filter((f) => f === files.exporter).length, 1, `fetched again: ${asked.join(', ')}`);
    assert.equal(await page.locator('[data-testid=export-loading], [data-testid=export-failed]').count(), 0);
    assertNoProblems();
  });
});

test('an exporter chunk that does not arrive: the bar says so, the chart stays, and Try again downloads the file', async () => {
  const { exporter } = chunkFiles();
  await chunkPage('view=funding', async ({ page, problems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await page.locator('[data-testid=export-csv]').click();
    const failed = page.locator('[data-testid=export-failed]');
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.innerText(), /did not arrive/);
    assert.equal(await failed.getAttribute('role'), 'status');
    for (const x of problems) assert.match(x, new RegExp(`404|${exporter.replace(/\./g, '\\.')}|WebAssembly|Failed to`), x);
    await page.locator('#panel-funding canvas').first().waitFor({ state: 'visible' });
    await page.unroute(`**/${exporter}`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-retry]').click()]);
    assert.equal(csv.suggestedFilename(), 'won-atlas-funding.csv');
    await eventually(async () => (await failed.count()) === 0);
  }, { broken: exporter });
});

test('an exporter chunk that is slow: the bar says the export is being prepared, then the file downloads and the line goes', async () => {
  await chunkPage('view=funding', async ({ page, files, assertNoProblems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await page.route(`**/${files.exporter}`, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const loading = page.locator('[data-testid=export-loading]');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.locator('[data-testid=export-svg]').click();
        await loading.waitFor({ state: 'visible' });
        assert.equal(await loading.getAttribute('role'), 'status');
      })(),
    ]);
    assert.equal(svg.suggestedFilename(), 'won-atlas-funding.svg');
    await eventually(async () => (await loading.count()) === 0);
    assertNoProblems();
  });
});

test('an embed builder chunk that does not arrive: the dialog says so, and Try again brings the builder', async () => {
  const { embed } = chunkFiles();
  await chunkPage('view=funding', async ({ page, asked, problems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.ok(!asked.includes(embed), 'the builder was fetched before the dialog opened');
    await page.locator('[aria-controls=embed-panel]').click();
    const failed = page.getByTestId('embed-failed');
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.innerText(), /did not arrive/);
    assert.equal(await failed.getAttribute('role'), 'status');
    for (const x of problems) assert.match(x, new RegExp(`404|${embed.replace(/\./g, '\\.')}|WebAssembly|Failed to`), x);
    await page.locator('#panel-funding canvas').first().waitFor({ state: 'visible' });
    await page.unroute(`**/${embed}`);
    await failed.getByRole('button').click();
    await page.getByTestId('embed-builder').waitFor({ state: 'visible' });
    assert.equal(await failed.count(), 0);
  }, { broken: embed });
});

test('a details chunk that does not arrive: the tables and a panel say so, the chart stays, and Try again brings them', async () => {
  const { details } = chunkFiles();
  await chunkPage('view=funding', async ({ page, problems }) => {
    await page.locator(COMPLETE_SELECTOR).waitFor({ state: 'attached' });
    const failed = page.getByTestId('details-status');
    await failed.first().waitFor({ state: 'visible' });
    assert.match(await failed.first().innerText(), /did not arrive/);
    assert.equal(await failed.first().getAttribute('role'), 'status');
    for (const x of problems) assert.match(x, new RegExp(`404|${details.replace(/\./g, '\\.')}|WebAssembly|Failed to`), x);
    await page.locator('#panel-funding canvas').first().waitFor({ state: 'visible' });
    // A programme chosen from the list beside the chart: its panel says so too.
    await page.locator('[data-testid=unplotted] button').first().click();
    await eventually(async () => (await failed.count()) === 2);
    await page.unroute(`**/${details}`);
    await failed.first().getByRole('button').click();
    await page.getByTestId('detail').waitFor({ state: 'visible' });
    await page.locator('[data-testid=programme-table]').waitFor({ state: 'visible' });
    assert.equal(await failed.count(), 0);
  }, { broken: details });
});
