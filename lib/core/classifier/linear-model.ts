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
  /** The buckets that carry a weight, in order: weights are stored by position in this set. */
  kept: KeptBuckets;
  /**
   * Weight of (position in kept, class) = weights[position * classes + class] × scales[class].
   * The shipped model keeps its int8 weights as decoded, unscaled: converting 135,000 of them to
   * floats was most of the worker's cold start. A model fresh from training has scales of 1.
   */
  weights: Float64Array | Int8Array;
  scales: Float64Array;
  bias: Float64Array;
}

/**
 * Sorted bucket numbers (as training makes them), or a bitmap of the buckets with the number of
 * set bits before each word (as the shipped file holds them: used as read, nothing to decode).
 */
export type KeptBuckets = Int32Array | BucketBitmap;

export interface BucketBitmap {
  bits: Uint32Array;
  /**
   * A bucket's position is its word's rank plus the set bits below it in that word; a word's
   * rank is its block's (set bits before each block of 2,048 words) plus its own within the
   * block (fits 16 bits). Both are stored in the model file, so loading counts nothing.
   */
  blockRanks: Uint32Array;
  wordRanks: Uint16Array;
  count: number;
}

/** Words per rank block: a word's rank within its block stays below 2^16. */
export const RANK_BLOCK = 2048;

export function keptCount(kept: KeptBuckets): number {
  return kept instanceof Int32Array ? kept.length : kept.count;
}

/** The kept bucket numbers, ascending. */
export function keptList(kept: KeptBuckets): Int32Array {
  if (kept instanceof Int32Array) return kept;
  const list = new Int32Array(kept.count);
  let at = 0;
  kept.bits.forEach((word, w) => {
    for (let bit = 0; bit < 32; bit++) if ((word >>> bit) & 1) list[at++] = w * 32 + bit;
  });
  return list;
}

/** The bitmap of sorted bucket numbers below `buckets`, with its ranks (for the model file). */
export function bucketBitmap(sorted: Int32Array, buckets: number): BucketBitmap {
  const bits = new Uint32Array(Math.ceil(buckets / 32));
  for (const bucket of sorted) bits[bucket >>> 5] = (bits[bucket >>> 5] ?? 0) | (1 << (bucket & 31));
  const blockRanks = new Uint32Array(Math.ceil(bits.length / RANK_BLOCK));
  const wordRanks = new Uint16Array(bits.length);
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    if (w % RANK_BLOCK === 0) blockRanks[w / RANK_BLOCK] = count;
    wordRanks[w] = count - (blockRanks[Math.floor(w / RANK_BLOCK)] ?? 0);
    count += popcount(bits[w] ?? 0);
  }
  return { bits, blockRanks, wordRanks, count };
}

/** Kept buckets before word `w`, plus those of word `w` under `mask`: a bucket's position when `mask` is the bits below its own. */
export function rankOf(kept: BucketBitmap, w: number, below: number): number {
  return (kept.blockRanks[Math.floor(w / RANK_BLOCK)] ?? 0) + (kept.wordRanks[w] ?? 0) + popcount((kept.bits[w] ?? 0) & below);
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
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

/** Position of `bucket` in `kept`, or -1. */
export function findBucket(kept: KeptBuckets, bucket: number): number {
  if (!(kept instanceof Int32Array)) {
    const w = bucket >>> 5;
    const bit = 1 << (bucket & 31);
    return (kept.bits[w] ?? 0) & bit ? rankOf(kept, w, bit - 1) : -1;
  }
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
