// What the benchmark (bench/run.mjs) and its diagnostic scripts share, so a changed
// control or viewport is changed once: the page instrumentation, the controls that swap a
// view's whole scene, and a browser context set up as the benchmark measures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** bench/page.js, injected into every measured page before the app's scripts run. */
export const PAGE_JS = fs.readFileSync(path.join(ROOT, 'bench', 'page.js'), 'utf8');

/** Controls that swap the whole scene, per view: the benchmark alternates between the two. */
export const REDRAW_CONTROLS = {
  funding: ['section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(1)', 'section.funding .controls fieldset.toggle:first-of-type button:nth-of-type(2)'],
  regions: ['[data-testid=layout-map]', '[data-testid=layout-tiles]'],
  timeline: ['section.timeline .controls .toggle:not(.zoom) button:nth-of-type(1)', 'section.timeline .controls .toggle:not(.zoom) button:nth-of-type(2)'],
};

/** A fresh context at the benchmark's 1280×800 CSS px and devicePixelRatio 2, with page.js. */
export async function benchContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  await context.addInitScript({ content: PAGE_JS });
  return context;
}
