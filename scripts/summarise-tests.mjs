// Adds up every suite of `npm test` into the one line CI reads: `N passed, M failed`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir)) {
  const path = join(dir, file);
  if (file.endsWith('.check')) {
    if (readFileSync(path, 'utf8').trim() === 'pass') passed++;
    else failed++;
  }
}
for (const suite of ['unit.json', 'server.json', 'e2e.json', 'firefox.json']) {
  const path = join(dir, suite);
  if (!existsSync(path)) {
    console.log(`${suite}: the suite did not run or crashed`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that fails to load has no tests but is still a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
}
if (skipped > 0) console.log(`(${skipped} skipped: see "skipped" lines above; tests over ../shared skip when it is absent)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
