// The funding view: the programmes' ranked bars and the fund's split treemap (later
// reports) on a canvas, operated by pointer and keyboard, with its tooltip, detail panel,
// controls and the tables kept in step. Expected names, phrases
// and figures come from the dataset (seedcheck json) and from the display rules
// (largest stated total first; per-year amounts never summed into totals), not from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, escapeFromPanel } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { shownQuote, squash } from './lib/text.mjs';

const app = useApp();

/** Stated won claims of a programme. */
const stated = (p) => p.amounts.filter((a) => a.amount.kind === 'stated' && a.amount.quantity[a.amount.quantity.kind === 'range' ? 'min' : 'value'].currency === 'KRW');
const floor = (q) => (q.kind === 'range' ? q.min.eok : q.value.eok);

/** The programme the ordering rule puts largest: first stated total (or one-year) figure. */
function largestByTotal(ds) {
  let best = null;
  for (const p of ds.programmes.filter((p) => p.category !== 'envelope')) {
    const c = stated(p).find((a) => a.amount.basis.kind !== 'per_year');
    if (c && (!best || floor(c.amount.quantity) > best.w)) best = { p, w: floor(c.amount.quantity) };
  }
  return best.p;
}

const tooltip = (page) => page.locator('[data-testid=tooltip]');
const canvas = (page) => page.locator('canvas[data-testid=funding-chart]');

