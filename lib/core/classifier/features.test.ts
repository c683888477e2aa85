import { describe, expect, it } from 'vitest';
import { cosine, defaultFeatureConfig, FeatureTrace, featuresOf, withSubjectWeighted, type TextPart } from './features';
import { modelParts } from './message-text';
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

describe('withSubjectWeighted (what corrections store and the team model learns)', () => {
  const relay = modelParts('Re: Relay dropped the batch?', 'The relay dropped the nightly batch again.\n\n    at Relay.send (relay.js:12)', ['Which relay version?']);
  it.each<[string, TextPart[], number]>([
    ['subject words also in the body, a question mark, a code block and an earlier message, ×3', relay, 3],
    ['the same, ×2', relay, 2],
    ['factor 1 changes nothing', relay, 1],
    ['no subject', modelParts('', 'Upload fails with error 550 since the update.'), 3],
    ['only a subject', modelParts('Licence renewal quote', ''), 3],
    ['a 200 KB repetitive body', modelParts('Log attached', 'sftp upload failed: connection reset by peer\n'.repeat(5_000)), 3],
  ])('%s: the same as reading the text with that title weight', (_, parts, factor) => {
    const weighted = withSubjectWeighted(featuresOf(parts, defaultFeatureConfig), parts, defaultFeatureConfig, factor);
    const direct = featuresOf(parts, { ...defaultFeatureConfig, titleWeight: factor });
    expect([...weighted.keys()].sort()).toEqual([...direct.keys()].sort());
    for (const [hash, value] of direct) expect(weighted.get(hash)).toBeCloseTo(value, 12);
  });

  it('makes a subject word weigh `factor` times a body word', () => {
    const parts = modelParts('checksum', 'transfer aborted');
    const weighted = withSubjectWeighted(featuresOf(parts, defaultFeatureConfig), parts, defaultFeatureConfig, 3);
    const subject = [...featuresOf([parts[0]!]).keys()];
    const body = [...featuresOf([parts[1]!]).keys()];
    expect(weighted.get(subject[0]!)! / weighted.get(body[0]!)!).toBeCloseTo(3, 12);
  });
});
