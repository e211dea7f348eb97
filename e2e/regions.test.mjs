// The regions view: the province map and tile grid on a canvas, operated by pointer and
// keyboard, with its tooltip, detail panel, list, legend and boundary note, and the
// selection it shares with the funding view. Names, regions, focus industries, places and
// programmes expected on screen come from the dataset (seedcheck json); positions are
// checked against geography (Seoul north of Busan, Jeju south of everything).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.mjs';
import { eventually } from './lib/browser.mjs';
import { screenshot } from './lib/screenshot.mjs';
import { shownQuote, squash } from './lib/text.mjs';

const app = useApp();

const canvas = (page) => page.locator('canvas[data-testid=regions-chart]');
const tooltip = (page) => page.locator('[data-testid=tooltip]');
const live = (page) => page.locator('[data-testid=live]');
const byName = (en) => app.ds.provinces.find((p) => p.name.en === en);

/** Provinces a programme concerns, as the dataset links them (regions, provinces, places). */
function provincesOf(ds, p) {
  const out = new Set();
  for (const r of p.regions) {
    if (ds.provinces.some((x) => x.id === r)) out.add(r);
    for (const x of ds.regions.find((g) => g.id === r)?.provinces ?? []) out.add(x);
  }
  for (const pl of ds.places.filter((pl) => p.places.includes(pl.id))) if (pl.province) out.add(pl.province);
  return [...out];
}
/** Programmes that concern a province. */
const programmesOf = (ds, id) => ds.programmes.filter((p) => p.regions.includes(id) || provincesOf(ds, p).includes(id));
const regionsOf = (ds, id) => ds.regions.filter((r) => r.provinces.includes(id));

/** Focus the map and step with ArrowRight through every item, recording what the tooltip
 * says and where it points. Returns [{ id, x, y, text }] in keyboard order. */
async function walk(page) {
  await canvas(page).focus();
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await eventually(async () => assert.equal(await tooltip(page).count(), 1));
    const id = await tooltip(page).getAttribute('data-id');
    if (seen.length && seen[seen.length - 1].id === id) break; // clamped at the end
    const [x, y] = (await tooltip(page).getAttribute('data-at')).split(',').map(Number);
    seen.push({ id, x, y, text: squash(await tooltip(page).innerText()), live: squash(await live(page).innerText()) });
    await page.keyboard.press('ArrowRight');
    await eventually(async () => {
      const now = await tooltip(page).getAttribute('data-id');
      assert.ok(now !== id || i === 39 || (await isLast(page, id)));
    });
  }
  return seen;
}
async function isLast(page, id) {
  // ArrowRight at the last item leaves the focus where it is.
  await page.waitForTimeout(50);
  return (await tooltip(page).getAttribute('data-id')) === id;
}

for (const [hashLayout, button] of [['map', 'layout-map'], ['tiles', 'layout-tiles']]) {
  test(`${hashLayout}: arrows visit every province north to south, then the places; Seoul is north of Busan, Jeju last`, async () => {
    await app.withPage(async ({ page }) => {
      await page.locator(`[data-testid=${button}]`).click();
      await eventually(async () => assert.equal(await page.locator('.map-wrap').getAttribute('data-layout'), hashLayout));
      const steps = await walk(page);
      const provinceIds = app.ds.provinces.map((p) => p.id);
      const provs = steps.filter((s) => provinceIds.includes(s.id));
      assert.deepEqual([...provs.map((s) => s.id)].sort(), [...provinceIds].sort(), 'every province once');
      // Provinces come first, then the places in Korea.
      assert.ok(steps.slice(0, provs.length).every((s) => provinceIds.includes(s.id)));
      const korean = app.ds.places.filter((p) => p.province).map((p) => p.id);
      assert.deepEqual(steps.slice(provs.length).map((s) => s.id).sort(), [...korean].sort());
      const at = (en) => provs.find((s) => s.id === byName(en).id);
      assert.ok(at('Seoul').y < at('Busan').y, 'Seoul is drawn north of Busan');
      assert.ok(at('Incheon').x < at('Gangwon State').x, 'Incheon is drawn west of Gangwon');
      assert.equal(provs[provs.length - 1].id, byName('Jeju').id, 'Jeju comes last');
      for (const s of provs) assert.ok(s.y <= at('Jeju').y, `${s.id} is not south of Jeju`);
      // The order runs north to south: the first half of the steps lies north of the second.
      const mean = (a) => a.reduce((t, s) => t + s.y, 0) / a.length;
      assert.ok(mean(provs.slice(0, 8)) < mean(provs.slice(9)));
      // The live region says the same as the tooltip, with the position.
      const first = app.ds.provinces.find((p) => p.id === provs[0].id);
      assert.ok(provs[0].live.startsWith(`${first.name.en} (${first.name.ko})`), provs[0].live);
      assert.match(provs[0].live, new RegExp(`1 of ${steps.length}\\.$`));
      // Home and End jump to the ends.
      await page.keyboard.press('Home');
      await eventually(async () => assert.equal(await tooltip(page).getAttribute('data-id'), provs[0].id));
    }, { hash: 'view=regions', viewport: { width: 1280, height: 900 } });
  });
}

