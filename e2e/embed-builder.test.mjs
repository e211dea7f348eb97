// The Embed dialog's builder (src/ui/embed/builder.rs, a chunk fetched when the dialog
// opens): the editor's choices change the snippets and the live preview; every snippet
// has a title and only this site's addresses; the iframe carries its text fallback and a
// link to the full view; the AMP snippet has the shape amp-iframe needs; each view's
// default height covers its chart and summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useApp } from './lib/app.mjs';
import { DIST } from './lib/paths.mjs';
import { openPage, eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { axe, formatViolation } from './lib/axe.mjs';
import { withTrackedPage } from './lib/trust.mjs';

const app = useApp();

/** Opens the dialog and waits for the builder. */
async function openBuilder(page) {
  await page.locator('[aria-controls=embed-panel]').click();
  await page.getByTestId('embed-builder').waitFor({ state: 'visible', timeout: 15_000 });
}

const code = (page, id) => page.getByTestId(id).inputValue();

/** The snippet parsed as the browser parses HTML: elements and their attributes. */
async function parse(page, html) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const attrs = (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    return {
      elements: [...doc.body.querySelectorAll('*')].map((el) => ({ tag: el.localName, attrs: attrs(el), text: el.textContent })),
      urls: [...doc.body.querySelectorAll('[src], [href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href')),
    };
  }, html);
}

test('the builder is fetched when the dialog opens, not before', async () => {
  await app.withPage(async ({ page }) => {
    const asked = [];
    page.on('request', (r) => { if (/-embed\.wasm$/.test(r.url())) asked.push(r.url()); });
    await page.waitForTimeout(300);
    assert.deepEqual(asked, [], 'the builder was fetched before the dialog opened');
    await openBuilder(page);
    assert.equal(asked.length, 1);
  }, { hash: 'view=funding' });
});

