import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../lib/db/database';

// The codebase's own rules, checked on every run (in the spirit of refined-github's
// build/features.test.ts): what review alone would let slip.
const root = join(import.meta.dirname, '../..');
const sourceDirs = ['lib', 'components', 'entrypoints'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const sources = sourceDirs.flatMap((dir) => files(join(root, dir))).filter((f) => /\.(ts|tsx)$/.test(f));
const rel = (f: string): string => relative(root, f);

describe('conventions', () => {
  it('file and folder names are kebab-case (a newcomer guesses them)', () => {
    const bad = sources.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*$/.test(basename(f))).map(rel);
    expect(bad).toEqual([]);
  });

  it('no HTML string reaches a DOM (Gmail enforces Trusted Types; mail is untrusted)', () => {
    const sink = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/;
    const bad = sources.filter((f) => !/\.test\.ts$|test-support/.test(f) && sink.test(readFileSync(f, 'utf8'))).map(rel);
    expect(bad).toEqual([]);
  });

  it('lib/core and lib/model take time, randomness and the page as arguments', () => {
    const impure = /\bDate\.now\(|\bnew Date\(\)|\bMath\.random\(|\b(document|window|chrome|browser|localStorage|indexedDB)\.[A-Za-z_]/;
    const pure = sources.filter((f) => /[/\\]lib[/\\](core|model)[/\\]/.test(f) && !/\.test\.ts$|test-support/.test(f));
    expect(pure.length).toBeGreaterThan(50);
    expect(pure.filter((f) => impure.test(readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });

  it('each host keeps its DOM knowledge in one dated selectors file, tested against fixtures', () => {
    for (const host of ['gmail', 'groups']) {
      const dir = join(root, 'lib/hosts', host);
      const names = readdirSync(dir);
      expect(names).toEqual(expect.arrayContaining(['selectors.ts', 'selectors.test.ts', 'route.ts', 'route.test.ts', 'index.ts']));
      expect(readFileSync(join(dir, 'selectors.ts'), 'utf8')).toMatch(/20\d\d-\d\d/);
    }
  });

  it('every database version with an upgrade names it, and the migration tests use it', () => {
    const tests = readFileSync(join(root, 'lib/db/migrations.test.ts'), 'utf8');
    for (const version of SCHEMA_VERSIONS.filter((v) => v.upgrade)) {
      const name = version.upgrade!.name;
      expect(name, `v${version.version} upgrade must be a named function`).not.toBe('');
      expect(tests).toContain(name);
    }
  });
});
