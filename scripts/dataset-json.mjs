// Trunk post-build hook: writes the whole validated dataset as JSON beside the app
// (won-atlas-dataset.json), for the "Dataset (JSON)" export. It is not loaded by the
// page, so it costs nothing on first load.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nativeEnv } from './native-env.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('dataset-json: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const json = execFileSync('cargo', ['run', '-q', '-p', 'seedcheck', '--', 'json', 'seeds'], {
  env: nativeEnv(),
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
JSON.parse(json); // refuse to ship anything that is not JSON
fs.writeFileSync(path.join(staging, 'won-atlas-dataset.json'), json);
