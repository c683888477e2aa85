import { afterAll, describe, expect, it } from 'vitest';
import * as selectors from './selectors';
import type { GroupsSelector } from './selectors';
import { loadPage, ownFixtures, pageKeys, sharedFixtures, type FixtureSet, type LoadedPage } from './test-support/fixture-pages';

const all = Object.entries(selectors).filter((entry): entry is [string, GroupsSelector] => typeof entry[1] === 'object');

describe.each<[string, FixtureSet]>([
  ['own fixtures (test/fixtures/groups)', ownFixtures],
  ['shared fixtures (needs ../shared)', sharedFixtures],
])('selector expectations over %s', (_name, set) => {
  const pages = set.available ? pageKeys(set) : [];
  const cases = all.flatMap(([name, selector]) =>
    Object.entries(selector.expect)
      .filter(([key]) => key.startsWith(`${set.name}:`))
      .map(([key, count]) => ({ name, key, css: selector.css, count })),
  );

  // Each page is parsed once and shared by the selectors that expect something of it.
  const loaded = new Map<string, LoadedPage>();
  const open = (key: string): LoadedPage => {
    const page = pages.find(([k]) => k === key);
    if (page === undefined) throw new Error(`no fixture page ${key} in ${set.dir}index.json`);
    const [, file, url, path] = page;
    const doc = loaded.get(key) ?? loadPage(set, file, url, path);
    loaded.set(key, doc);
    return doc;
  };
  afterAll(async () => {
    await Promise.all([...loaded.values()].map((page) => page.close()));
  });

  it.skipIf(!set.available).each(cases)('$name matches $count on $key', ({ key, css, count }) => {
    expect(open(key).doc.querySelectorAll(css).length).toBe(count);
  });
});

describe('selector registry', () => {
  it.each(all)('%s has expectations on both fixture sets', (_name, selector) => {
    const sets = new Set(Object.keys(selector.expect).map((key) => key.split(':')[0]));
    expect([...sets].sort()).toEqual(['own', 'shared']);
  });

  it.each(all)('%s never selects fixture machinery (data-fx-*)', (_name, selector) => {
    expect(selector.css).not.toMatch(/data-fx-|#fx-/);
  });
});