test('the largest programme is the first bar: hover shows it, click opens it', async () => {
  const top = largestByTotal(app.ds);
  await app.withPage(async ({ page }) => {
    const box = await canvas(page).boundingBox();
    // The first row starts under the axis labels (src/layout/funding/bars.rs).
    await page.mouse.move(box.x + 12, box.y + 44);
    await eventually(async () => assert.match(squash(await tooltip(page).innerText()), new RegExp(top.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
    const tip = squash(await tooltip(page).innerText());
    assert.ok(stated(top).some((a) => tip.includes(shownQuote(a.source.quote))), `tooltip cites one of ${top.id}'s source phrases: ${tip}`);
    await page.mouse.click(box.x + 12, box.y + 44);
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), top.id));
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${top.id}`)));
  }, { hash: 'view=funding' });
});

/** WCAG 2 contrast ratio of two CSS colours as the canvas reads them back (`#rrggbb` or
 * `rgba(r, g, b, a)`, opaque). */
function contrast(a, b) {
  const lum = (c) => {
    const m = c.startsWith('#') ? c.slice(1).match(/../g).map((h) => parseInt(h, 16)) : c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const [r, g, b] = m.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('bar labels: each is drawn in its own font and an ink readable on what is under it', async () => {
  // The chart sets a label's font, colour and alignment only when they differ from the
  // label before (src/render/canvas.rs): a label drawn in the state of another, or in a
  // fill left by a tile, would show here. Every canvas call of one full redraw is
  // recorded with the context's state at that call.
  const top = largestByTotal(app.ds);
  await app.withPage(async ({ page }) => {
    await page.locator('section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(2)').click();
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      const log = (window.__calls = []);
      const P = CanvasRenderingContext2D.prototype;
      for (const name of ['fillRect', 'fillText']) {
        const orig = P[name];
        P[name] = function (...args) {
          if (this.canvas.matches('canvas[data-testid=funding-chart]')) {
            log.push({ name, args, fill: this.fillStyle, font: this.font, align: this.textAlign, baseline: this.textBaseline });
          }
          return orig.apply(this, args);
        };
      }
    });
    await page.locator('section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(1)').click();
    await eventually(async () => assert.ok(await page.evaluate(() => window.__calls.some((c) => c.name === 'fillText'))));
    const calls = await page.evaluate(() => window.__calls);
    const texts = calls.filter((c) => c.name === 'fillText');
    assert.ok(texts.length >= 4, `${texts.length} labels`);
    for (const [i, t] of calls.entries()) {
      if (t.name !== 'fillText') continue;
      const [text, x, y] = t.args;
      // The last fill under the label's anchor before it: its tile (or the paper).
      const under = calls.slice(0, i).reverse().find((c) => c.name === 'fillRect' && x >= c.args[0] && x <= c.args[0] + c.args[2] && y >= c.args[1] && y <= c.args[1] + c.args[3]);
      assert.ok(under, `something is under "${text}"`);
      assert.ok(contrast(t.fill, under.fill) >= 4.5, `"${text}" in ${t.fill} on ${under.fill}: ${contrast(t.fill, under.fill).toFixed(2)}:1`);
      assert.match(t.font, /^(bold )?\d+(\.\d+)?px /, `"${text}": ${t.font}`);
      assert.ok(['start', 'end'].includes(t.align) && ['top', 'middle'].includes(t.baseline), `"${text}": ${t.align} ${t.baseline}`);
    }
    // The largest bar's name is on its row, and its amount, drawn next, on the same line.
    const name = texts.findIndex((t) => t.args[0] === top.name.en);
    assert.ok(name >= 0, `${top.name.en} is labelled`);
    assert.doesNotMatch(texts[name].font, /^bold /);
    assert.equal(texts[name + 1].args[2], texts[name].args[2], 'the amount is on the name\'s row');
    assert.ok(texts[name + 1].args[1] > texts[name].args[1], 'the amount follows the bar');
  }, { hash: 'view=funding', viewport: { width: 1280, height: 800 } });
});

test('keyboard: arrows move between programmes, Enter opens the detail panel, Escape closes it', async () => {
  await app.withPage(async ({ page }) => {
    await canvas(page).focus();
    const live = page.locator('[data-testid=live]');
    await eventually(async () => assert.ok(squash(await live.innerText()).length > 0, 'live region announces the focused programme'));
    const first = squash(await live.innerText());
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.notEqual(squash(await live.innerText()), first));
    const announced = squash(await live.innerText());
    const p = app.ds.programmes.find((p) => announced.startsWith(p.name.en + ':'));
    assert.ok(p, `announcement names a programme: ${announced}`);
    assert.match(squash(await tooltip(page).innerText()), new RegExp(p.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), p.id));
    const text = squash(await detail.innerText());
    for (const a of p.amounts) assert.ok(text.includes(shownQuote(a.source.quote)), `detail cites ${a.source.quote}`);
    for (const c of app.ds.conflicts.filter((c) => c.about.includes(p.id))) assert.ok(text.includes(c.title.en), `detail lists conflict ${c.id}`);
    for (const u of app.ds.updates.filter((u) => u.concerns.includes(p.id))) assert.ok(text.includes(u.topic.en), `detail lists update ${u.id}`);
    // The table follows the selection.
    const row = page.locator(`table[data-testid=programme-table] tr[data-id="${p.id}"]`);
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    await escapeFromPanel(page, canvas(page));
    await eventually(async () => assert.doesNotMatch(page.url(), /sel=/));
    assert.equal(await row.getAttribute('aria-selected'), 'false');
  }, { hash: 'view=funding' });
});

test('programmes with no stated amount are listed beside the chart, not dropped', async () => {
  const missing = app.ds.programmes.filter((p) => p.category !== 'envelope' && stated(p).length === 0);
  assert.ok(missing.length > 0);
  await app.withPage(async ({ page }) => {
    const ids = await page.locator('[data-testid=unplotted] li[data-id]').evaluateAll((lis) => lis.map((l) => l.dataset.id));
    for (const p of missing) assert.ok(ids.includes(p.id), `${p.id} is listed`);
    const note = squash(await page.locator('[data-testid=additive-note]').innerText());
    assert.match(note, /not added/);
    // It names the period of every drawn figure (the first total or one-year claim).
    const periods = new Set();
    for (const p of app.ds.programmes.filter((p) => p.category !== 'envelope')) {
      const b = stated(p).find((a) => a.amount.basis.kind !== 'per_year')?.amount.basis;
      if (b?.kind === 'one_year') periods.add(`${b.year} alone`);
      else if (b?.years) periods.add(`${b.years} years`);
      else if (b?.by) periods.add(`by ${b.by}`);
    }
    assert.ok(periods.size >= 4, [...periods].join(', '));
    const named = note.match(/different periods: ([^.]*)\./)[1].split(', ');
    assert.deepEqual(new Set(named), periods, note);
  }, { hash: 'view=funding' });
});

test('dollars: the implied rate is stated and figures switch to dollar ranges', async () => {
  const total = app.ds.initiative.total.amount.quantity.value.eok;
  const { min, max } = app.ds.initiative.usd.amount.quantity;
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  await app.withPage(async ({ page }) => {
    await page.getByRole('button', { name: 'Dollars' }).click();
    const note = squash(await page.locator('[data-testid=rate-note]').innerText());
    assert.ok(note.includes(fmt(total / max.eok)) && note.includes(fmt(total / min.eok)), note);
    await eventually(async () => assert.match(page.url(), /cur=usd/));
    await canvas(page).focus();
    await eventually(async () => assert.match(squash(await tooltip(page).innerText()), /\$/));
  }, { hash: 'view=funding' });
});

test('ranked bars are the default, and rows answer the keyboard', async () => {
  await app.withPage(async ({ page }) => {
    assert.equal(await page.getByRole('button', { name: 'Programmes (report)' }).getAttribute('aria-pressed'), 'true');
    await canvas(page).focus();
    await page.keyboard.press('End');
    const live = squash(await page.locator('[data-testid=live]').innerText());
    const charted = app.ds.programmes.filter((p) => p.category !== 'envelope' && stated(p).some((a) => a.amount.basis.kind !== 'per_year'));
    assert.match(live, new RegExp(`${charted.length} of ${charted.length}\\.$`), live);
  }, { hash: 'view=funding' });
});

test('a permalink with a selection opens its detail panel', async () => {
  const p = app.ds.programmes.find((p) => p.id === 'talent') ?? app.ds.programmes[1];
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), p.id));
    assert.equal(squash(await detail.locator('h3').first().innerText()), p.name.en);
  }, { hash: `view=funding&sel=${p.id}` });
});

