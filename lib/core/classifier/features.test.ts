import { describe, expect, it } from 'vitest';
import { cosine, FeatureTrace, featuresOf } from './features';
import { phraseOf } from './reasons';
import { fnv1a } from './hash';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it.each([
    { text: 'Upload CRASHES on 4.12.0', tokens: ['upload', 'crash', 'on', '<num>', '<num>', '<num>'] },
    { text: 'crashed crashing crashes', tokens: ['crash', 'crash', 'crash'] },
    { text: "Können wir's testen? l’équipe", tokens: ['können', "wir's", 'testen', "l'équipe"] },
    { text: 'id 3f2a9c7e11b4d5a6 ok', tokens: ['id', '<id>', 'ok'] },
    { text: '→ arrows — dashes “quotes”', tokens: ['arrow', 'dash', 'quot'] },
  ])('$text', ({ text, tokens }) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('featuresOf', () => {
  it('hashes a word pair as the string "a b" (same numbers as the trained model)', () => {
    const vector = featuresOf([{ text: 'connection reset', weight: 1, field: 'body' }], { titleWeight: 1, bigrams: true, shape: false });
    expect(vector.has(fnv1a('connection reset', fnv1a('b:')))).toBe(true);
    expect(vector.size).toBe(3);
  });

  it('counts presence, not repetition, and keeps subject words apart', () => {
    const words = { titleWeight: 1, bigrams: false, shape: false };
    const once = featuresOf([{ text: 'error', weight: 1, field: 'body' }], words);
    const often = featuresOf([{ text: 'error error error error', weight: 1, field: 'body' }], words);
    expect(cosine(once, often)).toBeCloseTo(1, 6);
    const subject = featuresOf([{ text: 'error', weight: 1, field: 'title' }], words);
    expect(cosine(once, subject)).toBe(0);
  });

  it('names features as written for the reasons', () => {
    const trace = new FeatureTrace();
    featuresOf([{ text: 'Uploads FAIL nightly', weight: 1, field: 'body' }], undefined, trace);
    expect(phraseOf(trace.placeOf(fnv1a('upload fail', fnv1a('b:'))))).toBe('"uploads fail nightly"');
    expect(trace.placeOf(fnv1a('nightly', fnv1a('b:')))).toMatchObject({ part: 0, first: 2, last: 2 });
  });

  it('lines up words with their part when an earlier part is empty', () => {
    const trace = new FeatureTrace();
    featuresOf([{ text: '', weight: 1, field: 'title' }, { text: 'checksum mismatch', weight: 1, field: 'body' }], undefined, trace);
    expect(phraseOf(trace.placeOf(fnv1a('checksum', fnv1a('b:'))))).toBe('"checksum mismatch"');
  });
});
