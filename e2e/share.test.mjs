// Sharing: permalinks restore every state and back steps through selections; broken links
// get a notice, not a crash; embeds in a news-article fixture size themselves (also in a
// strict sandbox); and every export downloads and matches the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { useApp } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash } from './lib/text.mjs';

const app = useApp();

const pressed = async (page, name) => page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

test('a funding permalink restores chart, currency, period, grouping, selection and language', async () => {
  const p = app.ds.programmes.find((p) => p.id === 'talent') ?? app.ds.programmes[1];
  await app.withPage(async ({ page }) => {
    assert.equal(await pressed(page, '프로그램(보고서)'), 'true');
    assert.equal(await pressed(page, '달러'), 'true');
    assert.equal(await pressed(page, '연간'), 'true');
    assert.equal(await page.getByRole('checkbox', { name: '분류별로 묶기' }).isChecked(), true);
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), p.id));
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  }, { hash: `view=funding&sel=${p.id}&chart=bars&cur=usd&per=year&group=1&lang=ko` });
});

test('a timeline permalink restores its zoom range', async () => {
  await app.withPage(async ({ page }) => {
    assert.equal(squash(await page.locator('[data-testid=range]').innerText()), '2025–2026');
    // Zooming rewrites the link in place (no new history entry), so the link stays current.
    const before = await page.evaluate(() => history.length);
    await page.locator('canvas[data-testid=timeline-chart]').focus();
    await page.keyboard.press('-');
    await eventually(async () => assert.doesNotMatch(page.url(), /range=2025-01~2027-01/));
    await eventually(async () => assert.match(page.url(), /range=/));
    assert.equal(await page.evaluate(() => history.length), before);
  }, { hash: 'view=timeline&range=2025-01~2027-01' });
});

test('back and forward step through selections', async () => {
  const [a, b] = app.ds.programmes.slice(1, 3);
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    await page.locator(`tr[data-id="${a.id}"] button.name`).click();
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), a.id));
    await page.locator(`tr[data-id="${b.id}"] button.name`).click();
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), b.id));
    // The URL follows a frame after the view (src/ui/url.rs): back steps from it.
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${b.id}(&|$)`)));
    await page.goBack();
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), a.id));
    await page.goForward();
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), b.id));
  }, { hash: 'view=funding' });
});

test('two selections in one task are two history entries, in order, written after the frame', async () => {
  // The app writes the URL after the frame that shows an action (src/ui/url.rs): queued
  // writes keep one entry per action and their order, and a hashchange of its own older
  // writes does not pull the view back.
  const [a, b] = app.ds.programmes.slice(3, 5);
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    const before = await page.evaluate(() => history.length);
    const sameTask = await page.evaluate(([a, b]) => {
      document.querySelector(`tr[data-id="${a}"] button.name`).click();
      document.querySelector(`tr[data-id="${b}"] button.name`).click();
      return location.hash;
    }, [a.id, b.id]);
    // Nothing is written in the clicks' own task.
    assert.doesNotMatch(sameTask, /sel=/);
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${b.id}(&|$)`)));
    assert.equal(await page.evaluate(() => history.length), before + 2);
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), b.id));
    await page.goBack();
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), a.id));
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${a.id}(&|$)`)));
    await page.goBack();
    await eventually(async () => assert.equal(await detail.count(), 0));
  }, { hash: 'view=funding' });
});

test('a malformed link shows a dismissible notice and the app works', async () => {
  await app.withPage(async ({ page }) => {
    const notice = page.locator('[data-testid=notice]');
    await eventually(async () => assert.match(squash(await notice.innerText()), /zoom=9/));
    assert.match(squash(await notice.innerText()), /accent=red/);
    assert.equal(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected'), 'true');
    await notice.getByRole('button').click();
    assert.equal(await notice.count(), 0);
  }, { hash: 'view=timeline&zoom=9&sel=no-such-thing&accent=red' });
});

test('a named accent from the link is applied; a colour it does not name gets the notice', async () => {
  const accentOf = (page) => page.locator('.shell').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
  // The light theme's values (src/layout/accent.rs): teal, then the stylesheet's own.
  await app.withPage(async ({ page }) => {
    assert.equal(await accentOf(page), '#00796b');
    assert.equal(await page.locator('[data-testid=notice]').count(), 0);
  }, { hash: 'view=funding&accent=teal' });
  await app.withPage(async ({ page }) => {
    const notice = page.locator('[data-testid=notice]');
    await eventually(async () => assert.match(squash(await notice.innerText()), /accent=ffd000/));
    assert.equal(await accentOf(page), '#0b57b0');
  }, { hash: 'view=funding&accent=ffd000' });
});

/** A page shaped like a news article with two Won Atlas iframes. */
function article(base, width, sandbox) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
  <body style="margin:0;font-family:serif"><article style="width:${width}px;margin:0 auto">
  <h1>Korea bets on AI</h1><p>Paragraph before the chart.</p>
  <iframe id="a" title="Funding" src="${base}#view=funding&embed=1" sandbox="${sandbox}" style="width:100%;height:150px;border:0"></iframe>
  <p>Paragraph between charts.</p>
  <iframe id="b" title="Timeline" src="${base}#view=timeline&embed=1" sandbox="${sandbox}" style="width:100%;height:150px;border:0"></iframe>
  <p>Paragraph after.</p></article>
  <script src="${base}won-atlas-embed.js"></script></body></html>`;
}