test('the focus ring is drawn on its own layer over the chart, on the focused item, and never into the chart or its exports', async () => {
  await app.withPage(async ({ page }) => {
    const live = page.locator('[data-testid=live]');
    await canvas(page).focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.match(squash(await live.innerText()), /2 of \d+/));
    const before = squash(await live.innerText());
    // Pixels of the focus colour (#c2410c, layout/colour.rs FOCUS) on each canvas, and where.
    const ring = await page.evaluate(() => {
      const focusPx = (c) => {
        const { data, width } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        const b = { n: 0, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 255 && Math.abs(data[i] - 194) < 4 && Math.abs(data[i + 1] - 65) < 4 && Math.abs(data[i + 2] - 12) < 4) {
            const x = (i / 4) % width, y = Math.floor(i / 4 / width);
            b.n++; b.x0 = Math.min(b.x0, x); b.y0 = Math.min(b.y0, y); b.x1 = Math.max(b.x1, x); b.y1 = Math.max(b.y1, y);
          }
        }
        return b;
      };
      const chart = document.querySelector('canvas[data-testid=funding-chart]');
      const o = document.querySelector('canvas.chart-focus');
      const rc = chart.getBoundingClientRect(), ro = o.getBoundingClientRect();
      return {
        hidden: o.getAttribute('aria-hidden'), pointer: getComputedStyle(o).pointerEvents, display: getComputedStyle(o).display,
        css: { x: ro.x - rc.x, y: ro.y - rc.y, w: ro.width, h: ro.height, cw: rc.width, ch: rc.height },
        backing: { w: o.width, h: o.height }, overlay: focusPx(o), chart: focusPx(chart), chartBox: { x: rc.x, y: rc.y },
      };
    });
    assert.equal(ring.hidden, 'true');
    assert.equal(ring.pointer, 'none');
    assert.equal(ring.display, 'block');
    // On the chart's device-pixel grid (devicePixelRatio 2), and inside the chart.
    assert.equal(ring.backing.w, ring.css.w * 2);
    assert.equal(ring.backing.h, ring.css.h * 2);
    assert.ok(Number.isInteger(ring.css.x * 2) && Number.isInteger(ring.css.y * 2), JSON.stringify(ring.css));
    assert.ok(ring.css.x >= 0 && ring.css.y >= 0 && ring.css.x + ring.css.w <= ring.css.cw + 0.01 && ring.css.y + ring.css.h <= ring.css.ch + 0.01);
    assert.ok(ring.overlay.n > 100, 'the overlay carries the ring');
    assert.equal(ring.chart.n, 0, 'the chart itself has no ring');
    // The ring surrounds the focused item: the pointer at its middle finds the same programme.
    const mid = {
      x: ring.chartBox.x + ring.css.x + (ring.overlay.x0 + ring.overlay.x1) / 4,
      y: ring.chartBox.y + ring.css.y + (ring.overlay.y0 + ring.overlay.y1) / 4,
    };
    await page.mouse.move(mid.x, mid.y);
    await page.waitForTimeout(100);
    assert.equal(squash(await live.innerText()), before);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-svg]').click()]);
    const svg = (await import('node:fs')).readFileSync(await dl.path(), 'utf8');
    assert.doesNotMatch(svg, /#c2410c/i, 'the export has no focus ring');
    // Leaving the chart hides the ring.
    await page.mouse.move(mid.x, 5);
    await canvas(page).blur();
    await page.mouse.move(1, 1);
    await eventually(async () => assert.equal(await page.locator('canvas.chart-focus').evaluate((o) => getComputedStyle(o).display), 'none'));
  }, { hash: 'view=funding', scale: 2 });
});

