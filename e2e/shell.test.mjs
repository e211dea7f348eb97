// The page shell: title, headline figures, view switcher, programme table, footer,
// <noscript>, and screenshots at phone and desktop widths. Every expected name and number
// comes from the dataset (seedcheck json), never from this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { eventually, openPage } from './lib/browser.mjs';
import { claimValue, claimRange, trillions, billions, plain, containsNumber } from './lib/dataset.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash } from './lib/text.mjs';

/** The views, in tab order; each one's hash is `#view=<name in lower case>`. */
const VIEWS = ['Funding', 'Regions', 'Timeline', 'Economy'];
const hashOf = (view) => `#view=${view.toLowerCase()}`;

const app = useApp();

test('document title names Won Atlas', async () => {
  await app.withPage(async ({ page }) => {
    assert.match(await page.title(), /Won Atlas/);
  });
});

test('h1 is the initiative name in English', async () => {
  const name = app.ds.initiative.name.en;
  await app.withPage(async ({ page }) => {
    const h1 = page.locator('h1[data-testid=title]');
    await eventually(async () => assert.equal(squash(await h1.innerText()), name));
  });
});

/** The figures each headline must show, read from the dataset. */
function headlineFigures(ds) {
  const { total, usd, projects } = ds.initiative;
  const [usdMin, usdMax] = claimRange(usd).map(billions);
  return {
    'headline-total': [plain(trillions(claimValue(total)))],
    'headline-usd': [plain(usdMin), plain(usdMax)],
    'headline-projects': [String(typeof projects === 'object' ? projects.value : projects)],
  };
}

for (const [testid, label] of [
  ['headline-total', 'the total in trillions of won'],
  ['headline-usd', 'the dollar range in billions'],
  ['headline-projects', 'the number of leading projects'],
]) {
  test(`${testid} shows ${label}`, async () => {
    const expected = headlineFigures(app.ds)[testid];
    await app.withPage(async ({ page }) => {
      const el = page.locator(`[data-testid=${testid}]`);
      await el.waitFor({ state: 'visible' });
      const text = squash(await el.innerText());
      for (const n of expected) {
        assert.ok(containsNumber(text, n), `[data-testid=${testid}] says "${text}", which lacks ${n}`);
      }
    });
  });
}

test('view switcher has the four view tabs in order, one selected', async () => {
  await app.withPage(async ({ page }) => {
    const tabs = page.locator('[role=tablist] [role=tab]');
    assert.equal(await page.locator('[role=tablist]').count(), 1, 'exactly one tablist');
    assert.deepEqual((await tabs.allInnerTexts()).map(squash), VIEWS);
    const selected = await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('aria-selected')));
    assert.deepEqual(selected, VIEWS.map((v, i) => (i === 0 ? 'true' : 'false')), 'Funding is selected at first, the others say false');
  });
});

/** Assert that `view` is the selected, focused tab, the hash names it and the one visible
 * tabpanel is labelled by it. Retries while the app catches up. */
async function expectView(page, view, { focused = true } = {}) {
  await eventually(async () => {
    const tab = page.getByRole('tab', { name: view, exact: true });
    assert.equal(await tab.getAttribute('aria-selected'), 'true', `${view} tab is aria-selected`);
    for (const other of VIEWS.filter((v) => v !== view)) {
      const sel = await page.getByRole('tab', { name: other, exact: true }).getAttribute('aria-selected');
      assert.notEqual(sel, 'true', `${other} tab is not selected while ${view} is`);
    }
    if (focused) {
      assert.ok(await tab.evaluate((el) => el === document.activeElement), `${view} tab has focus`);
    }
    // The app writes the URL after the frame that shows the view (src/ui/url.rs).
    await eventually(async () => assert.equal(await page.evaluate(() => location.hash), hashOf(view), 'URL hash'));
    // getByRole skips hidden panels and names a panel by its aria-labelledby.
    const panels = page.getByRole('tabpanel');
    assert.equal(await panels.count(), 1, 'exactly one visible tabpanel');
    const tabId = await tab.getAttribute('id');
    assert.ok(tabId, `${view} tab has an id for the panel's aria-labelledby`);
    assert.equal(await panels.getAttribute('aria-labelledby'), tabId, `panel is labelled by the ${view} tab`);
    assert.equal(await page.getByRole('tabpanel', { name: view, exact: true }).count(), 1);
  }, { timeout: 5_000 });
}

test('arrow keys, Home and End move between views and update the hash', async () => {
  await app.withPage(async ({ page }) => {
    await page.locator('[role=tab][aria-selected=true]').focus();
    // Arrow keys wrap at both ends (WAI-ARIA Authoring Practices, tabs pattern).
    const steps = [
      ['ArrowRight', 'Regions'],
      ['ArrowRight', 'Timeline'],
      ['ArrowRight', 'Economy'],
      ['ArrowRight', 'Funding'],
      ['ArrowLeft', 'Economy'],
      ['ArrowLeft', 'Timeline'],
      ['Home', 'Funding'],
      ['End', 'Economy'],
    ];
    for (const [key, view] of steps) {
      await page.keyboard.press(key);
      await expectView(page, view);
    }
  });
});

test('clicking a tab selects its view', async () => {
  await app.withPage(async ({ page }) => {
    for (const view of ['Regions', 'Timeline', 'Economy', 'Funding']) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await expectView(page, view, { focused: false });
    }
  });
});

for (const view of VIEWS) {
  test(`the link ${hashOf(view)} opens the ${view} view`, async () => {
    await app.withPage(
      async ({ page }) => {
        await expectView(page, view, { focused: false });
      },
      { hash: hashOf(view) },
    );
  });
}

