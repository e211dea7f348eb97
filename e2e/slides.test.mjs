// Slides that present: at 1920×1080 and 1280×720, every slide is its title (the page's
// h1), its takeaways and its chart, with nothing that scrolls and no control of the views;
// the title's type scales with the screen (at least 28 px at 1080p); a polite live region
// says each change; and the slide's QR code, read back from the screenshot's pixels
// (e2e/lib/qr.mjs: no QR reader is among the test dependencies), carries the link to the
// slide's view without the briefing. Titles and states come from the dataset (app.ds),
// never from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { squash, escapeRegExp } from './lib/text.mjs';
import { gridFromPixels, decodeGrid } from './lib/qr.mjs';

const app = useApp();

const SIZES = [[1920, 1080], [1280, 720]];

/** A slide's title in `lang`, its placeholders matching any text. */
function titlePattern(slide, lang = 'en') {
  return new RegExp('^' + slide.title[lang].split(/\{[^}]+\}/).map(escapeRegExp).join('.+') + '$');
}

/** The text of the QR code drawn at `locator`, read from a screenshot of it: the PNG is
 * decoded in a blank page (no app, no CSP) and each pixel judged dark or light. */
async function readQr(locator) {
  const png = await locator.screenshot();
  const { page, close } = await openPage(app.browser, { kept: 'blank' });
  try {
    const { width, height, dark } = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      let dark = '';
      for (let i = 0; i < px.length; i += 4) dark += 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2] < 128 ? '1' : '0';
      return { width: c.width, height: c.height, dark };
    }, png.toString('base64'));
    return decodeGrid(gridFromPixels((x, y) => dark[y * width + x] === '1', width, height));
  } finally {
    await close();
  }
}

/** The link a slide's QR code must carry: the page's address and the slide's state with
 * the language, and nothing of the briefing. */
