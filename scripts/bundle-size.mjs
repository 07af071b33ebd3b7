// Benchmark: the JavaScript each page entry loads before it can show anything (its <script> and
// <link rel="modulepreload"> files, gzip level 9), against the budgets. Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS = { 'police/index.html': 200, 'partner/index.html': 200, 'partner/status.html': 50 };

function firstScreenScripts(dist, html) {
  const source = readFileSync(path.join(dist, html), 'utf8');
  const files = new Set();
  for (const match of source.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)) files.add(match[1]);
  return [...files].map((file) => path.join(dist, file.replace(/^\//, '')));
}

let over = false;
for (const app of ['police', 'partner']) {
  const dist = path.join(root, 'apps', app, 'dist');
  if (!existsSync(dist)) {
    console.log(`${app}: not built (run npm run build)`);
    continue;
  }
  for (const html of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    const scripts = firstScreenScripts(dist, html);
    const gzip = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    const raw = scripts.reduce((sum, file) => sum + readFileSync(file).length, 0);
    const budget = BUDGETS[`${app}/${html}`];
    const kb = (bytes) => (bytes / 1024).toFixed(1);
    const verdict = budget ? (gzip / 1024 <= budget ? `within ${budget} KB` : `OVER ${budget} KB`) : 'no budget';
    if (budget && gzip / 1024 > budget) over = true;
    console.log(`${app}/${html}: ${kb(gzip)} KB gzip (${kb(raw)} KB raw, ${scripts.length} files) - ${verdict}`);
  }
}
if (over) process.exitCode = 1;