test('each view\'s options redraw the chart on the canvas that is there, not on a new one', async () => {
  for (const view of VIEWS) {
    await app.withPage(async ({ page }) => {
      const controls = page.locator(`#panel-${view.toLowerCase()} .controls button`);
      const n = await controls.count();
      for (let i = 0; i < n; i++) {
        // A control of one chart may be gone once another chart shows (the fund split has
        // none of the bars' options).
        if (i >= (await controls.count()) || !(await controls.nth(i).isVisible())) continue;
        const name = squash(await controls.nth(i).innerText());
        await page.locator('canvas.chart').evaluate((c) => { c.wonAtlasProbe = true; });
        const drawn = page.evaluate(() => new Promise((r) => addEventListener('won-atlas:drawn', r, { once: true })));
        await controls.nth(i).click();
        const redrew = await Promise.race([drawn.then(() => true), new Promise((r) => setTimeout(() => r(false), 1_000))]);
        const same = await page.locator('canvas.chart').evaluate((c) => c.wonAtlasProbe === true);
        assert.ok(same, `${view}, “${name}”: the chart is on a new canvas${redrew ? '' : ' (and was not drawn)'}`);
      }
    }, { hash: hashOf(view).slice(1) });
  }
});

test('programme table has one row per programme, each row headed by its English name', async () => {
  const programmes = app.ds.programmes;
  await app.withPage(async ({ page }) => {
    const table = page.locator('table[data-testid=programme-table]');
    assert.equal(await table.count(), 1, 'one table[data-testid=programme-table]');
    const rows = await table.locator('tbody tr[data-id]').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.dataset.id, first: tr.cells[0]?.querySelector('.name')?.textContent ?? '' })),
    );
    assert.equal(rows.length, programmes.length, 'rows vs dataset.programmes');
    const byId = new Map(rows.map((r) => [r.id, squash(r.first)]));
    assert.equal(byId.size, rows.length, 'every row has its own data-id');
    for (const p of programmes) {
      assert.ok(byId.has(p.id), `a row with data-id="${p.id}"`);
      assert.equal(byId.get(p.id), p.name.en, `name in the row header of ${p.id}`);
    }
  });
});

// A first load builds the chart first and the view's tables in a later task
// (src/ui/defer.rs), so the first chart is not held up by laying out the tables.
for (const [view, table] of [['funding', '[data-testid=programme-table]'], ['regions', '[data-testid=region-table]'], ['timeline', '[data-testid=target-table]'], ['economy', '[data-testid=figure-table]']]) {
  test(`first load of ${view}: the chart is drawn before its tables exist, and the tables follow unprompted`, async () => {
    const p = await openPage(app.browser);
    try {
      await p.context.addInitScript(`addEventListener('won-atlas:drawn', () => {
        if (!window.__firstDraw) window.__firstDraw = {
          canvas: !!document.querySelector('section.${view} canvas.chart'),
          tables: document.querySelectorAll(${JSON.stringify(table)}).length,
        };
      });`);
      await p.page.goto(app.href(`view=${view}`), { waitUntil: 'load' });
      await p.page.waitForFunction(() => window.__firstDraw);
      const first = await p.page.evaluate(() => window.__firstDraw);
      assert.equal(first.canvas, true, 'the first draw is of the view\'s chart');
      assert.equal(first.tables, 0, `no ${table} yet when the first chart is drawn`);
      await p.page.locator(table).first().waitFor({ state: 'attached', timeout: 5000 });
      assert.ok((await p.page.locator(table).count()) >= 1, `${table} after the first chart`);
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

test("footer names the source report", async () => {
  const title = app.ds.report.title.en;
  await app.withPage(async ({ page }) => {
    const footer = page.locator('footer');
    assert.ok((await footer.count()) >= 1, 'a <footer>');
    const text = squash(await footer.first().innerText());
    assert.ok(text.includes(title), `footer says "${text}", which lacks "${title}"`);
  });
});

/** The text of an HTML fragment: tags dropped, the common entities decoded. */
function htmlText(html) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ndash: '–', mdash: '—', hellip: '…' };
  return squash(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, n) => named[n.toLowerCase()] ?? m),
  );
}

test('index.html has a <noscript> with the headline', async () => {
  // As served, before any script runs: what a reader without JavaScript gets.
  const res = await fetch(app.url);
  assert.equal(res.status, 200);
  const html = await res.text();
  const m = /<noscript\b[^>]*>([\s\S]*?)<\/noscript>/i.exec(html);
  assert.ok(m, 'index.html has a <noscript> element');
  const text = htmlText(m[1]);
  const name = app.ds.initiative.name.en;
  assert.ok(text.includes(name), `<noscript> says "${text}", which lacks "${name}"`);
});

test('the page declares an icon, so browsers get no 404 for /favicon.ico', async () => {
  const html = await (await fetch(app.url)).text();
  const declared = [...html.matchAll(/<link\b[^>]*>/gi)].some(([tag]) => /\brel\s*=\s*["']?[^"'>]*\bicon\b/i.test(tag));
  const fallback = (await fetch(new URL('/favicon.ico', app.url))).status === 200;
  assert.ok(declared || fallback, 'index.html has no <link rel="icon"> and dist/ has no favicon.ico');
});

for (const [width, height] of [
  [390, 844],
  [1280, 800],
]) {
  test(`screenshot at ${width}×${height}, no sideways scrolling`, async () => {
    await app.withPage(
      async ({ page }) => {
        const file = await screenshot(page, `shell-${width}`);
        console.log(`saved ${file}`);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
      },
      { viewport: { width, height } },
    );
  });
}