for (const [width, sandbox, cors] of [
  [390, 'allow-scripts allow-same-origin allow-popups allow-downloads', false],
  [1280, 'allow-scripts allow-same-origin allow-popups allow-downloads', false],
  [390, 'allow-scripts', true],
  [1280, 'allow-scripts', true],
]) {
  test(`embeds size themselves in an article at ${width} px (sandbox="${sandbox}")`, async () => {
    // A strict sandbox gives the frame an opaque origin: its host must allow CORS.
    const server = cors ? await startServer(undefined, { headers: { 'Access-Control-Allow-Origin': '*' } }) : app.server;
    const p = await openPage(app.browser, { viewport: { width, height: 900 } });
    try {
      await p.page.setContent(article(server.url, width, sandbox), { waitUntil: 'load' });
      for (const id of ['a', 'b']) {
        const frame = p.page.frameLocator(`#${id}`);
        await frame.locator('canvas.chart').first().waitFor({ state: 'visible', timeout: 15_000 });
      }
      await eventually(async () => {
        for (const id of ['a', 'b']) {
          const el = p.page.locator(`#${id}`);
          const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
          const frame = await (await el.elementHandle()).contentFrame();
          const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
          assert.ok(outer > 300, `#${id} grew from 150 px (now ${outer})`);
          assert.ok(Math.abs(outer - inner.scroll) <= 2, `#${id} height ${outer} vs content ${inner.scroll}`);
          assert.ok(inner.scroll <= inner.view + 1, `#${id} has no inner scrollbar`);
        }
      }, { timeout: 10_000 });
      if (!cors) await screenshot(p.page, `embed-article-${width}`);
      p.assertNoProblems();
    } finally {
      await p.close();
      if (cors) await server.close();
    }
  });
}

test('the Embed dialog writes the iframe and the sizer script for the current view', async () => {
  await app.withPage(async ({ page }) => {
    await page.getByRole('button', { name: 'Embed' }).click();
    const iframe = await page.locator('[data-testid=embed-iframe]').inputValue();
    assert.match(iframe, /<iframe src="[^"]*#view=timeline&amp;embed=1&amp;lang=en"/);
    assert.match(await page.locator('[data-testid=embed-script]').inputValue(), /won-atlas-embed\.js/);
    assert.doesNotMatch(iframe, /https?:\/\/(?!127\.0\.0\.1)/, 'no third-party address');
  }, { hash: 'view=timeline' });
});

