// Without JavaScript: the built page shows the headline figures and a table of every
// programme with the amounts the report states and the phrases it states them in, all
// generated from the dataset at build time (scripts/postbuild.mjs runs
// `seedcheck noscript seeds`). The same in Korean is a static page of its own, ko.html
// (`seedcheck noscript-ko`), which index.html links to and does not carry. Every expected
// figure here comes from the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useApp, READY_SELECTOR } from './lib/app.mjs';
import { openPage } from './lib/browser.mjs';
import { DIST } from './lib/paths.mjs';
import { claimValue, claimRange, trillions, billions, plain, containsNumber, eok } from './lib/dataset.mjs';
import { squash } from './lib/text.mjs';

let page;
// One page with JavaScript off for every test; the app's browser closes it with itself.
const app = useApp(async ({ browser, url }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
});

test('without JavaScript the page shows the initiative name and the headline figures', async () => {
  const { name, total, usd, projects, ai_projects: ai, innovation_projects: inn } = app.ds.initiative;
  assert.equal(squash(await page.locator('noscript h1, .noscript h1').first().innerText()), name.en);
  const headline = squash(await page.locator('[data-testid=noscript-headline]').innerText());
  const [usdMin, usdMax] = claimRange(usd).map(billions);
  for (const n of [plain(trillions(claimValue(total))), plain(usdMin), plain(usdMax), projects, ai, inn]) {
    assert.ok(containsNumber(headline, n), `the headline "${headline}" lacks ${n}`);
  }
  assert.ok(headline.includes('₩') && headline.includes('$'), 'won and dollars are marked');
  // The app itself did not start: no view switcher, the noscript content is what shows.
  assert.equal(await page.locator('[role=tablist]').count(), 0);
  assert.ok(await page.locator('[data-testid=noscript-headline]').isVisible());
});

test('without JavaScript a table lists every programme with its stated amounts and sources', async () => {
  const rows = await page.locator('table[data-testid=noscript-programmes] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.dataset.id,
      name: tr.querySelector('th')?.textContent ?? '',
      cells: [...tr.cells].map((c) => c.innerText),
    })),
  );
  const programmes = app.ds.programmes;
  assert.equal(rows.length, programmes.length, 'one row per programme');
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of programmes) {
    const row = byId.get(p.id);
    assert.ok(row, `a row for ${p.id}`);
    assert.equal(squash(row.name), p.name.en, `row header of ${p.id}`);
    const text = squash(row.cells.join(' '));
    for (const claim of p.amounts) {
      assert.ok(text.includes(squash(claim.source.quote)), `${p.id}: the phrase "${claim.source.quote}"`);
      assert.ok(containsNumber(text, claim.source.line), `${p.id}: line ${claim.source.line}`);
      const a = claim.amount;
      if (a.kind !== 'stated') continue;
      const q = a.quantity;
      const values = q.kind === 'range' ? [q.min, q.max] : [q.value];
      for (const v of values) {
        const units = eok(v);
        const shown = units >= 10_000 ? trillions(units) : billions(units);
        assert.ok(containsNumber(text, plain(shown)), `${p.id}: the amount ${plain(shown)} (${JSON.stringify(v)})`);
      }
    }
  }
});

test('without JavaScript the source report is named', async () => {
  const { title, subtitle } = app.ds.report;
  const text = squash(await page.locator('.noscript').first().innerText());
  assert.ok(text.includes(title.en) && text.includes(subtitle.en), `"${text.slice(-200)}" names the report`);
});

/** A won amount of `units` 억 as Korean writes it: 5,300억 원, 16조 원, 1조 2,800억 원. */
function koWon(units) {
  const jo = Math.floor(units / 10_000);
  const rest = units % 10_000;
  const restText = rest ? `${rest.toLocaleString('en-US')}억` : '';
  return `${[jo ? `${jo}조` : '', restText].filter(Boolean).join(' ')} 원`;
}

/** The Korean text page beside index.html. */
const KOREAN_PAGE = 'ko.html';

/** Open `url` in a fresh page with JavaScript on or off, run `fn(page)`, then fail on any
 * console error (a style the Content Security Policy refuses is one), failed request or
 * HTTP error. */
async function withTextPage(url, { javaScript }, fn, viewport = { width: 1280, height: 800 }) {
  const p = javaScript
    ? await openPage(app.browser, { viewport })
    : await (async () => {
        const context = await app.browser.newContext({ javaScriptEnabled: false, viewport });
        const pg = await context.newPage();
        const problems = [];
        pg.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
        pg.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
        pg.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        return {
          page: pg,
          assertNoProblems: () => assert.deepEqual(problems, [], 'the page reported problems'),
          close: () => context.close(),
        };
      })();
  try {
    await p.page.goto(url, { waitUntil: 'load' });
    await fn(p.page);
    p.assertNoProblems();
  } finally {
    await p.close();
  }
}

/** The stylesheet is in force: the text block is as wide as styles/main.css makes it. */
async function styled(page) {
  const width = await page.locator('.noscript').evaluate((el) => getComputedStyle(el).maxWidth);
  assert.equal(width, '768px', 'the .noscript rule of styles/main.css applies (48rem)');
}