test('the canvas is sharp on HiDPI screens: one backing px per device px, also after a switch to a shorter scene on the same canvas', async () => {
  await app.withPage(async ({ page }) => {
    const dims = () => canvas(page).evaluate((c) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, same: c.wonAtlasProbe === true }));
    // The switch redraws the canvas that is there, keeping its backing store, rather than
    // a new one: a mark set on the element now must still be on it after the switch.
    await canvas(page).evaluate((c) => { c.wonAtlasProbe = true; });
    const first = await dims();
    assert.equal(first.w, first.cw * 2);
    assert.equal(first.h, first.ch * 2);
    // The bars are shorter than the split treemap: the backing store may keep its height
    // (src/render/canvas.rs kept_height), but the page must still show its top rows 1:1.
    await page.getByRole('button', { name: 'Programmes (report)' }).click();
    await eventually(async () => assert.ok((await dims()).ch < first.ch));
    const bars = await dims();
    assert.ok(bars.same, 'the bars are drawn on the canvas the split was drawn on');
    assert.equal(bars.w, bars.cw * 2);
    assert.ok(bars.h >= bars.ch * 2, JSON.stringify(bars));
    await page.mouse.move(0, 0);
    const shot = (await canvas(page).screenshot()).toString('base64');
    const cmp = await canvas(page).evaluate(async (c, png) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const s = document.createElement('canvas');
      [s.width, s.height] = [img.width, img.height];
      s.getContext('2d').drawImage(img, 0, 0);
      const a = s.getContext('2d').getImageData(0, 0, img.width, img.height).data;
      const b = c.getContext('2d').getImageData(0, 0, img.width, img.height).data;
      // The rows inside the CSS box (the screenshot rounds it out to whole pixels); skip
      // the rounded corners (border-radius 2px), where the page shows through.
      const rows = Math.floor(c.getBoundingClientRect().height * 2);
      let differ = 0;
      for (let y = 0; y < rows; y++) {
        for (let x = 0; x < img.width; x++) {
          if ((x < 6 || x >= img.width - 6) && (y < 6 || y >= rows - 6)) continue;
          const i = 4 * (y * img.width + x);
          if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 6) differ++;
        }
      }
      return { w: img.width, rows, differ };
    }, shot);
    assert.equal(cmp.w, bars.cw * 2);
    assert.ok(Math.abs(cmp.rows - bars.ch * 2) <= 2, JSON.stringify({ cmp, bars }));
    assert.equal(cmp.differ, 0, 'the screen shows the backing store unscaled, from its top left');
  }, { hash: 'view=funding&chart=split', scale: 2 });
});

