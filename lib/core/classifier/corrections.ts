import type { Category, ClassifierCorrection } from '../../model/classification';
import { cosine, type FeatureVector } from './features';

/**
 * What the user taught the classifier. A correction keeps the thread's hashed features (numbers,
 * not words); a thread almost identical to a corrected one gets the corrected category, and
 * merely similar ones are pulled towards it.
 */
export interface CorrectionIndex {
  entries: { id: string; to: Category; features: FeatureVector }[];
}

/** Cosine similarity from which a thread counts as the corrected one. */
export const NEAR_IDENTICAL = 0.9;
/** Below this, a correction has no say. */
export const SIMILAR = 0.35;
const NEAR_IDENTICAL_PULL = 12;
const SIMILAR_PULL = 4;
const MAX_SIMILAR_PULL = 6;
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
  return { entries: [...entries, { id: correction.id, to: correction.to, features: sketch(features) }] };
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
  /** Corrections similar enough to have a say. */
  similar: number;
}

export function correctionPull(index: CorrectionIndex, vector: FeatureVector): CorrectionPull {
  const pull: CorrectionPull = { bonus: new Map(), nearest: null, similar: 0 };
  if (index.entries.length === 0) return pull;
  const similarPull = new Map<Category, number>();
  const query = sketch(vector);
  for (const entry of index.entries) {
    const similarity = cosine(query, entry.features);
    if (similarity < SIMILAR) continue;
    pull.similar++;
    if (!pull.nearest || similarity > pull.nearest.similarity) pull.nearest = { to: entry.to, similarity };
    const share = Math.min(1, (similarity - SIMILAR) / (NEAR_IDENTICAL - SIMILAR));
    similarPull.set(entry.to, (similarPull.get(entry.to) ?? 0) + SIMILAR_PULL * share);
  }
  for (const [category, value] of similarPull) pull.bonus.set(category, Math.min(MAX_SIMILAR_PULL, value));
  if (pull.nearest && pull.nearest.similarity >= NEAR_IDENTICAL) {
    const { to } = pull.nearest;
    pull.bonus.set(to, (pull.bonus.get(to) ?? 0) + NEAR_IDENTICAL_PULL);
  }
  return pull;
}