test('hover Seoul: both names, its strategy and programmes; click opens its detail, the list follows', async () => {
  const seoul = byName('Seoul');
  await app.withPage(async ({ page }) => {
    // Find where Seoul is drawn by focusing it from the list's order, then point there.
    const steps = await walk(page);
    const s = steps.find((x) => x.id === seoul.id);
    await page.keyboard.press('Escape');
    await canvas(page).blur();
    const box = await canvas(page).boundingBox();
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + s.x, box.y + s.y);
    await eventually(async () => assert.equal(await tooltip(page).getAttribute('data-id'), seoul.id));
    const tip = squash(await tooltip(page).innerText());
    assert.ok(tip.includes(seoul.name.en) && tip.includes(seoul.name.ko), tip);
    for (const r of regionsOf(app.ds, seoul.id)) assert.ok(tip.includes(r.name.en), `tooltip names region ${r.id}`);
    for (const p of programmesOf(app.ds, seoul.id)) assert.ok(tip.includes(p.name.en), `tooltip names programme ${p.id}`);
    await page.mouse.click(box.x + s.x, box.y + s.y);
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), seoul.id));
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${seoul.id}`)));
    const text = squash(await detail.innerText());
    for (const r of regionsOf(app.ds, seoul.id)) assert.ok(text.includes(shownQuote(r.source.quote)), `detail cites ${r.id}`);
    for (const pl of app.ds.places.filter((pl) => pl.province === seoul.id)) assert.ok(text.includes(pl.name.en), `detail lists ${pl.id}`);
    const row = page.locator(`table[data-testid=province-list] tr[data-id="${seoul.id}"]`);
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    await screenshot(page, 'regions-map-seoul-selected-1280', { fullPage: false });
  }, { hash: 'view=regions', viewport: { width: 1280, height: 900 } });
});

test('keyboard Enter on a southwest province shows its focus industries; a programme button highlights its provinces', async () => {
  const southwest = app.ds.regions.find((r) => r.focus.length >= 2 && r.provinces.length >= 2);
  const target = app.ds.provinces.find((p) => southwest.provinces.includes(p.id) && programmesOf(app.ds, p.id).length > 0);
  assert.ok(target, 'a province of a multi-province region is named by some programme');
  await app.withPage(async ({ page }) => {
    await canvas(page).focus();
    for (let i = 0; i < 17; i++) {
      if ((await tooltip(page).getAttribute('data-id')) === target.id) break;
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await tooltip(page).getAttribute('data-id'), target.id);
    const tip = squash(await tooltip(page).innerText());
    for (const f of southwest.focus) assert.ok(tip.includes(f.en), `tooltip shows focus ${f.en}: ${tip}`);
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), target.id));
    // Select one of its programmes from the detail panel: the map highlights that
    // programme's provinces, and says so.
    const prog = programmesOf(app.ds, target.id)[0];
    await detail.locator(`li[data-id="${prog.id}"] button`).click();
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${prog.id}`)));
    const note = squash(await page.locator('[data-testid=highlight-note]').innerText());
    assert.ok(note.includes(prog.name.en), note);
    assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), prog.id);
    const drawn = (await canvas(page).getAttribute('data-highlighted')).split(' ').filter(Boolean).sort();
    assert.deepEqual(drawn, provincesOf(app.ds, prog).sort(), 'the map highlights the programme\'s provinces');
    await page.locator('[data-testid=highlight-note]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'regions-map-programme-highlight-1280', { fullPage: false });
    // The funding view, in turn, shows the same programme selected.
    await page.getByRole('tab', { name: 'Funding' }).click();
    await eventually(async () => assert.match(page.url(), /view=funding/));
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), prog.id));
  }, { hash: 'view=regions', viewport: { width: 1280, height: 900 } });
});