function assertPermalink(text, slide, lang) {
  const url = new URL(text);
  assert.equal(url.origin + url.pathname, new URL(app.url).origin + new URL(app.url).pathname, 'the page itself');
  const got = new URLSearchParams(url.hash.replace(/^#/, ''));
  const want = new URLSearchParams(slide.state);
  want.set('lang', lang);
  const sorted = (p) => [...p.entries()].map((e) => e.join('=')).sort();
  assert.deepEqual(sorted(got), sorted(want), `${slide.id}: ${text}`);
}

/** Opens slide `n` at `w`×`h` in `lang` and waits for its title and drawn chart. */
async function openSlide(w, h, n, lang = 'en') {
  const p = await openPage(app.browser, { viewport: { width: w, height: h }, kept: 'app' });
  await p.page.goto(app.href(`slide=${n}&lang=${lang}`));
  await p.page.locator('[data-testid=slide-title]').waitFor({ state: 'visible' });
  await p.page.locator('canvas.chart').waitFor({ state: 'visible' });
  // The chart is drawn to fit once the slide's type and the chart area have settled.
  await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return p;
}

for (const [w, h] of SIZES) {
  test(`every slide presents at ${w}×${h}: h1, no scroll, no view control, the chart in the rest, a QR code of its link`, async () => {
    for (const [i, slide] of app.ds.slides.entries()) {
      const n = i + 1;
      const p = await openSlide(w, h, n);
      try {
        const { page } = p;
        await eventually(async () => {
          const m = await page.evaluate(() => ({
            sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight,
            vw: window.innerWidth, vh: window.innerHeight,
          }));
          assert.equal(m.sh, m.vh, `slide ${n}: document height ${m.sh} in a ${m.vh} px window`);
          assert.equal(m.sw, m.vw, `slide ${n}: document width ${m.sw} in a ${m.vw} px window`);
        });
        // The title is the page's one h1.
        const h1s = page.locator('h1');
        assert.equal(await h1s.count(), 1, `slide ${n}: one h1`);
        assert.match(squash(await h1s.innerText()), titlePattern(slide), `slide ${n}: the h1 is the slide's title`);
        const size = await h1s.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        const floor = 28 * Math.min(w / 1920, h / 1080);
        assert.ok(size >= floor, `slide ${n}: title ${size}px, at least ${floor}px`);
        for (const t of await page.locator('.takeaway').all()) {
          const s = await t.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
          assert.ok(s >= floor, `slide ${n}: takeaway ${s}px, at least ${floor}px`);
        }
        // Nothing on the slide changes the view: no visible button, field or toggle in it.
        const controls = await page.locator('main').evaluate((main) =>
          [...main.querySelectorAll('button, input, select, textarea, [role=switch], [role=radio], [aria-pressed]')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => el.outerHTML.slice(0, 80)));
        assert.deepEqual(controls, [], `slide ${n}: no control of the view`);
        assert.equal(await page.locator('main .controls').count(), 0, `slide ${n}: the view's controls are not rendered`);
        // The chart is whole on screen and takes the room left (at least a third of it).
        const box = await page.locator('canvas.chart').boundingBox();
        const foot = await page.locator('.slide-foot').boundingBox();
        assert.ok(box.y + box.height <= foot.y + 1, `slide ${n}: the chart ends above the footer`);
        assert.ok(box.x + box.width <= w, `slide ${n}: the chart within the width`);
        assert.ok(box.height >= h / 3 || box.width >= w * 0.8, `slide ${n}: chart ${Math.round(box.width)}×${Math.round(box.height)} fills the rest`);
        // The QR code reads back to the slide's own view.
        const qr = page.locator('[data-testid=slide-qr] svg');
        const q = await qr.boundingBox();
        assert.ok(q.y + q.height <= h && q.width >= 100, `slide ${n}: QR code ${q.width}px, on screen`);
        assertPermalink(await readQr(qr), slide, 'en');
        if (n <= 3) await screenshot(page, `slide-${n}-${w}-en`, { fullPage: false });
        p.assertNoProblems();
      } finally {
        await p.close();
      }
    }
  });
}

test('in Korean at 1920×1080 and 1280×720, slides fit too and the QR code links the Korean view', async () => {
  for (const [w, h] of SIZES) {
    for (const n of [1, 3, 5].filter((k) => k <= app.ds.slides.length)) {
      const slide = app.ds.slides[n - 1];
      const p = await openSlide(w, h, n, 'ko');
      try {
        const { page } = p;
        await eventually(async () => assert.match(squash(await page.locator('h1').innerText()), titlePattern(slide, 'ko')));
        await eventually(async () => {
          const sh = await page.evaluate(() => document.documentElement.scrollHeight);
          assert.equal(sh, h, `ko slide ${n}: document height ${sh}`);
        });
        assertPermalink(await readQr(page.locator('[data-testid=slide-qr] svg')), slide, 'ko');
        await screenshot(page, `slide-${n}-${w}-ko`, { fullPage: false });
        p.assertNoProblems();
      } finally {
        await p.close();
      }
    }
  }
});

test('a polite live region says each slide change; clicker keys still step', async () => {
  const slides = app.ds.slides;
  const p = await openSlide(1920, 1080, 1);
  try {
    const { page } = p;
    const live = page.locator('[data-testid=slide-live]');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    const says = async (n) => eventually(async () => {
      const text = squash(await live.innerText());
      const [head, ...rest] = text.split(': ');
      assert.equal(head, `Slide ${n} of ${slides.length}`);
      assert.match(rest.join(': '), titlePattern(slides[n - 1]));
    });
    await says(1);
    for (const [key, n] of [['PageDown', 2], ['Space', 3], ['ArrowRight', 4], ['PageUp', 3], ['ArrowLeft', 2], ['ArrowDown', 3], ['ArrowUp', 2]]) {
      await page.keyboard.press(key);
      await says(n);
      assert.match(squash(await page.locator('h1').innerText()), titlePattern(slides[n - 1]));
    }
    p.assertNoProblems();
  } finally {
    await p.close();
  }
});

test('the presenter window shows the slide and its QR code larger, reading to the same link', async () => {
  const p = await openPage(app.browser, { viewport: { width: 1280, height: 800 }, kept: 'app' });
  try {
    await p.page.goto(app.href('slide=2&presenter=1'));
    await p.page.locator('[data-testid=presenter]').waitFor();
    const qr = p.page.locator('[data-testid=presenter] [data-testid=slide-qr] svg');
    const box = await qr.boundingBox();
    assert.ok(box.width >= 250, `presenter QR code ${box.width}px`);
    assertPermalink(await readQr(qr), app.ds.slides[1], 'en');
    await screenshot(p.page, 'slide-presenter-1280', { fullPage: true });
    p.assertNoProblems();
  } finally {
    await p.close();
  }
});
