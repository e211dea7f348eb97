// Embeds in the hosts newsrooms have: each fixture is a host page served from another
// origin than the app (two servers, two ports), holding the code the Embed dialog writes.
// The sizer script present; the script stripped (the frame keeps the snippet's height, and
// the page fits it with no inner scrollbar); an AMP-like host that answers embed-size; a
// host that sets the dark theme and Korean by message; three embeds, one below the fold
// and loaded lazily; and hostile messages, which change nothing and log nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { useApp } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { recordShifts, shiftsOf } from './lib/shifts.mjs';

const app = useApp();
const WIDTHS = [390, 1280];

/** The host pages' folder and server: another port, so another origin than the app. */
let hostDir;
let host;
before(async () => {
  hostDir = await fs.mkdtemp(path.join(os.tmpdir(), 'won-atlas-hosts-'));
  await fs.writeFile(path.join(hostDir, 'index.html'), '<!doctype html><title>host</title>');
  host = await startServer(hostDir);
});
after(async () => {
  await host?.close();
  if (hostDir) await fs.rm(hostDir, { recursive: true, force: true });
});

/** The code the Embed dialog's builder writes for `hash` (its iframe, then its sizer
 * script), as an editor copies it. */
async function snippet(hash) {
  let code;
  await app.withPage(async ({ page }) => {
    await page.locator('[aria-controls=embed-panel]').click();
    await page.getByTestId('embed-builder').waitFor({ state: 'visible', timeout: 15_000 });
    code = `${await page.getByTestId('embed-iframe').inputValue()}\n${await page.getByTestId('embed-script').inputValue()}`;
  }, { hash });
  return code;
}

/** The snippet's iframe, as a content system that strips scripts leaves it. */
const stripped = (code) => code.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').trim();

/** The iframe's fixed height in the snippet, in px. */
function snippetHeight(code) {
  const m = /<iframe[^>]*style="[^"]*height:\s*(\d+)px/.exec(code);
  assert.ok(m, `the snippet sets a height: ${code}`);
  return Number(m[1]);
}