test('a place\'s detail panel: Space on its province button opens that province, whose facility button opens the place again', async () => {
  const pl = app.ds.places.find((x) => x.province);
  const prov = app.ds.provinces.find((p) => p.id === pl.province);
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    assert.equal(await detail.getAttribute('data-id'), pl.id);
    const button = detail.locator(`button[data-select="${prov.id}"]`);
    await button.focus();
    await page.keyboard.press('Space');
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), prov.id));
    await eventually(async () => assert.match(page.url(), new RegExp(`sel=${prov.id}`)));
    assert.equal(squash(await page.locator('#detail-h').innerText()), prov.name.en);
    await page.locator(`[data-testid=detail] li[data-id="${pl.id}"] button`).click();
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), pl.id));
  }, { hash: `view=regions&sel=${pl.id}` });
});

test('a permalink to a programme highlights it on the tile grid too; Escape clears', async () => {
  const prog = app.ds.programmes.find((p) => provincesOf(app.ds, p).length >= 2);
  await app.withPage(async ({ page }) => {
    assert.equal(await page.locator('.map-wrap').getAttribute('data-layout'), 'tiles', 'phones start with the tile grid');
    const note = squash(await page.locator('[data-testid=highlight-note]').innerText());
    assert.ok(note.includes(prog.name.en), note);
    const drawn = (await canvas(page).getAttribute('data-highlighted')).split(' ').filter(Boolean).sort();
    assert.deepEqual(drawn, provincesOf(app.ds, prog).sort());
    await page.locator('[data-testid=highlight-note]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'regions-tiles-programme-highlight-390', { fullPage: false });
    await canvas(page).focus();
    await page.keyboard.press('Escape');
    await eventually(async () => assert.doesNotMatch(page.url(), /sel=/));
    assert.equal(await page.locator('[data-testid=highlight-note]').count(), 0);
  }, { hash: `view=regions&sel=${prog.id}`, viewport: { width: 390, height: 844 } });
});

test('phone: every province in the tile grid answers the pointer at its cell; the small ones too', async () => {
  await app.withPage(async ({ page }) => {
    const steps = await walk(page);
    const box = await canvas(page).boundingBox();
    await page.keyboard.press('Escape');
    await canvas(page).blur();
    for (const en of ['Seoul', 'Sejong', 'Daejeon', 'Gwangju', 'Incheon']) {
      const p = byName(en);
      const s = steps.find((x) => x.id === p.id);
      // Anywhere within 12 px of the cell's centre is the province.
      for (const [dx, dy] of [[-11, -11], [11, 11], [0, 0]]) {
        await page.mouse.move(box.x + s.x + dx, box.y + s.y + dy);
        await eventually(async () => assert.equal(await tooltip(page).getAttribute('data-id'), p.id, `${en} at ${dx},${dy}`));
      }
    }
    await page.mouse.click(box.x + steps[0].x, box.y + steps[0].y);
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), steps[0].id));
  }, { hash: 'view=regions', viewport: { width: 390, height: 844 } });
});

