// What Casebook injects into Gmail or Groups (content script JS + CSS), against two lines:
// - `budget`, the sidebar issue's target for what is injected into Gmail (≤ 50 KB minified,
//   ≤ 20 KB gzip), reported for both hosts;
// - `ceiling`, enforced: `npm test` fails past it, so every kilobyte added is a decision. Gmail's
//   was the budget itself until issue #14, Groups' (not in that budget) today's size plus a margin.
//   2026-12-05, a decision: docking into the host's layout (+1.1 KB) and the inbox-list chips
//   (+1.2 KB) must run in the page, so Gmail's ceiling is 54 KB minified and the 50 KB is
//   reported as not met; its 20 KB gzip still holds and stays enforced. Ways back, measured by the
//   #14 work: chips painted by the background with scripting (about −1.1 KB), the template
//   insertion code loaded on demand (about −4.3 KB, but the ≤ 16 ms insert budget is then at risk).
//   2026-12-05, later: insertion is injected on demand (entrypoints/*-insert.ts, fetched on the first
//   pointer or focus in the sidebar, so the click after it does not wait): gmail 53.6 → 49.6 KB,
//   groups 54.7 → 52.1 KB; then the setup notice, the focus shortcut and Escape in the sidebar took
//   them to 50.6 / 53.1 KB. Ceilings lowered to just above that.
//   2026-12-05, later still: the inbox-list chip painter is injected on demand too
//   (entrypoints/*-chips.ts, asked for by the first list answer with a chip): gmail 52,088 →
//   51,184 B with the painter grown by its frame-by-frame writing (2.3 KB injected when needed),
//   groups 54,701 → 53,955 B. Gmail's ceiling is the 50 KB again.
//   2026-12-05, chips14: groups.js lost the fixture counts three body selectors carried
//   (−1,332 B; now refused below) and the Collaborative Inbox wording, done by the background
//   (SidebarState.hostHints, −519 B): 53,955 → 52,104 B, ceiling 53.5 → 51 KB. Still over the
//   issue's 50 KB; what is left there is the thread reading itself (selectors, route, plain text).
// Run after `wxt build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budget = { minified: 50 * 1024, gzip: 20 * 1024 };
export const ceilings = { gmail: { minified: 50 * 1024, gzip: 20 * 1024 }, groups: { minified: 51 * 1024, gzip: 20 * 1024 } };

/**
 * Code that must not be injected with the content scripts: the background validates every message both ways, so
 * the page needs no Zod; content scripts use the browser's own promise APIs, not the polyfill.
 * Each is recognised by a string that survives minification. (preact/hooks is refused earlier,
 * by the build itself: see wxt.config.ts.)
 */
export const forbidden = [
  { name: 'zod', marker: '._zod' },
  { name: 'webextension-polyfill', marker: 'This script should only be loaded in a browser extension' },
  // Replaced in content scripts by lib/content/page-context.ts (aliased in wxt.config.ts).
  { name: "WXT's ContentScriptContext", marker: 'wxt:content-script-started' },
  // "Report this page" is injected on demand by the background (entrypoints/report-page.ts).
  { name: 'the page report', marker: 'Casebook page report' },
  // So is the inbox list's chip painter (entrypoints/gmail-chips.ts, groups-chips.ts).
  { name: 'the chip painter', marker: 'data-casebook-chip' },
  // Selectors' fixture counts are for selectors.test.ts only: a list of selector objects (not
  // their `.css`) keeps them in the bundle (1.3 KB in groups.js until 2026-12-05).
  { name: 'fixture counts of selectors (Groups)', marker: '"shared:' },
  { name: 'fixture counts of selectors (Gmail)', marker: '"own/demo-mailbox"' },
];

/** Forbidden libraries found in a content script's JS. */
export function forbiddenLibraries(js) {
  return forbidden.filter(({ marker }) => js.includes(marker)).map(({ name }) => name);
}

/** Sizes of each content script's injected files (JS + its CSS). */
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
    if (file.endsWith('.js')) entry.forbidden = forbiddenLibraries(bytes.toString('utf8'));
    byScript.set(name, entry);
  }
  return [...byScript.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let over = false;
  for (const s of contentScriptSizes(resolve(import.meta.dirname, '../.output/chrome-mv3'))) {
    const ceiling = ceilings[s.name];
    if (!ceiling) throw new Error(`No size ceiling for the content script ${s.name}: add one to scripts/check-bundle-budget.mjs`);
    const underCeiling = s.minified <= ceiling.minified && s.gzip <= ceiling.gzip && s.forbidden.length === 0;
    for (const name of s.forbidden) console.log(`OVER ${s.name}: contains ${name}, which must not be injected into the page`);
    const underBudget = s.minified <= budget.minified && s.gzip <= budget.gzip;
    over ||= !underCeiling;
    console.log(
      `${underCeiling ? 'ok  ' : 'OVER'} ${s.name}: ${kb(s.minified)} minified, ${kb(s.gzip)} gzip ` +
        `(ceiling ${kb(ceiling.minified)} / ${kb(ceiling.gzip)}; issue budget ${kb(budget.minified)} / ${kb(budget.gzip)}: ${underBudget ? 'met' : 'not met'})`,
    );
  }
  process.exit(over ? 1 : 0);
}
