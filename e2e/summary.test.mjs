// The written summary of every chart ("What this chart shows"): present in both
// languages, its figures those of the dataset, the chart's accessible description, the
// SVG export's <desc>, the PNG export's description and the embed code's title. And the
// keyboard and control semantics around the charts: Enter moves the focus to the detail
// panel's heading, Escape brings it back, Escape closes a tooltip, the toggles' legends
// name their choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { useApp } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';

const app = useApp();

/** The summary under the chart, and the canvas's accessible description's ids. */
async function summary(page, view) {
  const line = page.locator('.chart-summary .summary-text');
  let text = '';
  await eventually(async () => {
    text = (await line.innerText()).trim();
    assert.ok(text.length > 40, `a summary for ${view}: "${text}"`);
  });
  const described = await page.locator(`canvas[data-testid=${view}-chart]`).getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes(`${view}-summary`), `the chart is described by its summary: ${described}`);
  return text;
}

/** The programmes the funding view draws or lists (the envelope, the fund, is neither). */
function programmes(ds) {
  return ds.programmes.filter((p) => p.category !== 'envelope');
}
const kinds = (p) => p.amounts.map((a) => a.amount.kind);
const placesAbroad = (ds) => ds.places.filter((p) => !p.province).length;

for (const lang of ['en', 'ko']) {
  const ko = lang === 'ko';
  test(`funding bars: the summary counts what is drawn and what is not, from the dataset (${lang})`, async () => {
    const all = programmes(app.ds);
    const unstated = all.filter((p) => !kinds(p).includes('stated') && !kinds(p).includes('in_core')).length;
    assert.ok(unstated > 0, 'the dataset has programmes with no stated amount');
    await app.withPage(async ({ page }) => {
      const s = await summary(page, 'funding');
      const drawn = Number((ko ? s.match(/프로그램 (\d+)개를/) : s.match(/bars of the (\d+) programmes/))?.[1]);
      const left = Number((ko ? s.match(/차트에 없는 프로그램 (\d+)개/) : s.match(/(\d+) programmes are not drawn/))?.[1]);
      assert.equal(drawn + left, all.length, `every programme is drawn or listed: ${s}`);
      assert.ok(s.includes(ko ? `금액 미기재 ${unstated}개` : `${unstated} have no stated amount`), s);
      const env = app.ds.programmes.find((p) => p.category === 'envelope');
      assert.ok(s.includes(ko ? env.name.ko : env.name.en), `names the fund: ${s}`);
      if (ko) {
        assert.match(s, /조 원/);
        assert.match(s, /니다\./);
        assert.doesNotMatch(s, /trillion|Ranked/);
      } else {
        assert.match(s, /trillion/);
      }
      // Floors are said in words, and no more programmes are drawn as floors or ranges
      // than the dataset has floors or ranges for.
      assert.match(s, ko ? /\(100조 원 이상\)|원 이상\)/ : /\(at least ₩/);
      const has = (kind) => all.filter((p) => p.amounts.some((a) => a.amount.quantity?.kind === kind)).length;
      const floors = Number((ko ? s.match(/‘이상’으로 적힌 금액 (\d+)개/) : s.match(/“At least” amounts \((\d+)\)/))?.[1] ?? 0);
      const ranges = Number((ko ? s.match(/범위로 적힌 금액 (\d+)개/) : s.match(/Ranges \((\d+)\)/))?.[1] ?? 0);
      assert.ok(floors <= has('at_least') && ranges <= has('range'), s);
      assert.ok(floors + ranges > 0 || has('at_least') + has('range') === 0, s);
      // Dollars and per year are summaries of their own.
      await page.getByRole('button', { name: ko ? '달러' : 'Dollars' }).click();
      let usd = '';
      await eventually(async () => {
        usd = (await page.locator('.chart-summary .summary-text').innerText()).trim();
        assert.notEqual(usd, s);
      });
      assert.match(usd, ko ? /달러/ : /\$/);
      await page.getByRole('button', { name: ko ? '연간' : 'Per year' }).click();
      await eventually(async () => {
        const yearly = (await page.locator('.chart-summary .summary-text').innerText()).trim();
        assert.ok(yearly !== usd && yearly.includes(ko ? '연간 금액이 있는' : 'an amount per year'), yearly);
      });
    }, { hash: `lang=${lang}` });
  });

  test(`funding split, regions (map and tiles), timeline and economy have summaries with the dataset's figures (${lang})`, async () => {
    const split = app.ds.updates.find((u) => u.split);
    await app.withPage(async ({ page }) => {
      const s = await summary(page, 'funding');
      assert.ok(split.split.parts.some((p) => s.includes(ko ? p.name.ko : p.name.en)), `names the industries: ${s}`);
      assert.ok(s.includes(ko ? `산업 ${split.split.parts.length}개` : `${split.split.parts.length} industries`), s);
    }, { hash: `chart=split&lang=${lang}` });
    for (const map of ['geo', 'tiles']) {
      await app.withPage(async ({ page }) => {
        const s = await summary(page, 'regions');
        const n = app.ds.provinces.length;
        assert.ok(s.includes(ko ? `${n}개 시·도` : `${n} provinces`), s);
        // The strategy's regions are those with a regional focus; the capital is shaded apart.
        const groups = app.ds.regions.filter((r) => r.focus.length > 0).length;
        assert.ok(s.includes(ko ? `권역 ${groups}개` : `the ${groups} regions`), s);
        assert.ok(s.includes(ko ? `국외 ${placesAbroad(app.ds)}곳` : `${placesAbroad(app.ds)} outside Korea`), s);
        assert.ok(map === 'geo' ? s.includes(ko ? '확대 지도' : 'inset') : s.includes(ko ? '타일' : 'Tile grid'), s);
      }, { hash: `view=regions&map=${map}&lang=${lang}` });
    }
    const all = app.ds.milestones.length + app.ds.updates.reduce((n, u) => n + u.events.length, 0);
    await app.withPage(async ({ page }) => {
      const s = await summary(page, 'timeline');
      assert.ok(s.includes(ko ? `${all}건` : `${all} milestones`), s);
      const range = (await page.locator('[data-testid=range]').innerText()).trim();
      assert.ok(s.includes(range), `says the range shown, ${range}: ${s}`);
      await page.getByRole('button', { name: ko ? '2050년까지' : 'To 2050' }).click();
      await eventually(async () => {
        const wide = (await page.locator('.chart-summary .summary-text').innerText()).trim();
        assert.ok(wide !== s && wide.includes('2050'), wide);
      });
    }, { hash: `view=timeline&lang=${lang}` });
    await app.withPage(async ({ page }) => {
      const s = await summary(page, 'economy');
      const gdp = app.ds.scenarios.map((x) => x.gdp);
      assert.ok(s.includes(ko ? `경제 수치 ${app.ds.figures.length}개` : `${app.ds.figures.length} economic figures`), s);
      assert.ok(s.includes(ko ? `시나리오 ${app.ds.scenarios.length}개` : `${app.ds.scenarios.length} Bank of Korea scenarios`), s);
      // Korean writes the unit once in a range (4.2~12.6%), English at both ends.
      assert.ok(ko ? s.includes(`${Math.min(...gdp)}~${Math.max(...gdp)}%`) : s.includes(`${Math.min(...gdp)}%`) && s.includes(`${Math.max(...gdp)}%`), s);
    }, { hash: `view=economy&lang=${lang}` });
  });
}