test('the fund split: a treemap of later reporting with its title, remainder, table and keyboard, and none of the bars\' controls', async () => {
  const u = app.ds.updates.find((u) => u.split);
  const whole = app.ds.updates.find((w) => w.id === u.split.whole_update);
  const rest = u.split.whole.eok - u.split.parts.reduce((n, p) => n + p.amount.eok, 0);
  await app.withPage(async ({ page }) => {
    await page.getByRole('button', { name: 'Fund by industry (later report)' }).click();
    await eventually(async () => assert.match(page.url(), /chart=split/));
    // The bars' own settings are gone, currency too: later figures stay in won.
    assert.equal(await page.getByRole('checkbox', { name: 'Group by category' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Per year' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Dollars' }).count(), 0);
    assert.equal(await page.locator('[data-testid=additive-note]').count(), 0);
    assert.match(await canvas(page).getAttribute('aria-label'), /later report/);
    // The table: each part, the remainder and the whole, in won as written in the update.
    const rows = await page.locator('table[data-testid=split-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.id, tr.innerText]));
    assert.deepEqual(rows.map((r) => r[0]), [...u.split.parts.map((p) => p.name.en), 'not-allocated', 'whole']);
    const eokToT = (eok) => `₩${(eok / 10000).toString()} trillion`;
    for (const [i, p] of u.split.parts.entries()) {
      assert.ok(u.says.en.includes(eokToT(p.amount.eok)), `${eokToT(p.amount.eok)} is in the update`);
      assert.match(rows[i][1], new RegExp((p.amount.eok / 10000).toString().replace('.', '\\.')));
    }
    assert.match(rows.at(-2)[1], new RegExp((rest / 10000).toString().replace('.', '\\.')));
    assert.ok(whole.says.en.includes(eokToT(u.split.whole.eok)));
    const sources = squash(await page.locator('section.funding p.sources').innerText());
    for (const s of [...u.sources, ...whole.sources]) assert.ok(sources.includes(s), s);
    // Keyboard: the arrows read out each part with its amount.
    await canvas(page).focus();
    const live = page.locator('[data-testid=live]');
    await eventually(async () => assert.ok(squash(await live.innerText()).length > 0));
    await page.keyboard.press('End');
    await eventually(async () => assert.match(squash(await live.innerText()), /^Other industries, or not itemised in those reports: .* (\d+) of \1\.$/));
    // Enter opens the later report the split comes from; Escape closes it.
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), u.id));
    assert.ok(squash(await detail.innerText()).includes(u.sources[0]));
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${u.id}`)));
    await escapeFromPanel(page, canvas(page));
  }, { hash: 'view=funding' });
});

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`funding screenshots at ${width}×${height}: bars and the fund split, no sideways scrolling`, async () => {
    await app.withPage(async ({ page }) => {
      await screenshot(page, `funding-bars-${width}`, { fullPage: false });
      await page.getByRole('button', { name: 'Fund by industry (later report)' }).click();
      await screenshot(page, `funding-split-${width}`, { fullPage: false });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(sideways, false);
    }, { hash: 'view=funding', viewport: { width, height } });
  });
}