test('legend, boundary note, list and places abroad carry the dataset', async () => {
  await app.withPage(async ({ page }) => {
    const legend = squash(await page.locator('[data-testid=map-legend]').innerText());
    for (const r of app.ds.regions) {
      assert.ok(legend.includes(r.name.en), `legend names ${r.id}`);
      for (const f of r.focus) assert.ok(legend.includes(f.en), `legend gives ${r.id}'s focus ${f.en}`);
    }
    const note = squash(await page.locator('[data-testid=boundary-note]').innerText());
    assert.match(note, new RegExp(`${app.ds.provinces.length} first-level divisions as of 2025`));
    for (const u of app.ds.updates.filter((u) => u.concerns.some((c) => app.ds.provinces.some((p) => p.id === c)))) {
      assert.ok(note.includes(squash(u.says.en)), `boundary note carries update ${u.id}`);
    }
    const rows = page.locator('table[data-testid=province-list] tbody tr');
    assert.equal(await rows.count(), app.ds.provinces.length);
    for (const p of app.ds.provinces) {
      const text = squash(await page.locator(`table[data-testid=province-list] tr[data-id="${p.id}"]`).innerText());
      assert.ok(text.includes(p.name.en) && text.includes(p.name.ko), text);
      for (const r of regionsOf(app.ds, p.id)) assert.ok(text.includes(r.name.en), `${p.id} row names ${r.id}`);
    }
    const abroad = squash(await page.locator('[data-testid=abroad]').innerText());
    for (const pl of app.ds.places.filter((pl) => !pl.province)) assert.ok(abroad.includes(pl.name.en), `abroad lists ${pl.id}`);
    // The text-alternative tables stay below.
    assert.equal(await page.locator('table[data-testid=region-table]').count(), 1);
  }, { hash: 'view=regions' });
});

test('Korean: the map speaks Korean, names first in Korean then English', async () => {
  const busan = byName('Busan');
  await app.withPage(async ({ page }) => {
    const steps = await walk(page);
    const s = steps.find((x) => x.id === busan.id);
    assert.ok(s.text.startsWith(busan.name.ko) && s.text.includes(busan.name.en), s.text);
    await screenshot(page, 'regions-map-ko-1280', { fullPage: false });
  }, { hash: 'view=regions&lang=ko', viewport: { width: 1280, height: 900 } });
});

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`regions screenshots at ${width}×${height}: map and tile grid, no sideways scrolling`, async () => {
    await app.withPage(async ({ page }) => {
      for (const layout of ['map', 'tiles']) {
        await page.locator(`[data-testid=layout-${layout}]`).click();
        await eventually(async () => assert.equal(await page.locator('.map-wrap').getAttribute('data-layout'), layout));
        await page.locator('section.regions').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await screenshot(page, `regions-${layout}-${width}`, { fullPage: false });
        await screenshot(page, `regions-${layout}-${width}-full`, { fullPage: true });
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(sideways, false);
      }
    }, { hash: 'view=regions', viewport: { width, height } });
  });
}

/** The capital-area inset as the view exposes it: its frame [x, y, w, h] in canvas px, and
 * where each province and marker drawn in it is pointed at there ({ id: [x, y] }). */
async function insetOf(page) {
  const wrap = page.locator('.map-wrap');
  const frame = (await wrap.getAttribute('data-inset')).split(',').map(Number);
  const at = Object.fromEntries(
    (await wrap.getAttribute('data-inset-at'))
      .split(' ')
      .filter(Boolean)
      .map((s) => {
        const [id, xy] = s.split('@');
        return [id, xy.split(',').map(Number)];
      }),
  );
  return { frame, at };
}

