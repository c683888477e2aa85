import type { Category } from '../../model/classification';
import { featuresOf, type FeatureConfig, type TextPart } from './features';
import { findBucket, softmax, toRow, type LinearModel } from './linear-model';

/** The learned part of the classifier (defect / question / feature request), ready to use. */
export interface ClassifierModel {
  /** The categories the model scores, in the order of its weights. */
  labels: Category[];
  features: FeatureConfig;
  linear: LinearModel;
  /** Softmax temperature fitted on held-out predictions, so probabilities mean what they say. */
  temperature: number;
}

export interface ModelVerdict {
  /** Calibrated probability per label of the model. */
  probabilities: Map<Category, number>;
  /** Terms that pushed most towards each label, strongest first. */
  evidence: Map<Category, string[]>;
}

const EVIDENCE_TERMS = 4;

export function runModel(model: ClassifierModel, parts: TextPart[]): ModelVerdict {
  const terms = new Map<number, string>();
  const row = toRow(featuresOf(parts, model.features, terms), model.linear.buckets);
  const bucketTerm = new Map<number, string>();
  for (const [hash, term] of terms) bucketTerm.set(hash % model.linear.buckets, term);
  const { classes, kept, weights, bias } = model.linear;
  const scores = Float64Array.from(bias);
  const pulls: { bucket: number; value: number; at: number }[] = [];
  for (let i = 0; i < row.idx.length; i++) {
    const at = findBucket(kept, row.idx[i] ?? -1);
    if (at < 0) continue;
    const value = row.val[i] ?? 0;
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + value * (weights[at * classes + c] ?? 0);
    pulls.push({ bucket: row.idx[i] ?? 0, value, at });
  }
  const probabilities = softmax(scores, model.temperature);
  const verdict: ModelVerdict = { probabilities: new Map(), evidence: new Map() };
  model.labels.forEach((label, c) => {
    verdict.probabilities.set(label, probabilities[c] ?? 0);
    // A term is evidence for a label when it weighs more there than on average elsewhere.
    const ranked = pulls
      .filter((p) => isTellingTerm(bucketTerm.get(p.bucket) ?? ''))
      .map((p) => ({ bucket: p.bucket, pull: p.value * (weights[p.at * classes + c]! - meanOthers(weights, p.at, classes, c)) }))
      .filter((p) => p.pull > 0)
      .sort((a, b) => b.pull - a.pull)
      .slice(0, EVIDENCE_TERMS);
    verdict.evidence.set(label, ranked.map((p) => bucketTerm.get(p.bucket) ?? '').filter(isTellingTerm));
  });
  return verdict;
}

/** Words that carry meaning on their own; "is it" or "42" would puzzle the reader. */
const FILLER = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'have', 'i', 'if', 'in', 'is', 'it', 'me', 'my', 'of', 'on', 'or', 'our', 'so', 'that', 'the', 'this', 'to', 'we', 'with', 'you', 'your', 'hi', 'hello', 'thanks', 'after', 'when', 'there', 'was', 'has', 'can', 'do']);

function isTellingTerm(term: string): boolean {
  if (term === '') return false;
  if (!term.startsWith('"')) return true; // a cue such as "stack trace"
  const words = term.slice(1, -1).split(' ');
  return words.some((word) => !FILLER.has(word) && !/^\d+$/.test(word) && word.length > 1);
}

function meanOthers(weights: Float64Array, at: number, classes: number, own: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) if (c !== own) sum += weights[at * classes + c] ?? 0;
  return sum / Math.max(1, classes - 1);
}
