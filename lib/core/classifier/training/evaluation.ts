/** Folds, scores and calibration for training and the benchmark. Seeded: no Math.random. */

import { mulberry32 as seededRandom } from '../../seeded-random';

/** Seeded so folds are the same on every run. */
export { seededRandom };

/** Fold number (0..k-1) per item, stratified by `strata` (e.g. repository + label). */
export function stratifiedFolds(strata: string[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const byStratum = new Map<string, number[]>();
  strata.forEach((stratum, i) => byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), i]));
  const folds = new Array<number>(strata.length).fill(0);
  let offset = 0;
  for (const members of [...byStratum.values()]) {
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    members.forEach((item, position) => (folds[item] = (position + offset) % k));
    offset += members.length;
  }
  return folds;
}

/** F1 of each class (index = class). */
export function f1PerClass(truth: number[], predicted: number[], classes: number): number[] {
  const scores: number[] = [];
  for (let c = 0; c < classes; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    truth.forEach((t, i) => {
      const p = predicted[i];
      if (p === c && t === c) tp++;
      else if (p === c) fp++;
      else if (t === c) fn++;
    });
    scores.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  return scores;
}

export function macroF1(truth: number[], predicted: number[], classes: number): number {
  const scores = f1PerClass(truth, predicted, classes);
  return scores.reduce((a, b) => a + b, 0) / classes;
}

/** Mean negative log-likelihood of the true classes under softmax(logits / temperature). */
function meanNll(logits: ArrayLike<number>[], truth: number[], temperature: number): number {
  let total = 0;
  logits.forEach((row, i) => {
    let max = -Infinity;
    for (let c = 0; c < row.length; c++) max = Math.max(max, (row[c] ?? 0) / temperature);
    let sum = 0;
    for (let c = 0; c < row.length; c++) sum += Math.exp((row[c] ?? 0) / temperature - max);
    total += Math.log(sum) + max - (row[truth[i] ?? 0] ?? 0) / temperature;
  });
  return total / Math.max(1, logits.length);
}

/** The softmax temperature that best fits held-out predictions (golden-section search). */
export function fitTemperature(logits: ArrayLike<number>[], truth: number[]): number {
  let low = 0.05;
  let high = 20;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (meanNll(logits, truth, a) < meanNll(logits, truth, b)) high = b;
    else low = a;
  }
  return (low + high) / 2;
}

/** Percentile (0..100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}
