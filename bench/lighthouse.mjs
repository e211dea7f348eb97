#!/usr/bin/env node
// Lighthouse's performance audit of Won Atlas and of the ECharts anchor (bench/anchor.mjs),
// both served gzip-compressed as a static host serves them. Not a test: it measures and
// reports. scripts/bench.sh runs it last.
//
//     node bench/lighthouse.mjs [dist]      # default target/bench-dist
//
// Environment: LIGHTHOUSE_RUNS (default 3, at least 1), E2E_CHROMIUM (the browser).
//
// Lighthouse (LIGHTHOUSE_VERSION, the last release that runs on Node 20) is installed on
// first use into target/bench/npm/. It runs with its default mobile preset: a 412×823
// phone screen, simulated "Slow 4G" and 4× CPU slowdown. The figures are the medians of
// the performance score, total blocking time, largest contentful paint and cumulative
// layout shift; they go to target/bench/lighthouse.json and lighthouse.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM } from '../e2e/lib/browser.mjs';
import { buildAnchor } from './anchor.mjs';
import { ROOT } from './lib.mjs';
import { npmTool } from './npm-tool.mjs';
import { serveGzip } from './serve-gzip.mjs';

const LIGHTHOUSE_VERSION = '12.2.3';
const DIST = path.resolve(ROOT, process.argv[2] ?? 'target/bench-dist');
const OUT_DIR = path.join(ROOT, 'target', 'bench');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) | 0);

const cli = path.join(npmTool('lighthouse', LIGHTHOUSE_VERSION), 'cli', 'index.js');
const { dir: anchorDir } = buildAnchor(DIST);
const atlas = await serveGzip(DIST);
const anchor = await serveGzip(anchorDir);
const pages = [
  ['Won Atlas, default view', atlas.url],
  ['Won Atlas, Korean', `${atlas.url}#lang=ko`],
  ['ECharts treemap', anchor.url],
];

/** One Lighthouse run of `url`; resolves to its figures. Lighthouse runs as a child
 * process while this one keeps serving the pages, so the call must not block. */
async function audit(url) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'won-atlas-lh-')), 'report.json');
  await promisify(execFile)(
    process.execPath,
    [cli, url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 },
  );
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const num = (id) => r.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((r.categories.performance.score ?? NaN) * 100),
    tbt: num('total-blocking-time'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
  };
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

console.log(`== Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset (${RUNS} runs a page)`);
const samples = Object.fromEntries(pages.map(([name]) => [name, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of i % 2 ? [...pages].reverse() : pages) {
      try {
        samples[name].push(await audit(url));
      } catch (e) {
        console.error(`${name}: Lighthouse failed: ${e.message}`);
      }
    }
  }
} finally {
  atlas.close();
  anchor.close();
}

const lines = [
  `Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset (simulated Slow 4G, 4× CPU), served gzip-compressed; median of ${RUNS}.`,
  '',
  '| page | performance | total blocking time, ms | largest contentful paint, s | cumulative layout shift |',
  '| --- | ---: | ---: | ---: | ---: |',
];
const medians = {};
for (const [name] of pages) {
  const m = (k) => median(samples[name].map((s) => s[k]));
  medians[name] = { score: m('score'), tbt: m('tbt'), lcp: m('lcp'), cls: m('cls') };
  const x = medians[name];
  lines.push(`| ${name} | ${x.score} | ${x.tbt.toFixed(0)} | ${(x.lcp / 1000).toFixed(2)} | ${x.cls.toFixed(3)} |`);
}
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(path.join(OUT_DIR, 'lighthouse.json'), JSON.stringify({ version: LIGHTHOUSE_VERSION, runs: RUNS, medians, samples }, null, 1));
fs.writeFileSync(path.join(OUT_DIR, 'lighthouse.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
