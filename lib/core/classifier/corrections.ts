import { Category, type ClassifierCorrection } from '../../model/classification';
import type { FeatureVector } from './features';
import type { ClassifierModel } from './model';
import { handOnTeamModel } from './team-model';

/**
 * What the user taught the classifier. A correction keeps the thread's hashed features (numbers,
 * not words); a thread almost identical to a corrected one gets the corrected category. What a
 * correction says about the team's other mail is learnt by the team model (team-model.ts): a
 * pull towards merely similar corrections, tried first, cost 3 points of macro-F1 on the
 * adaptation benchmark (threads of one team look alike: same templates, same signatures).
 */
export interface CorrectionIndex {
  entries: CorrectionEntry[];
}

export interface CorrectionEntry {
  id: string;
  to: Category;
  features: FeatureVector;
  /** The classifier's log-odds before team learning (Category.options order) and its model; null when not stored. */
  before: { model: string; logits: Float64Array } | null;
}

/** Cosine similarity from which a thread counts as the corrected one. */
export const NEAR_IDENTICAL = 0.9;
const NEAR_IDENTICAL_PULL = 12;
/** Features kept per correction: enough to recognise a thread, small enough to export. */
const SKETCH_SIZE = 400;

export const emptyCorrectionIndex: CorrectionIndex = { entries: [] };

export function buildCorrectionIndex(corrections: ClassifierCorrection[]): CorrectionIndex {
  return corrections.reduce(addCorrection, emptyCorrectionIndex);
}

/** A new index with `correction` in it; a later correction of the same id replaces the earlier. */
export function addCorrection(index: CorrectionIndex, correction: ClassifierCorrection): CorrectionIndex {
  const features = new Map<number, number>();
  for (const [hash, weight] of Object.entries(correction.features)) {
    const key = Number(hash);
    if (Number.isInteger(key) && Number.isFinite(weight)) features.set(key, weight);
  }
  const entries = index.entries.filter((entry) => entry.id !== correction.id);
  const added: CorrectionEntry = { id: correction.id, to: correction.to, features: sketch(features), before: priorOf(correction) };
  const next: CorrectionIndex = { entries: [...entries, added] };
  // A replaced correction cannot be unlearned: the next index rebuilds its team model instead.
  if (entries.length === index.entries.length) {
    handOnTeamModel(index, next, added);
    handOnPostings(index, next);
  }
  return next;
}

/** The stored form of the log-odds before team learning; none for a model without a fingerprint. */
export function storedPrior(logits: Float64Array, model: ClassifierModel): ClassifierCorrection['prior'] {
  if (model.fingerprint === undefined) return undefined;
  return { model: model.fingerprint, logits: Object.fromEntries(Category.options.map((category, c) => [category, Number((logits[c] ?? 0).toFixed(3))])) };
}

/** A stored prior with a finite number for every category, or null (then the model alone is the prior). */
function priorOf(correction: ClassifierCorrection): CorrectionEntry['before'] {
  const stored = correction.prior;
  if (!stored) return null;
  const logits = Float64Array.from(Category.options, (category) => stored.logits[category] ?? Number.NaN);
  return logits.every(Number.isFinite) ? { model: stored.model, logits } : null;
}

/** The stored form of a thread's features: hash -> weight of its sketch. */
export function storedFeatures(vector: FeatureVector): Record<string, number> {
  return Object.fromEntries([...sketch(vector)].map(([hash, weight]) => [String(hash), Number(weight.toFixed(4))]));
}

/**
 * The features with the smallest hashes (a bottom-k sketch), at length 1. Any two threads are
 * cut the same way, so identical threads keep identical sketches and similar ones stay similar,
 * however long they are.
 */
export function sketch(vector: FeatureVector): FeatureVector {
  const kept = vector.size <= SKETCH_SIZE ? [...vector] : [...vector].sort((a, b) => a[0] - b[0]).slice(0, SKETCH_SIZE);
  let sum = 0;
  for (const [, value] of kept) sum += value * value;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  return new Map(kept.map(([key, value]) => [key, value * scale]));
}

export interface CorrectionPull {
  /** Log-odds added per category. */
  bonus: Map<Category, number>;
  nearest: { to: Category; similarity: number } | null;
}

export function correctionPull(index: CorrectionIndex, vector: FeatureVector): CorrectionPull {
  const pull: CorrectionPull = { bonus: new Map(), nearest: null };
  if (index.entries.length === 0) return pull;
  const dots = similarities(index, sketch(vector));
  index.entries.forEach((entry, position) => {
    const similarity = dots[position] ?? 0;
    if (!pull.nearest || similarity > pull.nearest.similarity) pull.nearest = { to: entry.to, similarity };
  });
  if (pull.nearest && pull.nearest.similarity >= NEAR_IDENTICAL) {
    const { to } = pull.nearest;
    pull.bonus.set(to, (pull.bonus.get(to) ?? 0) + NEAR_IDENTICAL_PULL);
  }
  return pull;
}

/**
 * Hash -> (position of a correction whose sketch holds it, weight there). A thread's cosine with
 * every correction is then summed over its own features' lists only: with a thousand
 * corrections that is a few thousand additions, not a thousand map walks.
 */
type Postings = Map<number, number[]>;
const postingsOf = new WeakMap<CorrectionIndex, Postings>();

/** Cosine of `query` (a sketch) with each correction, by position in `index.entries`. */
function similarities(index: CorrectionIndex, query: FeatureVector): Float64Array {
  let postings = postingsOf.get(index);
  if (!postings) {
    postings = new Map();
    for (let position = 0; position < index.entries.length; position++) post(postings, index.entries[position]!.features, position);
    postingsOf.set(index, postings);
  }
  const dots = new Float64Array(index.entries.length);
  for (const [hash, value] of query) {
    const list = postings.get(hash);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) dots[list[i]!] = (dots[list[i]!] ?? 0) + value * (list[i + 1] ?? 0);
  }
  return dots;
}

function post(postings: Postings, features: FeatureVector, position: number): void {
  for (const [hash, weight] of features) {
    const list = postings.get(hash);
    if (list) list.push(position, weight);
    else postings.set(hash, [position, weight]);
  }
}

/** Moves `from`'s postings to `to` (`from` plus one correction at its end), adding that one. */
function handOnPostings(from: CorrectionIndex, to: CorrectionIndex): void {
  const postings = postingsOf.get(from);
  if (!postings) return;
  postingsOf.delete(from);
  post(postings, to.entries[to.entries.length - 1]!.features, to.entries.length - 1);
  postingsOf.set(to, postings);
}
