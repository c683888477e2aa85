// Which sources the injected content scripts' bytes come from: builds once with source maps
// (CASEBOOK_SOURCEMAP=1; the maps are deleted afterwards) and attributes every minified byte to the
// source that produced it. `node scripts/bundle-breakdown.mjs [--top N]`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const root = resolve(import.meta.dirname, '..');
const topArg = process.argv.indexOf('--top');
const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 40;

execFileSync('npx', ['wxt', 'build', '--mode', 'production'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, CASEBOOK_SOURCEMAP: '1' },
});

const dir = join(root, '.output', 'chrome-mv3', 'content-scripts');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(dir, file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')));
  rmSync(join(dir, `${file}.map`));
  const lines = code.split('\n');
  const bytes = new Map();
  let unmapped = 0;
  // Each mapping covers the bytes from its column to the next mapping's.
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : (lines[m.generatedLine - 1] ?? '').length;
    const n = Buffer.byteLength((lines[m.generatedLine - 1] ?? '').slice(m.generatedColumn, end));
    if (!m.source) unmapped += n;
    else {
      const name = relative(root, resolve(dir, m.source)).replace(process.env.BY_FILE ? /^$/ : /^node_modules\/([^/]+)\/.*/, 'node_modules/$1');
      bytes.set(name, (bytes.get(name) ?? 0) + n);
    }
  }
  const total = Buffer.byteLength(code);
  console.log(`\n${file}: ${total} B (unmapped ${unmapped} B)`);
  for (const [name, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(n).padStart(7)}  ${name}`);
  }
}
