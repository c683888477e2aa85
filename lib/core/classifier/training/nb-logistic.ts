import type { LinearModel, SparseRow } from '../linear-model';

/**
 * NB-weighted logistic regression (Wang & Manning 2012, "NBSVM"), one class against the rest:
 * each feature is scaled by its naive-Bayes log-count ratio before a logistic regression is
 * fitted. On small text sets this beats plain logistic regression; the scaling folds into the
 * weights afterwards, so the shipped model is an ordinary linear model.
 */

export interface NbLogisticOptions {
  buckets: number;
  classes: number;
  /** Naive-Bayes smoothing. */
  alpha: number;
  /** L2 penalty of each one-vs-rest logistic regression. */
  l2: number;
  /** Features seen in fewer training documents are dropped (they cannot generalise). */
  minDocs: number;
  /**
   * Features seen in fewer groups (repositories) are dropped too: a word only one project uses
   * (its issue template, its module names) says nothing about another team's mail.
   */
  minGroups: number;
  iterations: number;
  learningRate: number;
}

export const defaultNbLogisticOptions: NbLogisticOptions = {
  buckets: 2 ** 18,
  classes: 3,
  alpha: 2,
  l2: 3e-5,
  minDocs: 2,
  minGroups: 1,
  iterations: 150,
  learningRate: 0.05,
};

/** `groups` (e.g. the repository of each row) is needed only when `options.minGroups` > 1. */
export function trainNbLogistic(rows: SparseRow[], labels: number[], options: NbLogisticOptions, groups: readonly string[] = []): LinearModel {
  const { classes, alpha, minDocs } = options;
  // Rows from fewer groups than asked for (one team's corrections): no group filter.
  const minGroups = Math.min(options.minGroups, new Set(groups).size);
  const docs = new Map<number, Float64Array>(); // bucket -> documents containing it, per class
  const seenIn = new Map<number, Set<string>>(); // bucket -> groups it occurs in (only when filtering by group)
  rows.forEach((row, r) => {
    for (const bucket of row.idx) {
      const perClass = docs.get(bucket) ?? new Float64Array(classes);
      perClass[labels[r] ?? 0] = (perClass[labels[r] ?? 0] ?? 0) + 1;
      docs.set(bucket, perClass);
      if (minGroups > 1) {
        const set = seenIn.get(bucket) ?? new Set<string>();
        set.add(groups[r] ?? '');
        seenIn.set(bucket, set);
      }
    }
  });
  const general = (bucket: number): boolean => minGroups <= 1 || (seenIn.get(bucket)?.size ?? 0) >= minGroups;
  const kept = Int32Array.from([...docs].filter(([bucket, n]) => n.reduce((a, b) => a + b, 0) >= minDocs && general(bucket)).map(([b]) => b)).sort();
  const position = new Map<number, number>();
  kept.forEach((bucket, i) => position.set(bucket, i));
  const compact = rows.map((row) => compactRow(row, position));
  const weights = new Float64Array(kept.length * classes);
  const bias = new Float64Array(classes);
  for (let c = 0; c < classes; c++) {
    const ratio = logCountRatio(kept, docs, c, alpha);
    const scaled = compact.map((row) => ({ idx: row.idx, val: row.val.map((v, i) => v * (ratio[row.idx[i] ?? 0] ?? 0)) }));
    const fit = trainBinaryLogistic(scaled, labels.map((y) => (y === c ? 1 : 0)), kept.length, options);
    for (let f = 0; f < kept.length; f++) weights[f * classes + c] = (fit.weights[f] ?? 0) * (ratio[f] ?? 0);
    bias[c] = fit.bias;
  }
  return { buckets: options.buckets, classes, kept, weights, scales: new Float64Array(classes).fill(1), bias };
}

function compactRow(row: SparseRow, position: Map<number, number>): SparseRow {
  const idx: number[] = [];
  const val: number[] = [];
  row.idx.forEach((bucket, i) => {
    const at = position.get(bucket);
    if (at !== undefined) {
      idx.push(at);
      val.push(row.val[i] ?? 0);
    }
  });
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/** log P(feature | class) − log P(feature | other classes), on document counts. */
function logCountRatio(kept: Int32Array, docs: Map<number, Float64Array>, c: number, alpha: number): Float64Array {
  const p = new Float64Array(kept.length);
  const q = new Float64Array(kept.length);
  let sumP = 0;
  let sumQ = 0;
  kept.forEach((bucket, f) => {
    const counts = docs.get(bucket) ?? new Float64Array(0);
    const own = counts[c] ?? 0;
    const all = counts.reduce((a, b) => a + b, 0);
    p[f] = own + alpha;
    q[f] = all - own + alpha;
    sumP += p[f] ?? 0;
    sumQ += q[f] ?? 0;
  });
  return p.map((value, f) => Math.log(value / sumP) - Math.log((q[f] ?? 1) / sumQ));
}

/** Full-batch Adam on the L2-penalised mean log-loss: deterministic, no shuffling. */
function trainBinaryLogistic(rows: SparseRow[], targets: number[], size: number, options: NbLogisticOptions): { weights: Float64Array; bias: number } {
  const { l2, iterations, learningRate } = options;
  const weights = new Float64Array(size);
  const grad = new Float64Array(size);
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  let bias = 0;
  const n = rows.length;
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    let gradBias = 0;
    rows.forEach((row, r) => {
      let z = bias;
      for (let i = 0; i < row.idx.length; i++) z += (row.val[i] ?? 0) * (weights[row.idx[i] ?? 0] ?? 0);
      const error = (1 / (1 + Math.exp(-z)) - (targets[r] ?? 0)) / n;
      gradBias += error;
      for (let i = 0; i < row.idx.length; i++) {
        const at = row.idx[i] ?? 0;
        grad[at] = (grad[at] ?? 0) + error * (row.val[i] ?? 0);
      }
    });
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let k = 0; k <= size; k++) {
      const w = k === size ? bias : (weights[k] ?? 0);
      const g = k === size ? gradBias : (grad[k] ?? 0) + l2 * w;
      m[k] = 0.9 * (m[k] ?? 0) + 0.1 * g;
      v[k] = 0.999 * (v[k] ?? 0) + 0.001 * g * g;
      const next = w - (learningRate * ((m[k] ?? 0) / c1)) / (Math.sqrt((v[k] ?? 0) / c2) + 1e-8);
      if (k === size) bias = next;
      else weights[k] = next;
    }
  }
  return { weights, bias };
}