test('choosing options changes the iframe, the AMP snippet and the preview', async () => {
  const p = app.ds.programmes.find((x) => x.id === 'talent') ?? app.ds.programmes[0];
  await app.withPage(async ({ page }) => {
    await openBuilder(page);
    const src = async (id) => (await parse(page, await code(page, id))).elements.find((e) => /iframe$/.test(e.tag)).attrs.src;
    let s = await src('embed-iframe');
    assert.match(s, /#view=funding&/);
    assert.match(s, new RegExp(`&sel=${p.id}(&|$)`), 'the selection is kept');
    assert.match(s, /&embed=1/);
    assert.equal(await page.getByTestId('embed-preview').getAttribute('src'), s, 'the preview shows the snippet\'s frame');

    await page.getByTestId('embed-sel').uncheck();
    await page.getByTestId('embed-view').selectOption('regions');
    await page.getByTestId('embed-lang').selectOption('ko');
    await page.getByTestId('embed-theme').selectOption('dark');
    await page.getByTestId('embed-accent').selectOption('teal');
    await eventually(async () => {
      s = await src('embed-iframe');
      for (const part of ['view=regions', 'lang=ko', 'theme=dark', 'accent=teal', 'embed=1']) assert.ok(s.split(/[#&]/).includes(part), `${part} in ${s}`);
      assert.doesNotMatch(s, /sel=/);
    });
    assert.equal(await src('embed-amp'), s, 'the AMP frame opens the same state');
    assert.equal(await page.getByTestId('embed-preview').getAttribute('src'), s);
    // Korean words in a Korean frame: the link under it, and the title is the summary the
    // preview shows for the chosen view, though the page shows another.
    assert.match(await code(page, 'embed-iframe'), /원 아틀라스에서 전체 보기/);
    const said = page.frameLocator('[data-testid=embed-preview]').locator('.chart-summary .summary-text').first();
    await eventually(async () => {
      const title = (await parse(page, await code(page, 'embed-iframe'))).elements.find((e) => e.tag === 'iframe').attrs.title;
      assert.equal(title, `원 아틀라스: ${await said.evaluate((e) => e.textContent)}`);
    });

    // Self-sizing: the script is offered and the AMP frame is resizable.
    assert.match(await code(page, 'embed-script'), /won-atlas-embed\.js/);
    assert.match(await code(page, 'embed-amp'), / resizable/);
    // A fixed height: written into both snippets, no script, no resizing.
    await page.getByTestId('embed-fixed').check();
    await page.getByTestId('embed-px').fill('520');
    // The preview reports a height while the box is being typed in, and the builder
    // renders again: what is typed stays, and Enter commits it.
    const preview = await (await page.getByTestId('embed-preview').elementHandle()).contentFrame();
    await preview.evaluate(() => parent.postMessage({ type: 'won-atlas:height', height: 777 }, '*'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.getByTestId('embed-px').inputValue(), '520', 'a render while typing keeps what is typed');
    await page.getByTestId('embed-px').press('Enter');
    await page.getByTestId('embed-px').blur();
    await eventually(async () => assert.match(await code(page, 'embed-iframe'), /height:520px/));
    assert.match(await code(page, 'embed-amp'), /height="520"/);
    assert.doesNotMatch(await code(page, 'embed-amp'), /resizable|overflow/);
    assert.equal(await page.getByTestId('embed-script').count(), 0);
    assert.match(await page.getByTestId('embed-preview').getAttribute('style'), /height:520px/);
    // The preview at a desktop's width (yew may render the click in a later task).
    await page.getByTestId('embed-desktop').click();
    await eventually(async () => assert.match(await page.getByTestId('embed-preview').getAttribute('style'), /width:1280px/));
  }, { hash: `view=funding&sel=${p.id}` });
});

test('each Copy button puts its own snippet on the clipboard and says so', async () => {
  await app.withPage(async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await openBuilder(page);
    for (const id of ['embed-iframe', 'embed-script', 'embed-amp']) {
      await page.getByTestId(`${id}-copy`).click();
      await eventually(async () => assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page, id), id));
      // The status sits beside the button pressed, and only there.
      const status = page.locator('.embed-snippet').filter({ has: page.getByTestId(id) }).getByRole('status');
      assert.match(await status.innerText(), /^Copied/);
      assert.equal(await page.locator('.embed-snippet [role=status]').count(), 1);
    }
  }, { hash: 'view=regions', fresh: true });
});

test('every snippet has a title, loads lazily where HTML allows, and names only this site', async () => {
  await app.withPage(async ({ page }) => {
    await openBuilder(page);
    const origin = new URL(app.url).origin;
    for (const id of ['embed-iframe', 'embed-script', 'embed-amp']) {
      const { elements, urls } = await parse(page, await code(page, id));
      assert.ok(urls.length > 0, id);
      for (const u of urls) assert.equal(new URL(u).origin, origin, `${id}: ${u}`);
      for (const frame of elements.filter((e) => /iframe$/.test(e.tag))) {
        assert.match(frame.attrs.title, /^Won Atlas: .{20,}/, `${id} title: ${frame.attrs.title}`);
        // AMP loads every amp-iframe lazily itself and takes no loading attribute.
        if (frame.tag === 'iframe') assert.equal(frame.attrs.loading, 'lazy');
      }
    }
    // The title is the chart's summary, as the line under the chart says it.
    const summary = (await page.locator('.chart-summary .summary-text').first().innerText()).trim();
    const { elements } = await parse(page, await code(page, 'embed-iframe'));
    assert.equal(elements.find((e) => e.tag === 'iframe').attrs.title, `Won Atlas: ${summary}`);
  }, { hash: 'view=timeline' });
});

test('the iframe carries a text fallback and a link to the full view', async () => {
  await app.withPage(async ({ page }) => {
    await openBuilder(page);
    const html = await code(page, 'embed-iframe');
    const { elements } = await parse(page, html);
    const frame = elements.find((e) => e.tag === 'iframe');
    // An HTML parser keeps an iframe's content as text: what a host without frames shows.
    assert.match(frame.text, /^Won Atlas: /);
    const inner = await parse(page, frame.text);
    const innerLink = inner.elements.find((e) => e.tag === 'a');
    assert.ok(innerLink, `a link inside the fallback: ${frame.text}`);
    const link = elements.find((e) => e.tag === 'a');
    assert.equal(link.attrs.href, innerLink.attrs.href);
    assert.match(link.text, /Open full view \(Economy\)/);
    assert.doesNotMatch(link.attrs.href, /embed=1/);
    assert.match(link.attrs.href, /#view=economy/);
    // The link opens the full app at that view.
    const p = await openPage(app.browser, { kept: 'app' });
    try {
      await p.page.goto(link.attrs.href);
      await p.page.locator('#tab-economy[aria-selected=true]').waitFor();
      assert.equal(await p.page.locator('.shell.embed').count(), 0);
      p.assertNoProblems();
    } finally {
      await p.close();
    }
  }, { hash: 'view=economy' });
});

test('the AMP snippet: amp-iframe, resizable, sandboxed, with its overflow button and a placeholder image on this site', async () => {
  await app.withPage(async ({ page }) => {
    await openBuilder(page);
    const { elements } = await parse(page, await code(page, 'embed-amp'));
    const [amp, ...inside] = elements;
    assert.equal(amp.tag, 'amp-iframe');
    assert.equal(amp.attrs.layout, 'fixed-height');
    assert.ok(Number(amp.attrs.height) >= 240);
    assert.ok('resizable' in amp.attrs);
    assert.equal(amp.attrs.sandbox, 'allow-scripts allow-same-origin allow-popups');
    assert.equal(amp.attrs.frameborder, '0');
    const overflow = inside.find((e) => 'overflow' in e.attrs);
    assert.equal(overflow.tag, 'div');
    assert.equal(overflow.attrs.tabindex, '0');
    assert.equal(overflow.attrs.role, 'button');
    assert.ok(overflow.attrs['aria-label'].length > 3);
    const img = inside.find((e) => e.tag === 'amp-img');
    assert.ok('placeholder' in img.attrs);
    assert.equal(img.attrs.layout, 'fill');
    const res = await page.request.get(img.attrs.src);
    assert.equal(res.status(), 200, img.attrs.src);
    assert.match(res.headers()['content-type'], /image\/svg\+xml/);
  }, { hash: 'view=regions' });
});

test('each view\'s default height covers its chart and summary at 1280 px', async () => {
  // A fresh page for each load: a link that differs only in its hash would not reload.
  const fresh = async (hash, fn) => {
    const p = await openPage(app.browser, { viewport: { width: 1280, height: 300 }, kept: 'app' });
    try {
      await p.page.goto(app.href(hash));
      await p.page.locator('html[data-complete]').waitFor({ state: 'attached' });
      const out = await fn(p.page);
      p.assertNoProblems();
      return out;
    } finally {
      await p.close();
    }
  };
  for (const hash of ['view=funding', 'view=funding&chart=split', 'view=regions', 'view=timeline', 'view=economy']) {
    // The chart, its summary and the footer with the full-view link.
    const need = await fresh(`${hash}&embed=1`, async (page) => {
      await page.waitForTimeout(200);
      return page.evaluate(() => {
        const bottom = (s) => Math.max(0, ...[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().bottom));
        return Math.ceil(bottom('.chart-summary') + document.querySelector('.embed-foot').getBoundingClientRect().height);
      });
    });
    const h = await fresh(hash, async (page) => {
      await openBuilder(page);
      return Number(/height="(\d+)"/.exec(await code(page, 'embed-iframe'))[1]);
    });
    assert.ok(h >= need, `${hash}: default ${h} px, the chart and summary need ${need} px`);
  }
});

for (const [hash, label] of [['view=funding&sel=talent', 'English'], ['view=regions&lang=ko&theme=dark', 'Korean, dark']]) {
  test(`axe: the open builder has no serious or critical violations (${label})`, async () => {
    await withTrackedPage(app, async ({ page }) => {
      await openBuilder(page);
      await page.getByTestId('embed-fixed').check();
      await page.getByTestId('embed-px').waitFor();
      // Each Copy button names the snippet it copies.
      const names = await page.locator('[data-testid$=-copy]').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      assert.equal(new Set(names).size, names.length, names.join(' | '));
      const found = (await axe(page, { context: '#embed-panel', tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }))
        .filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(found.map(formatViolation), []);
    }, { hash, axe: true });
  });
}

for (const [lang, width] of [['en', 390], ['en', 1280], ['ko', 390], ['ko', 1280]]) {
  test(`the dialog at ${width} px in ${lang === 'ko' ? 'Korean' : 'English'}`, async () => {
    await app.withPage(async ({ page }) => {
      await openBuilder(page);
      // The preview has reported its height and drawn.
      const frame = page.frameLocator('[data-testid=embed-preview]');
      await frame.locator('canvas.chart').first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(500);
      const panel = page.getByTestId('embed-panel');
      // Nothing sticks out of the screen sideways.
      const box = await panel.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width + 1, `the panel spans ${box.x}–${box.x + box.width}`);
      await screenshot(page, `embed-builder-${lang}-${width}`);
    }, { hash: `view=funding&lang=${lang}`, viewport: { width, height: 900 } });
  });
}

test('the offline file opens the builder without a preview (its policy forbids frames) and without an error', async () => {
  const p = await openPage(app.browser, { kept: 'app' });
  try {
    await p.page.goto(`${pathToFileURL(path.join(DIST, 'won-atlas.html')).href}#view=funding`);
    await p.page.locator('html[data-complete]').waitFor({ state: 'attached' });
    await openBuilder(p.page);
    assert.match(await code(p.page, 'embed-iframe'), /<iframe src="file:[^"]*#view=funding&amp;embed=1/);
    assert.equal(await p.page.getByTestId('embed-preview').count(), 0);
    p.assertNoProblems();
  } finally {
    await p.close();
  }
});