/** Serves `body` as a host page (of the host's origin) and opens it at `width`. */
async function openHost(name, width, body, { height = 900 } = {}) {
  const file = `${name}-${width}.html`;
  await fs.writeFile(
    path.join(hostDir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<meta name="viewport" content="width=device-width"></head>
<body style="margin:0;font-family:Georgia,serif;background:#faf7f0"><article style="max-width:${width}px;margin:0 auto;padding:0 8px">
<h1 style="font-size:1.4rem">Korea bets on AI</h1><p>A paragraph of the article before the chart.</p>
${body}
<p>A paragraph after.</p></article></body></html>`,
  );
  const p = await openPage(app.browser, { viewport: { width, height }, kept: 'app' });
  await p.page.goto(host.url + file, { waitUntil: 'load' });
  return p;
}

/** The frame of the iframe matching `selector`, once its chart is drawn. */
async function frameOf(page, selector = 'iframe') {
  const el = page.locator(selector).first();
  const frame = await (await el.elementHandle()).contentFrame();
  await frame.waitForSelector('canvas.chart[style]', { timeout: 15_000 });
  return frame;
}

/** What the frame shows: its viewport and content heights, and each chart drawn against
 * its full size. */
function measure(frame) {
  return frame.evaluate(() => {
    const wraps = [...document.querySelectorAll('.chart-wrap[style]')];
    return {
      view: innerHeight,
      scroll: document.documentElement.scrollHeight,
      charts: wraps.map((w) => ({
        natural: parseFloat(w.style.getPropertyValue('--natural')),
        drawn: w.querySelector('canvas.chart').getBoundingClientRect().height,
      })),
      // Everything a reader must see without scrolling, and where it ends.
      bottoms: Object.fromEntries(
        ['.embed-head h1', '.chart-wrap', '.chart-summary', '.legend', '[data-testid=embed-more]', '[data-testid=open-full]']
          .map((s) => [s, document.querySelector(s)?.getBoundingClientRect().bottom ?? null]),
      ),
    };
  });
}

for (const width of WIDTHS) {
  test(`with the sizer script, the frame takes the height the page needs at ${width} px`, async () => {
    const code = await snippet('view=funding');
    const p = await openHost('script', width, code);
    try {
      const frame = await frameOf(p.page);
      await eventually(async () => {
        const outer = await p.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        const m = await measure(frame);
        assert.ok(Math.abs(outer - m.view) <= 1);
        assert.ok(m.scroll <= m.view, `no inner scrollbar (${m.scroll} in ${m.view})`);
        for (const c of m.charts) assert.ok(Math.abs(c.drawn - c.natural) <= 1, `chart full size: ${c.drawn} of ${c.natural}`);
      }, { timeout: 10_000 });
      await screenshot(p.page, `embed-host-script-${width}`);
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

// A chart in a frame is drawn once, at the size it keeps: with room for it (as the sizer
// script makes the frame), at its full size; in the snippet's fixed height (the script
// stripped), at the size that fits. Not first at another size (one fitted to a height
// measured before the chart had its own, or its full size before the fit), then again.
// And nothing on the page moves once shown (cumulative layout shift under 0.01).
async function drawsIn(view, viewport) {
  const p = await openPage(app.browser, { viewport });
  try {
    await p.page.addInitScript(() => {
      window.__draws = [];
      addEventListener('won-atlas:drawn', () => window.__draws.push(document.querySelector('canvas.chart')?.getBoundingClientRect().height));
    });
    await recordShifts(p.page);
    await p.page.goto(app.href(`view=${view}&embed=1`), { waitUntil: 'load' });
    await p.page.locator('html[data-complete]').waitFor({ state: 'attached' });
    // Anything a second measurement would bring has had its frames.
    await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const draws = await p.page.evaluate(() => window.__draws);
    const [chart] = (await measure(p.page.mainFrame())).charts;
    const shift = await shiftsOf(p.page);
    assert.ok(shift.sum < 0.01, `${view}: layout shift ${shift.sum.toFixed(4)}: ${shift.moved.join(', ')}`);
    p.assertNoProblems();
    return { draws, chart };
  } finally {
    await p.close();
  }
}

for (const view of ['regions', 'regions&map=tiles', 'funding', 'timeline']) {
  test(`a phone's ${view} embed with room draws its chart once, at full size, and nothing moves`, async () => {
    const { draws, chart } = await drawsIn(view, { width: 390, height: 2000 });
    assert.equal(draws.length, 1, `drawn ${draws.length} times, at heights ${draws.join(', ')}`);
    assert.ok(Math.abs(chart.drawn - chart.natural) <= 1, `at ${chart.drawn} of ${chart.natural}`);
  });
}

for (const view of ['funding', 'timeline', 'economy']) {
  test(`a phone's ${view} embed in the snippet's fixed height draws its chart once, at the size that fits, and nothing moves`, async () => {
    const height = snippetHeight(stripped(await snippet(`view=${view}`)));
    const { draws, chart } = await drawsIn(view, { width: 390, height });
    assert.equal(draws.length, 1, `drawn ${draws.length} times, at heights ${draws.join(', ')}`);
    assert.ok(chart.drawn < chart.natural - 1, `fitted: ${chart.drawn} of ${chart.natural}`);
  });
}

// In a window of whatever height, a view's section never runs into what follows it:
// where its charts at their smallest still leave the page taller than the window, the
// page grows instead (src/ui/embed/frame.rs). Each view in both languages, in a phone's
// and a laptop's window.
for (const [width, height] of [[390, 844], [1280, 800], [1280, 600]]) {
  test(`an embed's section at ${width}×${height} holds its chart and summary, in both languages`, async () => {
    for (const view of ['funding', 'funding&chart=split', 'regions', 'timeline', 'economy']) {
      for (const lang of ['en', 'ko']) {
        const p = await openPage(app.browser, { viewport: { width, height }, kept: 'app' });
        try {
          await p.page.goto(app.href(`view=${view}&embed=1&lang=${lang}`), { waitUntil: 'load' });
          await p.page.locator('html[data-complete]').waitFor({ state: 'attached' });
          await p.page.waitForSelector('canvas.chart[style]');
          const over = await p.page.locator('main.panel > section').evaluate((el) => el.scrollHeight - el.clientHeight);
          assert.ok(over <= 1, `${view}, ${lang}: the section's content runs ${over} px past it`);
          p.assertNoProblems();
        } finally {
          await p.close();
        }
      }
    }
  });
}

