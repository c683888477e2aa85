import type { FeatureVector } from './features';

/** A feature vector folded into buckets (colliding hashes add up). */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** A linear model over a sorted subset of buckets: score[c] = bias[c] + Σ x[b]·weights[b, c]. */
export interface LinearModel {
  buckets: number;
  classes: number;
  /** Sorted bucket numbers that carry a weight. */
  kept: Int32Array;
  /**
   * Weight of (position in kept, class) = weights[position * classes + class] × scales[class].
   * The shipped model keeps its int8 weights as decoded, unscaled: converting 135,000 of them to
   * floats was most of the worker's cold start. A model fresh from training has scales of 1.
   */
  weights: Float64Array | Int8Array;
  scales: Float64Array;
  bias: Float64Array;
}

/** The weight of the bucket at position `at` in `kept` for class `c`. */
export function weightAt(model: LinearModel, at: number, c: number): number {
  return (model.weights[at * model.classes + c] ?? 0) * (model.scales[c] ?? 0);
}

export function toRow(vector: FeatureVector, buckets: number): SparseRow {
  const folded = new Map<number, number>();
  for (const [hash, value] of vector) {
    const bucket = hash % buckets;
    folded.set(bucket, (folded.get(bucket) ?? 0) + value);
  }
  return { idx: Int32Array.from(folded.keys()), val: Float64Array.from(folded.values()) };
}

/** Class scores of a row. */
export function linearScores(model: LinearModel, row: SparseRow): Float64Array {
  const scores = Float64Array.from(model.bias);
  for (let i = 0; i < row.idx.length; i++) {
    const at = findBucket(model.kept, row.idx[i] ?? -1);
    if (at < 0) continue;
    for (let c = 0; c < model.classes; c++) scores[c] = (scores[c] ?? 0) + (row.val[i] ?? 0) * weightAt(model, at, c);
  }
  return scores;
}

/** Position of `bucket` in the sorted `kept`, or -1. */
export function findBucket(kept: Int32Array, bucket: number): number {
  let low = 0;
  let high = kept.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = kept[mid] ?? 0;
    if (value === bucket) return mid;
    if (value < bucket) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export function softmax(scores: ArrayLike<number>, temperature = 1): number[] {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, (scores[i] ?? 0) / temperature);
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] ?? 0) / temperature - max);
    out.push(e);
    sum += e;
  }
  return out.map((e) => e / sum);
}