test('without JavaScript a link at the top of index.html leads to the Korean text page, and index.html carries no Korean section', async () => {
  const link = page.locator('[data-testid=noscript-to-ko]');
  assert.equal(squash(await link.innerText()), '한국어');
  assert.equal(await link.getAttribute('href'), KOREAN_PAGE);
  const first = await page.locator('.noscript a, .noscript section').first().getAttribute('data-testid');
  assert.equal(first, 'noscript-to-ko', 'the link comes before the section');
  assert.equal(await page.locator('section[lang=en][data-testid=noscript-en]').count(), 1);
  // As served: the first load every reader downloads has no Korean section.
  const html = await (await fetch(app.url)).text();
  assert.ok(!/<section\b[^>]*\blang=["']?ko/i.test(html), 'index.html has no <section lang="ko">');
  assert.ok(!html.includes('noscript-headline-ko') && !html.includes(app.ds.initiative.name.ko), 'index.html has no Korean headline or name');
  await link.click();
  await page.waitForURL((u) => u.pathname.endsWith(`/${KOREAN_PAGE}`));
  assert.equal(squash(await page.locator('h1').innerText()), app.ds.initiative.name.ko);
  await page.goBack({ waitUntil: 'load' });
});

for (const javaScript of [false, true]) {
  test(`the Korean text page says it is the text version, in Korean, styled and with no CSP error (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
    await withTextPage(new URL(KOREAN_PAGE, app.url).href, { javaScript }, async (ko) => {
      assert.equal(await ko.getAttribute('html', 'lang'), 'ko');
      const title = await ko.title();
      assert.ok(title.includes(app.ds.initiative.name.ko) && title.includes('텍스트 버전'), title);
      const description = await ko.locator('meta[name=description]').getAttribute('content');
      assert.ok(description.includes(app.ds.initiative.name.ko), description);
      const top = ko.locator('[data-testid=text-version]');
      assert.ok(squash(await top.innerText()).includes('텍스트 버전입니다'));
      assert.equal(await top.locator('a').getAttribute('href'), 'index.html#lang=ko');
      assert.equal(await ko.locator('script').count(), 0, 'the page has no script');
      const csp = await ko.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      assert.match(csp, /style-src 'self'/);
      await styled(ko);
      // Nothing from another origin.
      for (const u of await ko.evaluate(() => [...document.querySelectorAll('[href],[src]')].map((e) => e.href || e.src))) {
        assert.ok(u.startsWith(new URL(app.url).origin) || u.startsWith('data:'), `the page names ${u}`);
      }
      if (javaScript) {
        // The link opens the app in Korean.
        await top.locator('a').click();
        await ko.locator(READY_SELECTOR).first().waitFor({ state: 'visible' });
        assert.equal(await ko.getAttribute('html', 'lang'), 'ko');
      }
    });
  });
}

test('the Korean text page fits a phone: no sideways scrolling at 390 px, the table scrolls in its own box', async () => {
  await withTextPage(
    new URL(KOREAN_PAGE, app.url).href,
    { javaScript: false },
    async (ko) => {
      const { page, client } = await ko.evaluate(() => ({ page: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(page <= client, `the page is ${page} px wide in a ${client} px window`);
      const box = ko.locator('.scroller[role=region]:has(table[data-testid=noscript-programmes-ko])');
      assert.equal(await box.getAttribute('tabindex'), '0', 'the table box is reachable by keyboard');
    },
    { width: 390, height: 844 },
  );
});

test('the Korean text page opens from a file on disk with its styles', async () => {
  await withTextPage(pathToFileURL(path.join(DIST, KOREAN_PAGE)).href, { javaScript: false }, async (ko) => {
    await styled(ko);
    assert.equal(squash(await ko.locator('h1').innerText()), app.ds.initiative.name.ko);
  });
});

test('the Korean text page gives the headline and every programme in Korean, with 조/억 amounts and each quote followed by 번역', async () => {
  await withTextPage(new URL(KOREAN_PAGE, app.url).href, { javaScript: false }, async (page) => {
    const { projects, ai_projects: ai, innovation_projects: inn } = app.ds.initiative;
    const headline = squash(await page.locator('[data-testid=noscript-headline-ko]').innerText());
    assert.ok(headline.includes('국민성장펀드') && headline.includes('100조 원 이상'), headline);
    assert.ok(headline.includes('710억~740억 달러'), `the dollar range in Korean: ${headline}`);
    for (const n of [projects, ai, inn]) assert.ok(containsNumber(headline, n), `${headline} lacks ${n}`);
    const rows = await page.locator('table[data-testid=noscript-programmes-ko] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        // The row without its English quotes: what the Korean section writes itself.
        const own = tr.cloneNode(true);
        own.querySelectorAll('[lang=en]').forEach((e) => e.remove());
        return { id: tr.dataset.id, name: tr.querySelector('th')?.textContent ?? '', text: tr.innerText, own: own.textContent };
      }),
    );
    assert.equal(rows.length, app.ds.programmes.length, 'one row per programme');
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const p of app.ds.programmes) {
      const row = byId.get(p.id);
      assert.equal(squash(row.name), p.name.ko, `Korean name of ${p.id}`);
      const text = squash(row.text);
      for (const claim of p.amounts) {
        // The phrase verbatim in English, then its Korean rendering marked 번역.
        assert.ok(text.includes(squash(claim.source.quote)), `${p.id}: "${claim.source.quote}"`);
        assert.ok(text.includes(`번역: ${squash(claim.source.quote_ko)}`), `${p.id}: 번역 of "${claim.source.quote}"`);
        assert.ok(text.includes(`${claim.source.line}행`), `${p.id}: line ${claim.source.line}`);
        const a = claim.amount;
        if (a.kind !== 'stated') continue;
        const q = a.quantity;
        for (const v of (q.kind === 'range' ? [q.min, q.max] : [q.value]).filter((v) => v.currency === 'KRW')) {
          assert.ok(text.includes(koWon(eok(v))), `${p.id}: ${koWon(eok(v))} in "${text}"`);
        }
      }
    }
    const own = rows.map((r) => r.own).join(' ');
    assert.ok(!/₩|trillion|billion/.test(own), `amounts outside the English quotes are in 조/억: ${own.slice(0, 200)}`);
  });
});
