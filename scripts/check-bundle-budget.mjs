// Fails when what Casebook injects into Gmail or Groups (content script JS + CSS) exceeds the
// budget of the sidebar issue: ≤ 50 KB minified, ≤ 20 KB gzip. Run after `wxt build`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budget = { minified: 50 * 1024, gzip: 20 * 1024 };

/** Sizes of each content script's injected files (JS + its CSS, inlined into the shadow root or not). */
export function contentScriptSizes(outDir) {
  const dir = join(outDir, 'content-scripts');
  if (!existsSync(dir)) throw new Error(`No build at ${outDir}: run npx wxt build`);
  const byScript = new Map();
  for (const file of readdirSync(dir)) {
    const name = file.replace(/\.(js|css)$/, '');
    const entry = byScript.get(name) ?? { name, minified: 0, gzip: 0, files: [] };
    const bytes = readFileSync(join(dir, file));
    entry.minified += bytes.length;
    entry.gzip += gzipSync(bytes, { level: 9 }).length;
    entry.files.push(file);
    byScript.set(name, entry);
  }
  return [...byScript.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = contentScriptSizes(resolve(import.meta.dirname, '../.output/chrome-mv3'));
  let over = false;
  for (const s of sizes) {
    const ok = s.minified <= budget.minified && s.gzip <= budget.gzip;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${s.name}: ${(s.minified / 1024).toFixed(1)} KB minified, ${(s.gzip / 1024).toFixed(1)} KB gzip (${s.files.join(', ')})`);
  }
  process.exit(over ? 1 : 0);
}
