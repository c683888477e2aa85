import { Category } from '../../model/classification';
import type { CorrectionEntry, CorrectionIndex } from './corrections';
import type { FeatureVector } from './features';
import { runModel, type ClassifierModel } from './model';

/**
 * What the team's own corrections taught: a linear correction on top of the shipped model, over
 * the same hashed features the corrections store. Each correction is a training example of the
 * team's own mail: a few gradient steps on the softmax loss of (shipped logits + this model),
 * so the team model learns only what the shipped model gets wrong for this team, and weighs
 * more the more it has seen (its weights grow with every correction that needed them).
 * Replaying the stored corrections in order rebuilds it exactly: nothing but the corrections
 * is stored.
 */
export interface TeamModel {
  /** Feature bucket -> weight per category (Category.options order). */
  weights: Map<number, Float64Array>;
  bias: Float64Array;
  /** The latest corrections, replayed with each new one (a small batch, not one lonely step). */
  recent: TeamExample[];
  learned: number;
}

interface TeamExample {
  features: FeatureVector;
  target: number;
  /** What the classifier said before team learning: the stored log-odds (model and rules), else the model's alone on these features. */
  prior: Float64Array;
}

/**
 * How corrections are learnt, tuned on the NLBSE'24 adaptation curve (npm run bench:classifier,
 * scripts/tune-team-model.ts): see the README for what else was tried.
 */
export interface TeamLearning {
  rate: number;
  /** The bias's rate, as a share of `rate`. */
  biasRate: number;
  /** Passes over the recent corrections per new correction. */
  replays: number;
  recent: number;
}

export const teamLearning: TeamLearning = { rate: 0.5, biasRate: 0.3, replays: 1, recent: 20 };
const BUCKETS = 2 ** 18;
/** Log-odds of a category only rules name (as in decide.ts), before any correction. */
const RULE_ONLY_PRIOR = -6;

const CATEGORIES = Category.options;

export function emptyTeamModel(): TeamModel {
  return { weights: new Map(), bias: new Float64Array(CATEGORIES.length), recent: [], learned: 0 };
}

/**
 * Teaches the model one correction, in place (cheap: a few hundred features × a few passes).
 * It learns on top of what the classifier said when the correction was made, rules included
 * (the rules also speak when it classifies, so learning against the model alone taught it to
 * fight evidence it would meet again: 0.666 → 0.677 on the dev half of the adaptation curve).
 * A correction made against another model (an update shipped since) falls back to that model alone.
 */
export function learnCorrection(team: TeamModel, base: ClassifierModel, entry: Pick<CorrectionEntry, 'features' | 'to' | 'before'>, learning: TeamLearning = teamLearning): void {
  const { features, to, before } = entry;
  const stored = before !== null && base.fingerprint !== undefined && before.model === base.fingerprint ? before.logits : null;
  const example: TeamExample = { features, target: CATEGORIES.indexOf(to), prior: stored ?? shippedLogits(base, features) };
  step(team, example, learning);
  team.recent.push(example);
  if (team.recent.length > learning.recent) team.recent.shift();
  for (let pass = 0; pass < learning.replays; pass++) for (const earlier of team.recent) step(team, earlier, learning);
  team.learned++;
}

/** What the team model adds to each category's log-odds for a thread (all zeros before any correction). */
export function teamLogits(team: TeamModel, features: FeatureVector): Float64Array {
  const logits = Float64Array.from(team.bias);
  if (team.learned === 0) return logits;
  for (const [hash, value] of features) {
    const weights = team.weights.get(hash % BUCKETS);
    if (!weights) continue;
    for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] ?? 0) + value * (weights[c] ?? 0);
  }
  return logits;
}

export function categoryIndex(category: Category): number {
  return CATEGORIES.indexOf(category);
}

function step(team: TeamModel, example: TeamExample, learning: TeamLearning): void {
  const logits = teamLogits(team, example.features);
  for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] ?? 0) + (example.prior[c] ?? 0);
  const probabilities = softmax(logits);
  for (let c = 0; c < probabilities.length; c++) {
    const gradient = (probabilities[c] ?? 0) - (c === example.target ? 1 : 0);
    if (Math.abs(gradient) < 1e-6) continue;
    team.bias[c] = (team.bias[c] ?? 0) - learning.rate * learning.biasRate * gradient;
    for (const [hash, value] of example.features) {
      const bucket = hash % BUCKETS;
      let weights = team.weights.get(bucket);
      if (!weights) {
        weights = new Float64Array(CATEGORIES.length);
        team.weights.set(bucket, weights);
      }
      weights[c] = (weights[c] ?? 0) - learning.rate * gradient * value;
    }
  }
}

/** The shipped model's view of a correction's features, as log-probabilities over every category. */
function shippedLogits(base: ClassifierModel, features: FeatureVector): Float64Array {
  const probabilities = runModel(base, features).probabilities;
  return Float64Array.from(CATEGORIES, (category) => {
    const p = probabilities.get(category);
    return p === undefined ? RULE_ONLY_PRIOR : Math.log(Math.max(p, 1e-9));
  });
}

function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const value of logits) max = Math.max(max, value);
  const out = logits.map((value) => Math.exp(value - max));
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((value) => value / total);
}

/**
 * The team model of an index, built on first use by replaying its corrections in order, and
 * handed on to the index that adds the next correction (so learning costs one correction, not a
 * replay). An index that gave its model away rebuilds it if it is used again.
 */
const built = new WeakMap<CorrectionIndex, { base: ClassifierModel; team: TeamModel }>();

export function teamModelOf(index: CorrectionIndex, base: ClassifierModel): TeamModel {
  const cached = built.get(index);
  if (cached && cached.base === base) return cached.team;
  const team = emptyTeamModel();
  for (const entry of index.entries) learnCorrection(team, base, entry);
  built.set(index, { base, team });
  return team;
}

/** Moves `from`'s model to `to`, which is `from` plus `added` at its end, and teaches it `added`. */
export function handOnTeamModel(from: CorrectionIndex, to: CorrectionIndex, added: CorrectionEntry): void {
  const cached = built.get(from);
  if (!cached) return;
  built.delete(from);
  learnCorrection(cached.team, cached.base, added);
  built.set(to, cached);
}
