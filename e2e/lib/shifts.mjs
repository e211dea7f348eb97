// Layout shifts, recorded from before a page's own scripts run (e2e/first-screen.test.mjs,
// e2e/embed-host.test.mjs):
//
//     await recordShifts(page);            // once, before the page loads
//     const { sum, moved } = await shiftsOf(page);

/** Sums every layout shift of the page's documents that input did not cause into
 * `window.__shifts.sum`, and names each element that moved (with how far) in `moved`. */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = { sum: 0, moved: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shifts.sum += e.value;
        for (const s of e.sources || []) {
          const n = s.node;
          const name = n ? `${n.nodeName}${n.id ? '#' + n.id : ''}${n.className ? '.' + String(n.className).split(' ').join('.') : ''}` : '?';
          window.__shifts.moved.push(`${name} ${e.value.toFixed(4)} (${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)})`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** What `recordShifts` has recorded in the page's current document: { sum, moved }. */
export const shiftsOf = (page) => page.evaluate(() => window.__shifts);
