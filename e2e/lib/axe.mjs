// axe-core, the accessibility engine, run inside a page (e2e/a11y.test.mjs):
//
//     const violations = await axe(page);
//     assert.deepEqual(violations.map(formatViolation), []);
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
let source;

/** Run axe on `page` (optionally limited to `context`, a selector) and return its
 * violations, tagged WCAG 2.1 A and AA by default. */
export async function axe(page, { context = 'html', tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } = {}) {
  source ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source });
  // resultTypes: axe lists every node only for violations (passes and the rest get one
  // node each), which is all this returns, in about two thirds of the time.
  const result = await page.evaluate(
    ([ctx, runOnly]) => window.axe.run(ctx, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] }),
    [context, tags],
  );
  return result.violations;
}

/** One line per violation: rule, impact, and the first few offending elements. */
export function formatViolation(v) {
  const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
  return `${v.id} (${v.impact}): ${v.help} — ${nodes}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`;
}
