// The adaptation loop of `npm run bench:classifier` on a small fixed sample (the full curve is the
// bench's): corrections go through the background's classifier service, as the sidebar's do.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../lib/core/classifier/model-codec';
import { nlbseExamples, type NlbseExample } from '../../lib/core/classifier/training/nlbse';
import { defaultTrainSettings, trainModel } from '../../lib/core/classifier/training/train-model';
import { adaptationCurve, correctionOrder } from '../../scripts/adaptation-loop';

const csv = join(process.cwd(), '../shared/corpus/nlbse24/train.csv');
const TEAM = 'bitcoin/bitcoin';

describe.skipIf(!existsSync(csv))('adaptation to a team’s own mail (needs ../shared/corpus/nlbse24/train.csv)', () => {
  const examples = existsSync(csv) ? nlbseExamples(readFileSync(csv, 'utf8')) : [];
  const team = examples.filter((e) => e.repo === TEAM);

  it('orders corrections oldest first within each label, labels taking turns', () => {
    const order = correctionOrder(team, 'time within each label');
    expect(new Set(order).size).toBe(team.length);
    expect(order.slice(0, 6).map((i) => team[i]!.label)).toEqual([0, 1, 2, 0, 1, 2]);
    const bugs = order.filter((i) => team[i]!.label === 0).map((i) => team[i]!.at);
    expect(bugs).toEqual([...bugs].sort());
    const byTime = correctionOrder(team, 'time').map((i) => team[i]!.at);
    expect(byTime).toEqual([...byTime].sort());
  });

  it('learns from corrections through the classifier service: better than the base and than the corrections alone', async () => {
    // A small base model from 40 issues per label of the other repositories, so the test is quick.
    const others = [0, 1, 2].flatMap((label) => examples.filter((e) => e.repo !== TEAM && e.label === label).filter((_, i) => i % 10 === 0).slice(0, 40));
    const base = decodeModel(encodeModel(trainModel(others, defaultTrainSettings).model, 'test'));
    const sample: NlbseExample[] = correctionOrder(team, 'time within each label').slice(0, 150).map((i) => team[i]!);
    const curve = await adaptationCurve(base, sample, sample.map((_, i) => i), [0, 30, 90]);
    expect(curve.map((point) => point.k)).toEqual([0, 30, 90]);
    const [none, some, more] = curve;
    console.log(curve.map((p) => `k=${p.k}: adapted ${p.adapted.all.toFixed(3)}, base ${p.base.all.toFixed(3)}, corrections only ${p.correctionsOnly.all.toFixed(3)}`).join('\n'));
    expect(none!.adapted).toEqual(none!.base);
    expect(Number.isNaN(none!.correctionsOnly.all)).toBe(true);
    expect(more!.adapted.all).toBeGreaterThan(none!.base.all + 0.05);
    expect(more!.adapted.all).toBeGreaterThan(more!.correctionsOnly.all);
    expect(some!.adapted.all).toBeGreaterThan(some!.correctionsOnly.all);
  }, 120_000);
});