for (const [width, height] of [[1280, 900], [800, 900], [560, 900], [390, 844]]) {
  test(`geographic map at ${width}: in the capital-area inset, Seoul and Incheon each answer in a 24 px square; a click opens Seoul`, async () => {
    const seoul = byName('Seoul');
    const incheon = byName('Incheon');
    await app.withPage(async ({ page }) => {
      assert.equal(await page.locator('.map-wrap').getAttribute('data-layout'), 'map');
      const { frame, at } = await insetOf(page);
      const [fx, fy, fw, fh] = frame;
      // Bring the inset into the viewport (on a phone it sits below the map).
      await canvas(page).evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top + y - 60), fy);
      const box = await canvas(page).boundingBox();
      assert.ok(fx >= 0 && fy >= 0 && fx + fw <= box.width && fy + fh <= box.height, `inset ${frame} in the canvas ${box.width}×${box.height}`);
      assert.match(squash(await page.locator('[data-testid=legend-inset]').innerText()), /Seoul capital area/);
      const lab = app.ds.places.find((p) => p.province === seoul.id);
      assert.ok(at[lab.id], 'the lab in Seoul is drawn in the inset too');
      for (const p of [seoul, incheon]) {
        const [x, y] = at[p.id];
        assert.ok(x > fx && x < fx + fw && y > fy && y < fy + fh, `${p.name.en}'s target ${x},${y} is in the inset`);
        // Anywhere within 11 px of that point is the province.
        for (const [dx, dy] of [[0, 0], [-11, -11], [11, 11], [-11, 11], [11, -11]]) {
          await page.mouse.move(box.x + x + dx, box.y + y + dy);
          await eventually(async () => assert.equal(await tooltip(page).getAttribute('data-id'), p.id, `${p.name.en} at ${dx},${dy}`));
        }
        const tip = squash(await tooltip(page).innerText());
        assert.ok(tip.includes(p.name.en) && tip.includes(p.name.ko), tip);
        // The tooltip points into the inset, where the pointer is.
        const [tx, ty] = (await tooltip(page).getAttribute('data-at')).split(',').map(Number);
        assert.ok(tx > fx && tx < fx + fw && ty > fy && ty < fy + fh, `tooltip at ${tx},${ty}`);
      }
      await page.mouse.click(box.x + at[seoul.id][0], box.y + at[seoul.id][1]);
      await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), seoul.id));
      await eventually(async () => assert.match(page.url(), new RegExp(`sel=${seoul.id}`)));
      await canvas(page).evaluate((el, y) => window.scrollBy(0, el.getBoundingClientRect().top + y - 60), fy);
      await screenshot(page, `regions-inset-seoul-selected-${width}`, { fullPage: false });
    }, { hash: 'view=regions&map=geo', viewport: { width, height } });
  });
}

/** The regions chart's backing store as `w×h:hash` of every pixel (FNV-1a over RGBA). */
const pixels = (page) =>
  canvas(page).evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let h = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619) >>> 0;
    return `${c.width}×${c.height}:${h.toString(16)}`;
  });

test('the map keeps its base layer: a switch back, a cleared selection and a language round trip show the first draw’s pixels; a selection and Korean change them', async () => {
  await app.withPage(async ({ page }) => {
    const layout = (l) => eventually(async () => assert.equal(await page.locator('.map-wrap').getAttribute('data-layout'), l));
    const settled = async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      return pixels(page);
    };
    await layout('map');
    const first = await settled();
    const css = await canvas(page).evaluate((c) => c.getBoundingClientRect().width);
    assert.ok(first.startsWith(`${css * 2}×`), `the map is drawn at devicePixelRatio 2: ${first}, ${css} CSS px`);
    await page.locator('[data-testid=layout-tiles]').click();
    await layout('tiles');
    const tiles = await settled();
    assert.notEqual(tiles, first);
    await page.locator('[data-testid=layout-map]').click();
    await layout('map');
    assert.equal(await settled(), first, 'the map drawn again from its kept layer');
    // A selection draws its marks over the kept layer; clearing it leaves the layer alone.
    const seoul = byName('Seoul');
    await page.evaluate((id) => (location.hash = `view=regions&sel=${id}`), seoul.id);
    await eventually(async () => assert.equal(await page.locator('[data-testid=detail]').getAttribute('data-id'), seoul.id));
    const selected = await settled();
    assert.notEqual(selected, first);
    await page.evaluate(() => (location.hash = 'view=regions'));
    await eventually(async () => assert.equal(await settled(), first));
    // Korean labels are part of the layer: a new one, then the English one again.
    await page.evaluate(() => (location.hash = 'view=regions&lang=ko'));
    await eventually(async () => assert.equal(await page.locator('html').getAttribute('lang'), 'ko'));
    const ko = await settled();
    assert.notEqual(ko, first);
    await page.evaluate(() => (location.hash = 'view=regions'));
    await eventually(async () => assert.equal(await page.locator('html').getAttribute('lang'), 'en'));
    assert.equal(await settled(), first);
  }, { hash: 'view=regions', viewport: { width: 1280, height: 900 }, scale: 2 });
});

