import { describe, expect, it } from 'vitest';
import { ClassifierCorrection } from '../../model/classification';
import { classifyText, correctionForText, type TextMessage } from './classify';
import { addCorrection, buildCorrectionIndex, emptyCorrectionIndex, storedFeatures } from './corrections';
import { featuresOf } from './features';
import { readShippedModel } from './read-model-file';
import * as mail from './samples';
import { context } from './test-support';

const FROM = 'tom@customer.example';
// A mail about adding users, which this team treats as licensing (more users, more seats).
const SEATS: TextMessage = {
  subject: 'Adding web client users',
  body: 'Hello,\n\nWe want to give 40 more colleagues access to the web client. What do we need to do to add them?\n\nThanks,\nNora',
  from: FROM,
};
const SEATS_AGAIN: TextMessage = { ...SEATS, body: SEATS.body.replace('40', '25').replace('Nora', 'Nora Ali') };
const SEATS_SIMILAR: TextMessage = {
  subject: 'More web client users',
  body: 'Hi,\n\nWe would like to give 60 more people access to the web client next month. What do we need to add them?\n\nBest,\nOmar',
  from: FROM,
};
const request = (id: string, at: number) => ({ id, caseId: `case-${id}`, at, from: 'feature_request' as const, to: 'licensing_sales' as const });

describe('learning from corrections', () => {
  const model = readShippedModel();
  const before = classifyText(SEATS, context());
  const correction = correctionForText(SEATS, request('c1', 1_700_000_000_000), model);
  const index = buildCorrectionIndex([correction]);

  it('starts from a different verdict of its own', () => {
    expect(before.category).not.toBe('licensing_sales');
  });

  it('gives the corrected category to the same thread at once, saying why', () => {
    const after = classifyText(SEATS, context(index));
    expect(after.category).toBe('licensing_sales');
    expect(after.reasons[0]).toMatch(/you corrected a near-identical thread/);
  });

  it('gives it to a near-identical thread too', () => {
    expect(classifyText(SEATS_AGAIN, context(index)).category).toBe('licensing_sales');
  });

  it('pulls a similar thread towards the correction, and more with each correction', () => {
    const plain = classifyText(SEATS_SIMILAR, context()).scores.licensing_sales;
    const once = classifyText(SEATS_SIMILAR, context(index)).scores.licensing_sales;
    const twice = classifyText(SEATS_SIMILAR, context(addCorrection(index, correctionForText(SEATS_AGAIN, request('c2', 1_700_000_100_000), model)))).scores.licensing_sales;
    expect(once).toBeGreaterThan(plain);
    expect(twice).toBeGreaterThan(once);
  });

  it('leaves unrelated threads alone: one correction barely moves them', () => {
    const plain = classifyText({ ...mail.DEFECT, from: FROM }, context());
    const after = classifyText({ ...mail.DEFECT, from: FROM }, context(index));
    expect(after.category).toBe(plain.category);
    expect(Math.abs(after.confidence - plain.confidence)).toBeLessThan(0.05);
    expect(after.scores.licensing_sales).toBeLessThan(0.05);
  });

  it('stores hashed features only: numbers, no words of the mail', () => {
    expect(() => ClassifierCorrection.parse(correction)).not.toThrow();
    const keys = Object.keys(correction.features);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(key).toMatch(/^\d+$/);
    expect(JSON.stringify(correction)).not.toMatch(/colleague|web client|Nora/i);
  });

  it('survives the JSON export and import', () => {
    const imported = buildCorrectionIndex(JSON.parse(JSON.stringify([correction])) as ClassifierCorrection[]);
    expect(classifyText(SEATS, context(imported)).category).toBe('licensing_sales');
  });

  it('lets a later correction with the same id replace the earlier one', () => {
    const undone = addCorrection(index, { ...correction, to: 'question' });
    expect(undone.entries).toHaveLength(1);
    expect(classifyText(SEATS, context(undone)).category).toBe('question');
  });

  it('recognises a long thread as identical even though only a sketch of it is stored', () => {
    const long = { subject: 'Nightly batch', body: Array.from({ length: 600 }, (_, i) => `step${i} of the nightly batch ran`).join('. '), from: FROM };
    const stored = storedFeatures(featuresOf([{ text: long.body, weight: 1, field: 'body' }]));
    expect(Object.keys(stored).length).toBeLessThanOrEqual(400);
    const taught = buildCorrectionIndex([correctionForText(long, { ...request('c3', 1), to: 'phone_followup' }, model)]);
    expect(classifyText(long, context(taught)).category).toBe('phone_followup');
  });

  it('an empty index changes nothing', () => {
    expect(classifyText(SEATS, context(emptyCorrectionIndex)).scores).toEqual(before.scores);
  });
});
