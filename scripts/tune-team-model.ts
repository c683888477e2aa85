// Sweeps the team model's learning settings on the adaptation curve, fast: every row's features
// and stored prior are worked out once per repository (the same core path the classifier service
// runs, without IndexedDB), then each setting only replays corrections and scores.
// Each setting is scored on all five repositories; choose on the first three ("tune") and check
// on the other two ("confirm"). CONFUSION=1 prints each repository's confusion at k = 100.
// Usage (after `npm run bench:classifier -- adaptation` cached the base models):
//   node scripts/run-ts.mjs scripts/tune-team-model.ts '[["shipped", {}], ["rate 1", {"rate": 1}]]'
// k = 0 and 10 are left out: the goal is about k ≥ 25.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Category } from '../lib/model/classification';
import { correctionForText } from '../lib/core/classifier/classify';
import { buildCorrectionIndex, correctionPull, sketch, type CorrectionIndex } from '../lib/core/classifier/corrections';
import { correctionView } from '../lib/core/classifier/decide';
import { decodeModel } from '../lib/core/classifier/model-codec';
import type { ClassifierModel } from '../lib/core/classifier/model';
import { readText } from '../lib/core/classifier/reading';
import { emptyTeamModel, learnCorrection, teamLearning, teamLogits, type TeamLearning } from '../lib/core/classifier/team-model';
import { fnv1a } from '../lib/core/classifier/hash';
import { macroF1 } from '../lib/core/classifier/training/evaluation';
import { nlbseExamples, type NlbseExample } from '../lib/core/classifier/training/nlbse';
import { defaultTrainSettings } from '../lib/core/classifier/training/train-model';
import type { FeatureVector } from '../lib/core/classifier/features';
import { correctionOrder } from './adaptation-loop';

const KS = [25, 50, 100, 200];
const LABELS = defaultTrainSettings.labels;
const examples = nlbseExamples(readFileSync(resolve('../shared/corpus/nlbse24/train.csv'), 'utf8'));
const repos = [...new Set(examples.map((e) => e.repo))];

interface Held { sketch: FeatureVector; vector: FeatureVector; before: Float64Array; truth: number }
interface Prepared { repo: string; base: ClassifierModel; indexes: Map<number, CorrectionIndex>; held: Held[] }

function baseData(repo: string): Uint8Array {
  const key = fnv1a(JSON.stringify({ repo, settings: defaultTrainSettings, rows: examples.map((e) => `${e.repo}${e.label}${e.title}${e.body.length}`) })).toString(36);
  const file = resolve('node_modules/.cache/bench-classifier', `base-${key}.bin`);
  if (!existsSync(file)) throw new Error(`no cached base model for ${repo}: run npm run bench:classifier -- adaptation first`);
  return readFileSync(file);
}

const mail = (row: NlbseExample) => ({ subject: row.title, body: row.body, from: 'reporter@customer.example' });
const prepared: Prepared[] = repos.map((repo) => {
  const rows = examples.filter((e) => e.repo === repo);
  const order = correctionOrder(rows, 'time within each label');
  const base = decodeModel(baseData(repo));
  const corrections = order.slice(0, 200).map((i, n) => correctionForText(mail(rows[i]!), { id: `c${n}`, caseId: null, at: n, from: 'defect', to: LABELS[rows[i]!.label]! }, base));
  const indexes = new Map(KS.map((k) => [k, buildCorrectionIndex(corrections.slice(0, k))]));
  const held = order.slice(200).map((i) => {
    const view = correctionView(readText(mail(rows[i]!)), base);
    return { sketch: sketch(view.features), vector: view.features, before: view.before, truth: rows[i]!.label };
  });
  return { repo, base, indexes, held };
});

type Curve = { all: number[]; dev: number[]; test: number[] };
function curveOf(p: Prepared, learning: TeamLearning): Curve {
  const team = emptyTeamModel();
  const out: Curve = { all: [], dev: [], test: [] };
  const index200 = p.indexes.get(200)!;
  let taught = 0;
  for (const k of KS) {
    for (; taught < k; taught++) learnCorrection(team, p.base, index200.entries[taught]!, learning);
    const index = p.indexes.get(k)!;
    const predicted = p.held.map((h) => {
      const t = teamLogits(team, h.sketch);
      const pull = correctionPull(index, h.vector);
      let best = -1;
      let bestLogit = -Infinity;
      Category.options.forEach((category, c) => {
        const logit = (h.before[c] ?? 0) + (pull.bonus.get(category) ?? 0) + (t[c] ?? 0);
        if (logit > bestLogit) [best, bestLogit] = [c, logit];
      });
      return LABELS.indexOf(Category.options[best]!);
    });
    const truth = p.held.map((h) => h.truth);
    if (process.env.CONFUSION && k === 100) {
      const m = Array.from({ length: 3 }, () => [0, 0, 0, 0]);
      truth.forEach((t, i) => m[t]![predicted[i]! < 0 ? 3 : predicted[i]!]!++);
      console.log(`  ${p.repo} k=100 truth rows -> predicted defect/feature/question/other: ${m.map((r) => r.join('/')).join('  ')}`);
    }
    const half = (parity: number) => {
      const at = truth.flatMap((_, i) => (i % 2 === parity ? [i] : []));
      return macroF1(at.map((i) => truth[i]!), at.map((i) => predicted[i]!), 3);
    };
    out.all.push(macroF1(truth, predicted, 3));
    out.dev.push(half(0));
    out.test.push(half(1));
  }
  return out;
}

const f = (v: number) => v.toFixed(3);
function report(name: string, learning: TeamLearning, tune: string[]): void {
  const curves = prepared.map((p) => curveOf(p, learning));
  const mean = (pick: (c: Curve) => number[], which: (r: string) => boolean) => {
    const sel = curves.filter((_, r) => which(repos[r]!));
    return KS.map((_, j) => sel.reduce((s, c) => s + pick(c)[j]!, 0) / sel.length);
  };
  const tuneAll = mean((c) => c.all, (r) => tune.includes(r));
  const confirmAll = mean((c) => c.all, (r) => !tune.includes(r));
  const all = mean((c) => c.all, () => true);
  const dev = mean((c) => c.dev, () => true);
  const test = mean((c) => c.test, () => true);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`${name.padEnd(48)} tune ${tuneAll.map(f).join(' ')} (${f(avg(tuneAll))}) | confirm ${confirmAll.map(f).join(' ')} (${f(avg(confirmAll))}) | all ${all.map(f).join(' ')} | dev ${f(avg(dev))} test ${f(avg(test))}`);
}

const TUNE = repos.slice(0, 3);
console.log(`repos: ${repos.join(', ')}; tune on ${TUNE.join(', ')}; k = ${KS.join(', ')} (mean over k in brackets)`);
const variants: [string, Partial<TeamLearning>][] = JSON.parse(process.argv[2] ?? '[["shipped", {}]]') as [string, Partial<TeamLearning>][];
for (const [name, change] of variants) report(name, { ...teamLearning, ...change }, TUNE);