/** Clicks `selector` and returns the downloaded file's bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return fs.readFile(await dl.path());
}

test('exports: PNG at 2×, SVG from the scene, CSV of the data, the dataset as JSON', async () => {
  await app.withPage(async ({ page }) => {
    const cssWidth = await page.locator('canvas[data-testid=funding-chart]').evaluate((c) => c.clientWidth);
    const png = await download(page, '[data-testid=export-png]');
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.equal(png.readUInt32BE(16), Math.max(cssWidth, 320) * 2, 'PNG is twice the chart width');

    const svg = (await download(page, '[data-testid=export-svg]')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: !!doc.querySelector('parsererror'), texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg);
    assert.equal(parsed.error, false, 'the SVG parses');
    assert.ok(parsed.texts.some((t) => t.includes('Won Atlas')), 'titled');
    const named = app.ds.programmes.filter((p) => parsed.texts.includes(p.name.en));
    assert.ok(named.length >= 2, `the SVG names programmes: ${named.map((p) => p.id)}`);

    const csv = (await download(page, '[data-testid=export-csv]')).toString('utf8').replace(/^\uFEFF/, '');
    const rows = csv.trim().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const claims = app.ds.programmes.reduce((n, p) => n + p.amounts.length, 0);
    assert.equal(rows.length, claims + 1, 'one row per amount the report states, plus the header');
    for (const p of app.ds.programmes) assert.ok(csv.includes(p.name.ko), `${p.id} in Korean too`);

    const json = JSON.parse((await download(page, '[data-testid=export-json]')).toString('utf8'));
    assert.equal(json.programmes.length, app.ds.programmes.length);
    assert.equal(json.initiative.name.en, app.ds.initiative.name.en);
  }, { hash: 'view=funding' });
});

test('exports of the fund split: the PNG keeps its title, the CSV holds the parts, the computed remainder and the whole', async () => {
  const u = app.ds.updates.find((u) => u.split);
  await app.withPage(async ({ page }) => {
    const svg = (await download(page, '[data-testid=export-svg]')).toString('utf8');
    const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent), svg);
    assert.ok(texts.some((t) => t.includes('Likely split reported')), `the title is on the chart: ${texts.slice(0, 4)}`);
    assert.ok(texts.some((t) => t.startsWith('Other industries')));
    for (const p of app.ds.programmes) assert.ok(!texts.includes(p.name.en), `${p.id} is not on the split`);
    const csv = (await download(page, '[data-testid=export-csv]')).toString('utf8').replace(/^\uFEFF/, '');
    // RFC 4180: a field with a comma comes quoted ("Other industries, or …").
    const fields = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
    const rows = csv.trim().split('\r\n').map(fields);
    assert.equal(rows.length, 1 + u.split.parts.length + 2);
    const eok = (kind) => rows.filter((r) => r[0] === kind).reduce((n, r) => n + Number(r[3]), 0);
    // Eight columns, then the dataset's version (dataset_date, dataset_hash).
    assert.ok(rows.every((r) => r.length === 10), csv);
    assert.equal(rows[0][0], 'row');
    assert.equal(eok('part'), u.split.parts.reduce((n, p) => n + p.amount.eok, 0));
    assert.equal(eok('part') + eok('not_allocated'), u.split.whole.eok);
  }, { hash: 'view=funding&chart=split' });
});

test('an old link to the programme treemap opens the bars and says why', async () => {
  await app.withPage(async ({ page }) => {
    const notice = page.locator('[data-testid=notice]');
    await eventually(async () => assert.match(squash(await notice.innerText()), /chart=treemap/));
    assert.match(squash(await page.locator('[data-testid=treemap-notice]').innerText()), /not parts of one whole/);
    assert.equal(await pressed(page, 'Programmes (report)'), 'true');
    assert.equal(await pressed(page, 'Dollars'), 'true', 'the rest of the link still applies');
  }, { hash: 'view=funding&chart=treemap&cur=usd' });
});

const bodyBackground = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDark = (rgb) => {
  const [r, g, b] = rgb.match(/\d+/g).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 80;
};

test('themes: a dark link, the system preference, and a light link that overrides it', async () => {
  await app.withPage(async ({ page }) => {
    assert.equal(isDark(await bodyBackground(page)), true, 'theme=dark');
    assert.match(await page.getAttribute('html', 'class'), /theme-dark/);
    // The chart is drawn on a dark card: its box and its own pixels (the top-left corner is paper).
    const canvas = page.locator('canvas.chart');
    const canvasBg = await canvas.evaluate((c) => getComputedStyle(c).backgroundColor);
    assert.equal(isDark(canvasBg), true);
    const corner = await canvas.evaluate((c) => {
      const [r, g, b] = c.getContext('2d').getImageData(1, 1, 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    });
    assert.equal(isDark(corner), true, `the chart's paper is ${corner}`);
    await screenshot(page, 'dark-funding-1280', { fullPage: false });
  }, { hash: 'view=funding&theme=dark' });
  const p = await openPage(app.browser, { viewport: { width: 390, height: 844 } });
  try {
    await p.page.emulateMedia({ colorScheme: 'dark' });
    await p.page.goto(app.href('view=regions'));
    await p.page.locator('canvas.chart').waitFor();
    assert.equal(isDark(await bodyBackground(p.page)), true, 'follows prefers-color-scheme');
    await p.page.goto(app.href('view=regions&theme=light'));
    await p.page.locator('canvas.chart').waitFor();
    await eventually(async () => assert.equal(isDark(await bodyBackground(p.page)), false, 'the link wins'));
    p.assertNoProblems();
  } finally {
    await p.close();
  }
});

test('the regions view keeps map or tile grid in the link', async () => {
  await app.withPage(async ({ page }) => {
    const wrap = page.locator('.map-wrap');
    await eventually(async () => assert.equal(await wrap.getAttribute('data-layout'), 'tiles', 'map=tiles wins over the wide screen'));
    await page.getByTestId('layout-map').click();
    await eventually(async () => assert.equal(await wrap.getAttribute('data-layout'), 'map'));
    await eventually(async () => assert.match(page.url(), /map=geo/));
  }, { hash: 'view=regions&map=tiles' });
});
