import { describe, expect, it } from 'vitest';
import { fitToBudget, formEncodedLength, utf8ByteLength, type ShortenablePart } from './fit-to-budget';

describe('formEncodedLength', () => {
  it.each([
    ['plain ASCII', 'Upload fails with 550'],
    ['reserved characters', "C++ #123 & 100% ~ ! ' ( ) * - . _ / : ; = ? @ [ ]"],
    ['line breaks and tabs', 'a\r\nb\tc'],
    ['accents', 'Übertragung größer'],
    ['CJK', '上传失败'],
    ['emoji and RTL', '🚀😞 مرحبا'],
    ['lone surrogate', 'x\uD800y'],
  ])('%s matches URLSearchParams', (_title, text) => {
    expect(formEncodedLength(text)).toBe(new URLSearchParams([['x', text]]).toString().length - 2);
  });
});

describe('utf8ByteLength', () => {
  it.each([['abc', 3], ['ü', 2], ['上', 3], ['🚀', 4], ['', 0]])('%j → %i', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });
});

describe('fitToBudget', () => {
  const render = (parts: readonly ShortenablePart[], shortened: readonly string[]): string =>
    `https://t.example/newticket?${new URLSearchParams([['description', parts.map((part) => part.text).join('|')], ['note', shortened.join(',')]]).toString()}`;

  it('leaves parts alone when they fit', () => {
    const fitted = fitToBudget([{ name: 'problem', text: 'short', style: 'head' }], render, 500);
    expect(fitted).toMatchObject({ shortened: [] });
    expect(fitted.url).toContain('description=short');
  });

  it('cuts the longest part first, down to the size of the next one if needed', () => {
    const parts: ShortenablePart[] = [
      { name: 'problem', text: 'p'.repeat(3000), style: 'head' },
      { name: 'server log', text: 'l'.repeat(800), style: 'head-and-tail' },
    ];
    const fitted = fitToBudget(parts, render, 2000);
    expect(fitted.bytes).toBeLessThanOrEqual(2000);
    expect(fitted.shortened).toEqual(['problem']);
    expect(fitted.url).toContain('l'.repeat(800));
  });

  it('shares the cut between parts of similar length', () => {
    const parts: ShortenablePart[] = [
      { name: 'problem', text: 'p '.repeat(1500), style: 'head' },
      { name: 'server log', text: 'l\n'.repeat(1400), style: 'head-and-tail' },
    ];
    const fitted = fitToBudget(parts, render, 3000);
    expect(fitted.bytes).toBeLessThanOrEqual(3000);
    expect(fitted.shortened).toEqual(['problem', 'server log']);
  });
});
