#!/usr/bin/env node
// Won Atlas side by side with ECharts, the charting library a newsroom would otherwise reach
// for. Not a test: it measures and reports. scripts/bench.sh runs it after its own table.
//
//     node bench/compare.mjs [dist]      # default target/bench-dist
//
// Environment: COMPARE_ROUNDS (default 9, at least 1), E2E_CHROMIUM (the browser).
//
// The anchor is an ECharts page drawing the same allocations (bench/anchor.mjs).
//
// Both pages are served gzip-compressed, as any static host serves them, from two loopback
// servers. Each round loads every page once per mode, in alternating order, each load in a
// fresh browser context at 1280×800 CSS px and devicePixelRatio 2. The figure is the first
// canvas draw (the first fill, fillRect, stroke, fillText or drawImage on any canvas), in ms
// from navigation start, timed the same way on both pages. Modes:
//   - unthrottled;
//   - 4× CPU throttling (Emulation.setCPUThrottlingRate);
//   - "Slow 4G" network throttling, the DevTools and Lighthouse preset: 150 ms round trip
//     and 1.6 Mbit/s down, 750 kbit/s up, applied as DevTools applies it (latency × 3.75,
//     throughput × 0.9; see Lighthouse's core/config/constants.js, `mobileSlow4G`).
// It prints the medians and each Won Atlas page's ratio to ECharts, and writes them with
// every sample to target/bench/compare.json and the table to target/bench/compare.md.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { serveGzip } from './serve-gzip.mjs';
import { buildAnchor, ECHARTS_VERSION } from './anchor.mjs';
import { ROOT } from './lib.mjs';

const DIST = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const OUT_DIR = path.join(ROOT, 'target', 'bench');
const ROUNDS = Math.max(1, Number(process.env.COMPARE_ROUNDS ?? 9) | 0);
const VIEWPORT = { width: 1280, height: 800 };

/** The Won Atlas pages measured: the default view and the links an embed or a Korean reader opens. */
const PAGES = [
  ['Won Atlas, default view', ''],
  ['Won Atlas, Korean', '#lang=ko'],
  ['Won Atlas, `#view=regions`', '#view=regions'],
  ['Won Atlas, `#view=timeline`', '#view=timeline'],
];

const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const MODES = [
  ['unthrottled', async () => {}],
  ['4× CPU', async (cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })],
  ['Slow 4G', async (cdp) => {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }],
];

const FIRST_DRAW = `(() => {
  const P = CanvasRenderingContext2D.prototype;
  for (const m of ['fill', 'fillRect', 'stroke', 'fillText', 'drawImage']) {
    const f = P[m];
    P[m] = function (...a) {
      if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
      return f.apply(this, a);
    };
  }
})();`;

async function firstDraw(browser, url, setup) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await setup(cdp);
    await page.addInitScript(FIRST_DRAW);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__firstDraw !== undefined, null, { timeout: 60_000, polling: 50 });
    return await page.evaluate(() => window.__firstDraw);
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

const { dir: ANCHOR, count } = buildAnchor(DIST);
const atlas = await serveGzip(DIST);
const anchor = await serveGzip(ANCHOR);
const browser = await launchBrowser();
const pages = [...PAGES.map(([name, hash]) => [name, atlas.url + hash]), ['ECharts treemap', anchor.url]];
const samples = Object.fromEntries(pages.map(([name]) => [name, Object.fromEntries(MODES.map(([m]) => [m, []]))]));
console.log(`== side by side with ECharts ${ECHARTS_VERSION} (${count} programmes; ${ROUNDS} rounds, ${pages.length} pages, ${MODES.length} modes)`);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...pages].reverse() : pages;
    for (const [mode, setup] of MODES) {
      for (const [name, url] of order) {
        samples[name][mode].push(await firstDraw(browser, url, setup).catch((e) => (console.error(`${name}, ${mode}: ${e.message}`), null)));
      }
    }
    process.stdout.write(`   round ${round + 1}/${ROUNDS}\n`);
  }
} finally {
  await browser.close();
  atlas.close();
  anchor.close();
}

const echarts = Object.fromEntries(MODES.map(([m]) => [m, median(samples['ECharts treemap'][m])]));
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
const lines = [
  `First canvas draw, ms from navigation start (median of ${ROUNDS}); ratio = Won Atlas ÷ ECharts in the same run.`,
  '',
  `| page | ${MODES.map(([m]) => `${m} ms | ratio`).join(' | ')} |`,
  `| --- | ${MODES.map(() => '---: | ---:').join(' | ')} |`,
];
const result = { rounds: ROUNDS, echartsVersion: ECHARTS_VERSION, medians: {}, ratios: {}, samples };
for (const [name] of pages) {
  const cells = MODES.map(([m]) => {
    const med = median(samples[name][m]);
    const ratio = med / echarts[m];
    (result.medians[name] ??= {})[m] = med;
    (result.ratios[name] ??= {})[m] = ratio;
    return `${fmt(med)} | ${name === 'ECharts treemap' ? '' : ratio.toFixed(2)}`;
  });
  lines.push(`| ${name} | ${cells.join(' | ')} |`);
}
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(path.join(OUT_DIR, 'compare.json'), JSON.stringify(result, null, 1));
fs.writeFileSync(path.join(OUT_DIR, 'compare.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