test('the SVG export carries the summary as <desc>, the PNG as its description, the embed code as its title', async () => {
  await app.withPage(async ({ page }) => {
    const s = await summary(page, 'regions');
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-svg]').click()]);
    const svg = await fs.readFile(await svgDl.path(), 'utf8');
    const desc = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('desc')?.textContent, svg);
    assert.equal(desc, s);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-png]').click()]);
    const png = await fs.readFile(await pngDl.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const at = png.indexOf('iTXtDescription');
    assert.ok(at > 0, 'the PNG has a description chunk');
    const len = png.readUInt32BE(at - 4);
    assert.equal(png.subarray(at + 4 + 'Description'.length + 5, at + 4 + len).toString('utf8'), s);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.locator('[data-testid=embed-iframe]').inputValue();
    const title = code.match(/title="([^"]*)"/)[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.equal(title, `Won Atlas: ${s}`);
  }, { hash: 'view=regions&map=tiles' });
});

test('Enter moves the focus to the detail panel heading, in view; Escape brings it back to the chart', async () => {
  await app.withPage(async ({ page }) => {
    const canvas = page.locator('canvas[data-testid=funding-chart]');
    await canvas.focus();
    await eventually(async () => assert.ok((await page.locator('[data-testid=live]').innerText()).trim().length > 0));
    const said = (await page.locator('[data-testid=live]').innerText()).trim();
    await page.keyboard.press('Enter');
    const heading = page.locator('[data-testid=detail] h3');
    await eventually(async () => {
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3');
      assert.ok(said.startsWith((await heading.innerText()).trim()), 'the focused item’s panel');
    });
    const inView = await heading.evaluate((h) => {
      const r = h.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the heading is scrolled into view');
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'funding-chart'));
    assert.equal((await page.locator('[data-testid=live]').innerText()).trim(), said, 'on the same item');
  }, { viewport: { width: 390, height: 700 } });
});

test('Escape closes a hover tooltip', async () => {
  await app.withPage(async ({ page }) => {
    const canvas = page.locator('canvas[data-testid=funding-chart]');
    const box = await canvas.boundingBox();
    const tip = page.locator('.tooltip');
    for (let y = box.y + 30; y < box.y + box.height && (await tip.count()) === 0; y += 12) {
      await page.mouse.move(box.x + box.width * 0.5, y);
    }
    await eventually(async () => assert.equal(await tip.count(), 1, 'hovering a bar shows its tooltip'));
    await page.keyboard.press('Escape');
    await eventually(async () => assert.equal(await tip.count(), 0));
  });
});

test('the toggles name their choice, in both languages, and the chart is a 차트 in Korean', async () => {
  for (const [lang, names, role] of [
    ['en', ['Chart type', 'Currency', 'Period'], 'chart'],
    ['ko', ['차트 종류', '통화', '기간'], '차트'],
  ]) {
    await app.withPage(async ({ page }) => {
      const legends = await page.locator('.controls fieldset.toggle legend').allTextContents();
      assert.deepEqual(legends.map((t) => t.trim()), names);
      assert.equal(await page.locator('canvas[data-testid=funding-chart]').getAttribute('aria-roledescription'), role);
    }, { hash: `lang=${lang}` });
  }
  await app.withPage(async ({ page }) => {
    for (const b of await page.locator('.zoom button').all()) {
      const visible = (await b.innerText()).trim();
      const name = (await b.getAttribute('aria-label')) ?? visible;
      assert.ok(name.includes(visible) && visible.length > 1, `“${visible}” is in its name “${name}”`);
    }
    // English quotes in Korean text are marked as English.
    await page.locator('canvas[data-testid=timeline-chart]').focus();
  }, { hash: 'view=timeline&lang=ko' });
  await app.withPage(async ({ page }) => {
    const quotes = page.locator('[data-testid=detail] .cite span[lang=en]');
    await eventually(async () => assert.ok((await quotes.count()) >= 2));
  }, { hash: 'lang=ko&sel=talent' });
});
