// Benchmark-only npm packages (ECharts, Lighthouse), installed on first use into
// target/bench/npm/<name>/ rather than into the project's node_modules, so that setup and
// the test suite never download them. The first use needs the npm registry.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './lib.mjs';

/** The folder of package `name` at exactly `version`, installing it when missing. */
export function npmTool(name, version) {
  const prefix = path.join(ROOT, 'target', 'bench', 'npm', name);
  const dir = path.join(prefix, 'node_modules', name);
  let installed = null;
  try {
    installed = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    /* not installed yet */
  }
  if (installed !== version) {
    console.log(`== installing ${name}@${version} into ${path.relative(ROOT, prefix)} (npm install)`);
    fs.mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `${name}@${version}`], { stdio: 'inherit' });
  }
  return dir;
}
