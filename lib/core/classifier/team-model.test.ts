import { describe, expect, it } from 'vitest';
import { ClassifierCorrection, type Category } from '../../model/classification';
import { classifyText, correctionForText, type TextMessage } from './classify';
import { addCorrection, buildCorrectionIndex, emptyCorrectionIndex, sketch } from './corrections';
import { correctionView } from './decide';
import { readShippedModel } from './read-model-file';
import { readText } from './reading';
import { categoryIndex, teamLogits, teamModelOf } from './team-model';
import { context } from './test-support';

const FROM = 'ops@customer.example';
const model = readShippedModel();
// What decide() gives the team model: the sketch of the subject-weighted features a correction stores.
const sketchOf = (mail: TextMessage) => sketch(correctionView(readText(mail), model).features);

// This team calls "the relay dropped the batch" a question (it is how their setup works).
const TAUGHT: TextMessage[] = [
  { subject: 'Relay dropped the batch again', body: 'The relay dropped the nightly batch again after the quota window closed.', from: FROM },
  { subject: 'Batch dropped by relay', body: 'Our relay dropped the morning batch when the quota window closed early.', from: FROM },
  { subject: 'Relay quota window', body: 'The relay keeps dropping batches once the quota window has closed.', from: FROM },
];
const UNSEEN: TextMessage = { subject: 'Relay dropped our batch', body: 'Since Monday the relay dropped the evening batch, the quota window had closed.', from: FROM };
const request = (i: number) => ({ id: `t${i}`, caseId: null, at: i, from: 'defect' as const, to: 'question' as const });

describe('the team model', () => {
  const corrections = TAUGHT.map((mail, i) => correctionForText(mail, request(i), model));

  it('adds nothing before any correction', () => {
    expect([...teamLogits(teamModelOf(emptyCorrectionIndex, model), sketchOf(UNSEEN))]).toEqual(new Array(8).fill(0));
  });

  it('generalises to a thread it was not taught, and more with each correction', () => {
    const question = categoryIndex('question');
    const lead = (count: number) => teamLogits(teamModelOf(buildCorrectionIndex(corrections.slice(0, count)), model), sketchOf(UNSEEN))[question] ?? 0;
    expect(lead(1)).toBeGreaterThan(0);
    expect(lead(3)).toBeGreaterThan(lead(1));
    const before = classifyText(UNSEEN, context()).scores.question;
    const after = classifyText(UNSEEN, context(buildCorrectionIndex(corrections)));
    expect(after.scores.question).toBeGreaterThan(before + 0.2);
    expect(after.reasons.join(' | ')).toMatch(/like threads your team corrected to question|near-identical/);
  });

  it('is the same whether learnt one correction at a time or rebuilt from the stored corrections', () => {
    let index = emptyCorrectionIndex;
    teamModelOf(index, model);
    for (const correction of corrections) index = addCorrection(index, correction);
    const incremental = [...teamLogits(teamModelOf(index, model), sketchOf(UNSEEN))];
    const rebuilt = [...teamLogits(teamModelOf(buildCorrectionIndex(JSON.parse(JSON.stringify(corrections)) as typeof corrections), model), sketchOf(UNSEEN))];
    incremental.forEach((value, c) => expect(value).toBeCloseTo(rebuilt[c] ?? NaN, 3));
  });

  it('an index that handed its model on still answers for itself', () => {
    const one = buildCorrectionIndex(corrections.slice(0, 1));
    const alone = [...teamLogits(teamModelOf(one, model), sketchOf(UNSEEN))];
    addCorrection(one, corrections[1]!);
    expect([...teamLogits(teamModelOf(one, model), sketchOf(UNSEEN))]).toEqual(alone);
  });

  it('learns from a 200 KB repetitive message through its sketch (at most 400 features)', () => {
    const huge: TextMessage = { subject: 'Log', body: 'relay batch dropped window closed '.repeat(6_000) + Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' '), from: FROM };
    expect(huge.body.length).toBeGreaterThan(200_000);
    const correction = correctionForText(huge, request(9), model);
    expect(Object.keys(correction.features).length).toBeLessThanOrEqual(400);
    const team = teamModelOf(buildCorrectionIndex([correction]), model);
    expect(team.weights.size).toBeLessThanOrEqual(400);
  });

  it('stores what the classifier said before team learning, rules included, with the model it came from', () => {
    // Rules only name these categories: their log-odds sit at the floor (-6) unless a rule spoke.
    const cases: [string, TextMessage, Category, (value: number) => boolean][] = [
      ['no rule for licensing', UNSEEN, 'licensing_sales', (value) => value === -6],
      ['the licensing rule', { subject: 'Quote for 25 more licenses', body: 'Please send us a quote for 25 additional licenses and the renewal price.', from: FROM }, 'licensing_sales', (value) => value > -5],
      ['an automatic reply', { subject: 'Automatic reply: Relay dropped the batch', body: 'I am out of the office until Monday.', from: FROM }, 'auto_reply', (value) => value > 0],
    ];
    for (const [name, mail, category, fits] of cases) {
      const { prior } = correctionForText(mail, request(7), model);
      expect(prior?.model, name).toBe(model.fingerprint);
      expect(fits(prior?.logits[category] ?? Number.NaN), `${name}: ${prior?.logits[category]}`).toBe(true);
    }
  });

  it('learns against the stored prior, and against the model alone when the prior is missing, damaged or from another model', () => {
    const correction = correctionForText(UNSEEN, request(8), model);
    const learnt = (stored: ClassifierCorrection) => [...teamLogits(teamModelOf(buildCorrectionIndex([stored]), model), sketchOf(UNSEEN))];
    const { prior, ...withoutPrior } = correction;
    expect(prior).toBeDefined();
    const alone = learnt(withoutPrior);
    const variants: [string, ClassifierCorrection][] = [
      ['from another model', { ...correction, prior: { model: 'another', logits: { ...prior!.logits, question: 9 } } }],
      ['a category missing', { ...correction, prior: { model: prior!.model, logits: { defect: 9 } } }],
    ];
    for (const [name, variant] of variants) expect(learnt(variant), name).toEqual(alone);
    // A prior that already says "question" leaves less to learn than the model alone did.
    const sure = learnt({ ...correction, prior: { model: prior!.model, logits: { ...prior!.logits, question: 9 } } });
    const question = categoryIndex('question');
    expect(sure[question]!).toBeLessThan(alone[question]!);
    expect(ClassifierCorrection.safeParse(correction).success).toBe(true);
    expect(ClassifierCorrection.safeParse(withoutPrior).success).toBe(true);
  });
});