test('a province in two of the report’s groups shows the disagreement, with every claim, in its panel', async () => {
  const conflicts = app.ds.conflicts.filter((c) => c.about.some((id) => id.startsWith('KR-')));
  assert.ok(conflicts.length > 0, 'the dataset records a disagreement about a province');
  const id = conflicts[0].about.find((a) => a.startsWith('KR-'));
  await app.withPage(async ({ page }) => {
    const detail = page.locator('[data-testid=detail]');
    await eventually(async () => assert.equal(await detail.getAttribute('data-id'), id));
    const text = squash(await detail.innerText());
    for (const c of conflicts.filter((c) => c.about.includes(id))) {
      assert.ok(text.includes(c.title.en), `the panel names ${c.id}`);
      for (const claim of c.claims) assert.ok(text.includes(shownQuote(claim.source.quote)), `the panel cites ${claim.source.quote}`);
    }
  }, { hash: `view=regions&sel=${id}` });
});

test('a facility from a later report: its own legend entry, a panel that says so with the report\'s date and sources, and a table apart from the report\'s facilities', async () => {
  const later = app.ds.places.filter((p) => p.origin.kind === 'later_report');
  assert.ok(later.length > 0, 'the dataset has a place from a later report');
  const pl = later[0];
  const u = app.ds.updates.find((x) => x.id === pl.origin.update);
  assert.ok(u, `${pl.id} names an update that exists`);
  for (const [lang, viewport] of [['en', { width: 1280, height: 900 }], ['ko', { width: 390, height: 844 }]]) {
    await app.withPage(async ({ page }) => {
      const legend = page.locator('[data-testid=map-legend]');
      assert.equal(await legend.locator('.swatch.marker.later-place').count(), 1, 'a legend entry of its own');
      const detail = page.locator('[data-testid=detail]');
      await eventually(async () => assert.equal(await detail.getAttribute('data-id'), pl.id));
      const text = squash(await detail.innerText());
      assert.ok(text.includes(pl.name[lang]), `${lang}: the panel names ${pl.id}`);
      assert.equal(await detail.locator('[data-testid=later-place]').count(), 1, 'the "later report" label');
      assert.ok(text.includes(squash(u.says[lang])), `${lang}: the update's text`);
      for (const s of u.sources) assert.ok(text.includes(s), `${lang}: source ${s}`);
      // Dates as the app writes them: the year of every event is there.
      for (const e of u.events) assert.ok(text.includes(String(e.date.start.year)), `${lang}: the year of ${JSON.stringify(e.date)}`);
      // The report's facilities table leaves it out; the later-reports table lists it.
      assert.equal(await page.locator('table[data-testid=place-table]').count(), 1);
      assert.equal(await page.locator(`table[data-testid=place-table] tr[data-id="${pl.id}"]`).count(), 0);
      assert.equal(await page.locator(`table[data-testid=later-place-table] tr[data-id="${pl.id}"]`).count(), 1);
      // Its province's panel lists it apart from the report's facilities.
      await page.locator(`[data-testid=detail] button[data-select="${pl.province}"]`).first().click();
      await eventually(async () => assert.equal(await detail.getAttribute('data-id'), pl.province));
      assert.equal(await detail.locator(`li.later[data-id="${pl.id}"]`).count(), 1);
    }, { hash: `view=regions&sel=${pl.id}&lang=${lang}`, viewport });
  }
});
