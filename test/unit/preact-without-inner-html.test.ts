import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { preactWithoutInnerHtml } from '../../scripts/preact-without-inner-html';

const preactPath = createRequire(import.meta.url).resolve('preact').replace(/preact\.js$|preact\.umd\.js$/, 'preact.mjs');
const transform = (code: string, id: string): unknown => (preactWithoutInnerHtml().transform as (code: string, id: string) => unknown)(code, id);

describe('preactWithoutInnerHtml (build plugin)', () => {
  it("turns the installed Preact's one innerHTML assignment into a throw", () => {
    const code = readFileSync(preactPath, 'utf8');
    expect(code.split('.innerHTML=').length - 1).toBe(1);
    const out = transform(code, preactPath) as { code: string };
    expect(out.code).not.toContain('.innerHTML=');
    expect(out.code).toContain('throw Error("no innerHTML")');
  });

  it('fails the build when Preact has no sink or more than one (an upgrade moved it)', () => {
    expect(() => transform('export const x = 1;', preactPath)).toThrow(/found 0/);
    expect(() => transform('(a.innerHTML=b.__html);(c.innerHTML=d.__html)', preactPath)).toThrow(/found 2/);
  });

  it('leaves every other module alone', () => {
    expect(transform('(a.innerHTML=b.__html)', '/x/node_modules/other/index.js')).toBeNull();
  });
});
