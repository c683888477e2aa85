import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as selectors from './selectors';
import { OWN_FIXTURES, SHARED_FIXTURES, type FixtureName, type SelectorExpectations } from './selector-expectations';
import { loadPage, OWN_DIR, SHARED_DIR } from './test-support/fixture-pages';

/** Every `foo` selector string that has a `foo_` expectation list beside it. */
const catalogue = Object.entries(selectors)
  .filter(([name, value]) => typeof value === 'string' && `${name}_` in selectors)
  .map(([name, value]) => [name, value as string, (selectors as Record<string, unknown>)[`${name}_`] as SelectorExpectations] as const);

function countsIn(dir: string, fixtures: readonly string[], prefix: 'shared' | 'own'): Array<[FixtureName, Document]> {
  return fixtures.map((name) => [`${prefix}/${name}` as FixtureName, loadPage(dir, `${name}.html`)]);
}

function checkAll(pages: Array<[FixtureName, Document]>): void {
  const mismatches: string[] = [];
  for (const [name, selector, expected] of catalogue) {
    for (const [fixture, doc] of pages) {
      const actual = doc.querySelectorAll(selector).length;
      const wanted = expected[fixture] ?? 0;
      if (actual !== wanted) mismatches.push(`${name} in ${fixture}: ${actual} matches, expected ${wanted}`);
    }
  }
  expect(mismatches).toEqual([]);
}

describe('selector catalogue', () => {
  it('pairs every exported selector with an expectation list', () => {
    const selectorNames = Object.entries(selectors).filter(([name, value]) => typeof value === 'string' && !name.endsWith('_') && !/^[A-Z_]+$/.test(name));
    expect(selectorNames.map(([name]) => name).filter((name) => !(`${name}_` in selectors))).toEqual([]);
    expect(catalogue.length).toBeGreaterThanOrEqual(20);
  });

  it.each(catalogue.filter(([name]) => name !== 'fullscreenEditor'))('%s is expected somewhere', (_name, _selector, expected) => {
    expect(Object.values(expected).some((count) => (count ?? 0) > 0)).toBe(true);
  });
});

describe('selector expectations on the project fixtures', () => {
  it('match exactly in every page', () => checkAll(countsIn(OWN_DIR, OWN_FIXTURES, 'own')));
});

describe.skipIf(!existsSync(SHARED_DIR))('selector expectations on the shared fixtures (needs ../shared)', () => {
  it('match exactly in every page', () => checkAll(countsIn(SHARED_DIR, SHARED_FIXTURES, 'shared')));
});