// Without the script, every view in a frame of the snippet's height, at 320 (the
// narrowest phone), 390 and 1280 px: no inner scrollbar, and the title, chart, summary,
// legend and both footer controls inside the frame.
for (const view of ['funding', 'funding&chart=split', 'funding&group=1', 'regions', 'regions&map=geo', 'timeline', 'economy']) {
  test(`without the script, the ${view} embed fits the snippet's fixed height`, async () => {
    const code = stripped(await snippet(`view=${view}`));
    assert.doesNotMatch(code, /<script/);
    const height = snippetHeight(code);
    for (const width of [320, ...WIDTHS]) {
      const p = await openHost(`stripped-${view.replace(/\W/g, '-')}`, width, code);
      try {
        const frame = await frameOf(p.page);
        await eventually(async () => {
          const m = await measure(frame);
          assert.equal(m.view, height, 'the frame keeps the snippet height');
          assert.ok(m.scroll <= m.view, `${width} px: no inner scrollbar (${m.scroll} in ${m.view})`);
          for (const [sel, bottom] of Object.entries(m.bottoms)) {
            if (bottom !== null) assert.ok(bottom <= m.view, `${width} px: ${sel} ends at ${bottom}, inside ${m.view}`);
          }
          // Drawn smaller to fit, but no smaller than FIT_MIN at 320 px, and three
          // quarters of its size from 390 px (src/ui/embed/frame.rs, frame_height).
          const least = width <= 320 ? 0.6 : 0.75;
          for (const c of m.charts) assert.ok(c.drawn >= c.natural * least - 1, `${width} px: chart at ${c.drawn} of ${c.natural}`);
        }, { timeout: 10_000 });
        if (view === 'funding' || width !== 320) await screenshot(p.page, `embed-host-stripped-${view.replace(/\W/g, '-')}-${width}`);
        // What waits behind the footer's button is there, in the frame.
        const more = frame.locator('[data-testid=embed-more]');
        const open = () => frame.locator('details.embed-more').evaluate((d) => d.open);
        assert.equal(await open(), false);
        assert.equal(await frame.locator('[data-testid=export-png]').isVisible(), false, 'the downloads wait');
        await more.focus();
        await more.press('Enter');
        assert.equal(await open(), true);
        assert.ok(await frame.locator('[data-testid=export-png]').isVisible(), 'the downloads show');
        // Opened, the page grows rather than overlaps: the footer follows the panel.
        const gap = await frame.evaluate(() => document.querySelector('.embed-foot').getBoundingClientRect().top - document.querySelector('main.panel').getBoundingClientRect().bottom);
        assert.ok(gap >= 0, `the footer is below the panel (${gap})`);
        p.assertNoProblems();
      } finally {
        await p.close();
      }
    }
  });
}

