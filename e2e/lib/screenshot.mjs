// Screenshots go to target/e2e/screenshots/<run-id>/, one folder per run so a run never
// overwrites the pictures of the one before. scripts/test.sh sets E2E_RUN_ID (and prints
// it) so every test file of a run shares the folder; run alone, a file makes its own.
import fs from 'node:fs/promises';
import path from 'node:path';
import { E2E_OUT } from './paths.mjs';

export const RUN_ID =
  process.env.E2E_RUN_ID || new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

export const SCREENSHOT_DIR = path.join(E2E_OUT, 'screenshots', RUN_ID);

if (!process.env.E2E_RUN_ID) {
  console.log(`screenshots: ${path.relative(process.cwd(), SCREENSHOT_DIR) || SCREENSHOT_DIR}/`);
}

/**
 * Save a PNG of `page` as <SCREENSHOT_DIR>/<name>.png (full page unless told otherwise),
 * after web fonts have loaded and two frames have painted, so canvases drawn in an
 * effect are on it. Returns the file's path.
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
