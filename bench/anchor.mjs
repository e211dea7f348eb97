// The speed anchor: an ECharts page drawing the funding view's allocations (the first
// stated won amount of every programme, in trillion won, read from the build's
// won-atlas-dataset.json) as a treemap, the chart most dashboards would draw. It is
// assembled in target/bench/anchor/ around echarts.min.js from npm.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';
import { npmTool } from './npm-tool.mjs';

export const ECHARTS_VERSION = '6.1.0';

/** Writes the anchor page for the build in `dist`; returns { dir, count } (programmes drawn). */
export function buildAnchor(dist) {
  const lib = path.join(npmTool('echarts', ECHARTS_VERSION), 'dist', 'echarts.min.js');
  const dataset = JSON.parse(fs.readFileSync(path.join(dist, 'won-atlas-dataset.json'), 'utf8'));
  const data = [];
  for (const p of dataset.programmes) {
    const stated = p.amounts.find((a) => a.amount.kind === 'stated' && a.amount.quantity.value?.currency === 'KRW');
    if (!stated) continue;
    data.push({ name: p.name.en, value: stated.amount.quantity.value.eok / 10_000 });
  }
  if (data.length === 0) throw new Error('the dataset has no stated won amount to draw');
  const dir = path.join(ROOT, 'target', 'bench', 'anchor');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(lib, path.join(dir, 'echarts.min.js'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ECharts treemap of the same allocations</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="echarts.min.js"></script></head>
<body><h1>Korea AI initiative allocations (ECharts)</h1><div id="c" style="width:100%;height:600px"></div>
<script>
const data = ${JSON.stringify(data)};
const chart = echarts.init(document.getElementById('c'));
chart.setOption({ tooltip: {}, series: [{ type: 'treemap', data, label: { show: true } }] });
</script></body></html>
`,
  );
  return { dir, count: data.length };
}