for (const width of WIDTHS) {
  test(`without the script, a record's panel lengthens the page rather than covering it at ${width} px`, async () => {
    const code = stripped(await snippet('view=funding'));
    const p = await openHost('stripped-selected', width, code);
    try {
      const frame = await frameOf(p.page);
      const chart = frame.locator('canvas.chart').first();
      await chart.focus();
      await chart.press('ArrowDown');
      await chart.press('Enter');
      await frame.locator('[data-testid=detail]').waitFor({ state: 'visible' });
      await eventually(async () => {
        const m = await frame.evaluate(() => {
          const box = (s) => document.querySelector(s).getBoundingClientRect();
          return { detail: box('[data-testid=detail]').bottom, table: box('main.panel > details.alt').top, foot: box('.embed-foot').top, scroll: document.documentElement.scrollHeight, view: innerHeight };
        });
        assert.ok(m.table >= m.detail, `the data table follows the panel (${m.table} after ${m.detail})`);
        assert.ok(m.foot >= m.table, 'the footer follows the data table');
        assert.ok(m.scroll > m.view, 'the frame scrolls to reach them');
      });
      await frame.locator('[data-testid=open-full]').scrollIntoViewIfNeeded();
      assert.ok(await frame.locator('[data-testid=open-full]').isVisible());
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

for (const width of WIDTHS) {
  test(`an AMP-like host that answers embed-size shows the whole page at ${width} px`, async () => {
    const code = stripped(await snippet('view=timeline'));
    // As amp-iframe does: a resize request from the frame is granted, up to a limit.
    const p = await openHost('amp', width, `${code.replace('<iframe', '<iframe id="amp"')}
<script>
  window.requests = [];
  window.addEventListener('message', (e) => {
    const f = document.getElementById('amp');
    const d = e.data;
    if (e.source !== f.contentWindow || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
    window.requests.push(d.height);
    f.style.height = Math.min(Number(d.height), 5000) + 'px';
  });
</script>`);
    try {
      const frame = await frameOf(p.page, '#amp');
      await eventually(async () => {
        const m = await measure(frame);
        assert.ok(m.scroll <= m.view, `no inner scrollbar (${m.scroll} in ${m.view})`);
        for (const c of m.charts) assert.ok(Math.abs(c.drawn - c.natural) <= 1, `full size: ${c.drawn} of ${c.natural}`);
        const asked = await p.page.evaluate(() => window.requests);
        assert.ok(asked.length >= 1 && asked.every((h) => typeof h === 'number' && h > 100), `embed-size asked: ${asked}`);
      }, { timeout: 10_000 });
      await screenshot(p.page, `embed-host-amp-${width}`);
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

/** A host page with the stripped snippet and a log of the frame's messages. */
async function messagingHost(name, width, hash) {
  const code = stripped(await snippet(hash));
  return openHost(name, width, `${code.replace('<iframe', '<iframe id="embed"')}
<script>
  window.heard = [];
  window.addEventListener('message', (e) => {
    if (e.source === document.getElementById('embed').contentWindow && e.data && e.data.type === 'won-atlas:state') window.heard.push(e.data);
  });
  window.tell = (msg) => document.getElementById('embed').contentWindow.postMessage(msg, '*');
</script>`);
}

/** The dark card's colour (src/layout/colour.rs DARK_PAPER) at the chart's corner. */
const cornerColour = (frame) =>
  frame.locator('canvas.chart').first().evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3));

for (const width of WIDTHS) {
  test(`a host sets the dark theme and Korean by message, without a reload, at ${width} px`, async () => {
    const p = await messagingHost('dark-ko', width, 'view=funding');
    try {
      const frame = await frameOf(p.page, '#embed');
      await frame.evaluate(() => (window.notReloaded = true));
      const entries = await frame.evaluate(() => history.length);
      assert.deepEqual(await cornerColour(frame), [255, 255, 255]);
      await eventually(async () => assert.ok((await p.page.evaluate(() => window.heard.length)) >= 1, 'the embed says its state'));
      await p.page.evaluate(() => window.tell({ type: 'won-atlas:set', theme: 'dark', lang: 'ko' }));
      await eventually(async () => {
        assert.equal(await frame.locator('html').getAttribute('lang'), 'ko');
        assert.match(await frame.locator('html').getAttribute('class'), /theme-dark/);
        assert.match(await frame.locator('[data-testid=title]').innerText(), /펀딩|자금|재원|투자|예산/);
        assert.deepEqual(await cornerColour(frame), [0x1d, 0x22, 0x2b], 'the chart is drawn on the dark card');
      }, { timeout: 10_000 });
      const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(18, 21, 27)', 'the page is dark');
      assert.equal(await frame.evaluate(() => window.notReloaded), true, 'no reload');
      // The frame keeps the host's choice in its own link, in place of its history entry.
      const kept = await frame.evaluate(() => ({ hash: location.hash, entries: history.length }));
      assert.match(kept.hash, /theme=dark/);
      assert.match(kept.hash, /lang=ko/);
      assert.equal(kept.entries, entries, 'no history entry added');
      const last = await p.page.evaluate(() => window.heard.at(-1));
      assert.deepEqual(last, { type: 'won-atlas:state', view: 'funding', selection: null, lang: 'ko', theme: 'dark' });
      // An accent the host names follows too, in the dark theme's value.
      await p.page.evaluate(() => window.tell({ type: 'won-atlas:set', accent: 'teal' }));
      await eventually(async () => {
        const accent = await frame.locator('.shell').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
        assert.equal(accent, '#4da6bc');
      });
      await screenshot(p.page, `embed-host-dark-ko-${width}`);
      // Back to light and English.
      await p.page.evaluate(() => window.tell({ type: 'won-atlas:set', theme: 'light', lang: 'en' }));
      await eventually(async () => {
        assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
        assert.deepEqual(await cornerColour(frame), [255, 255, 255]);
      });
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

for (const width of WIDTHS) {
  test(`three embeds on one page, the third below the fold and loaded lazily, at ${width} px`, async () => {
    const codes = await Promise.all(['view=funding', 'view=regions', 'view=timeline'].map(snippet));
    // Each snippet carries the script; a page that pastes three keeps three tags (the
    // script runs once).
    const spacer = `<div style="height:6000px;background:linear-gradient(#faf7f0,#e9e2d0)">Long article text…</div>`;
    const p = await openHost('three', width, `${codes[0].replace('<iframe', '<iframe id="one"')}
<p>Between the charts.</p>
${codes[1].replace('<iframe', '<iframe id="two"')}
${spacer}
${codes[2].replace('<iframe', '<iframe id="three"')}
<script>
  window.heard = [];
  window.addEventListener('message', (e) => { if (e.data && e.data.type === 'won-atlas:state') window.heard.push(e.data); });
</script>`);
    try {
      assert.match(codes[2], /loading="lazy"/);
      await frameOf(p.page, '#one');
      await frameOf(p.page, '#two');
      // The third frame is far below the fold: the browser has not loaded it.
      const lazyUrl = await p.page.locator('#three').evaluate((f) => {
        try {
          return f.contentWindow.location.href;
        } catch {
          return 'cross-origin: loaded';
        }
      });
      assert.ok(lazyUrl === 'about:blank' || lazyUrl === null, `not loaded yet: ${lazyUrl}`);
      await screenshot(p.page, `embed-host-three-${width}`, { fullPage: false });
      await p.page.locator('#three').scrollIntoViewIfNeeded();
      const three = await frameOf(p.page, '#three');
      await eventually(async () => {
        for (const id of ['one', 'two', 'three']) {
          // A reader sees each frame on screen: Chromium does not lay out or draw an
          // offscreen frame of another origin until it scrolls into view.
          const el = p.page.locator(`#${id}`);
          await el.scrollIntoViewIfNeeded();
          const frame = await (await el.elementHandle()).contentFrame();
          const m = await measure(frame);
          assert.ok(m.scroll <= m.view, `#${id}: no inner scrollbar`);
          for (const c of m.charts) assert.ok(Math.abs(c.drawn - c.natural) <= 1, `#${id}: chart full size (${c.drawn} of ${c.natural}; ${m.scroll} in ${m.view})`);
        }
      }, { timeout: 10_000 });
      // A reader's selection in one embed reaches the host, which could pass it on.
      const id = app.ds.milestones[0].id;
      await three.locator('canvas.chart').first().focus();
      await three.locator('canvas.chart').first().press('ArrowRight');
      await three.locator('canvas.chart').first().press('Enter');
      await eventually(async () => {
        const heard = await p.page.evaluate(() => window.heard.filter((h) => h.view === 'timeline' && h.selection));
        assert.ok(heard.length >= 1, 'the host hears the selection');
        assert.equal(typeof heard.at(-1).selection, 'string');
      });
      assert.ok(id);
      await screenshot(p.page, `embed-host-three-scrolled-${width}`, { fullPage: false });
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  });
}

for (const width of WIDTHS) {
  test(`hostile messages change nothing and log nothing at ${width} px`, async () => {
    // A second frame of another origin on the host page (an ad, say) tries too.
    const other = await startServer(hostDir);
    await fs.writeFile(
      path.join(hostDir, 'ad.html'),
      `<!doctype html><title>ad</title><body>Ad<script>
        window.addEventListener('message', (e) => {
          if (e.data !== 'go') return;
          parent.frames[0].postMessage({ type: 'won-atlas:set', theme: 'dark', lang: 'ko', accent: 'purple' }, '*');
          parent.postMessage('ad-sent', '*');
        });
      </script></body>`,
    );
    const p = await messagingHost('hostile', width, 'view=funding');
    try {
      await p.page.evaluate((src) => {
        const ad = document.createElement('iframe');
        ad.src = src;
        ad.id = 'ad';
        ad.style.cssText = 'width:300px;height:60px;border:1px solid #999';
        document.querySelector('article').append(ad);
        return new Promise((r) => (ad.onload = r));
      }, other.url + 'ad.html');
      const frame = await frameOf(p.page, '#embed');
      const before = await frame.evaluate(() => ({ hash: location.hash, cls: document.documentElement.className, lang: document.documentElement.lang }));
      await p.page.evaluate(() => {
        const huge = 'x'.repeat(4_000_000);
        const shapes = [
          null, undefined, 0, 'won-atlas:set', huge, [], ['won-atlas:set', 'dark'],
          { type: 'won-atlas:set' },
          { type: 'won-atlas:set', theme: 'DARK' },
          { type: 'won-atlas:set', theme: 'dark ' },
          { type: 'won-atlas:set', theme: ['dark'] },
          { type: 'won-atlas:set', theme: { toString: null } },
          { type: 'won-atlas:set', theme: 1 },
          { type: 'won-atlas:set', lang: 'fr' },
          { type: 'won-atlas:set', lang: huge },
          { type: 'won-atlas:set', accent: 'c8102e' },
          { type: 'won-atlas:set', accent: 'url(x)' },
          { type: 'won-atlas:set', theme: 'dark', note: huge },
          { type: 'won-atlas:set', theme: 'dark', __proto__: { lang: 'ko' }, extra: 1 },
          { type: 'won-atlas:SET', theme: 'dark' },
          { type: huge, theme: 'dark' },
          { type: ['won-atlas:set'], theme: 'dark' },
          { sentinel: 'amp', type: 'embed-size', height: 1 },
          { type: 'won-atlas:height', height: 1 },
          new Date(),
          new Map([['type', 'won-atlas:set']]),
          new Uint8Array(1024),
        ];
        for (const s of shapes) window.tell(s);
        window.addEventListener('message', (e) => { if (e.data === 'ad-sent') window.adSent = true; });
        document.getElementById('ad').contentWindow.postMessage('go', '*');
      });
      await eventually(async () => assert.equal(await p.page.evaluate(() => window.adSent), true, 'the other frame sent its request'));
      // Let every message arrive, then a harmless ping shows the frame still answers.
      await p.page.waitForTimeout(500);
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await frame.evaluate(() => ({ hash: location.hash, cls: document.documentElement.className, lang: document.documentElement.lang }));
      assert.deepEqual(after, before);
      assert.deepEqual(await cornerColour(frame), [255, 255, 255]);
      const states = await p.page.evaluate(() => window.heard.map((h) => `${h.lang}/${h.theme}`));
      assert.ok(states.every((s) => s === 'en/light'), `no state changed: ${states}`);
      await screenshot(p.page, `embed-host-hostile-${width}`);
      // The frame still listens: the documented message, from its parent, is applied.
      await p.page.evaluate(() => window.tell({ type: 'won-atlas:set', theme: 'dark' }));
      await eventually(async () => assert.match(await frame.locator('html').getAttribute('class'), /theme-dark/));
      p.assertNoProblems();
    } finally {
      await p.close();
      await other.close();
    }
  });
}

test("an embed's link sets its theme and a named accent; values it does not know get the notice", async () => {
  const accentOf = (page) => page.locator('.shell').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
  const open = async (hash, fn) => {
    const p = await openPage(app.browser, { viewport: { width: 390, height: 900 }, kept: 'app' });
    try {
      await p.page.goto(app.href(hash), { waitUntil: 'load' });
      await p.page.waitForSelector('canvas.chart[style]', { timeout: 15_000 });
      await fn(p.page);
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  };
  // The dark theme's purple (src/layout/accent.rs).
  await open('view=funding&embed=1&theme=dark&accent=purple', async (page) => {
    assert.match(await page.locator('html').getAttribute('class'), /theme-dark/);
    assert.equal(await accentOf(page), '#b99af6');
    assert.equal(await page.locator('[data-testid=notice]').count(), 0);
  });
  await open('view=funding&embed=1&theme=sepia&accent=c8102e', async (page) => {
    const notice = page.locator('[data-testid=notice]');
    await eventually(async () => {
      const text = (await notice.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /theme=sepia/);
      assert.match(text, /accent=c8102e/);
    });
    assert.equal(await accentOf(page), '#0b57b0', "the stylesheet's own accent");
    await screenshot(page, 'embed-link-notice-390');
  });
});
