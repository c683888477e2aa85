import type { Category } from '../../model/classification';
import type { FeatureConfig, FeatureTrace, FeatureVector, TermPlace } from './features';
import { findBucket, softmax, weightAt, type LinearModel } from './linear-model';
import { MAX_REASONS, overlaps, phraseOf } from './reasons';

/** The learned part of the classifier (defect / question / feature request), ready to use. */
export interface ClassifierModel {
  /** The categories the model scores, in the order of its weights. */
  labels: Category[];
  features: FeatureConfig;
  linear: LinearModel;
  /** Softmax temperature fitted on held-out predictions, so probabilities mean what they say. */
  temperature: number;
  /** Tells one shipped model from another (set when decoded), so corrections know which model they were made against. */
  fingerprint?: string;
}

export interface ModelVerdict {
  /** Calibrated probability per label of the model. */
  probabilities: Map<Category, number>;
  /** The words (quoted in context) or cues that pushed most towards `label`, strongest first (worked out on demand). */
  evidence(label: Category): string[];
}

/** Scores a feature vector (from `featuresOf` with `model.features`). */
export function runModel(model: ClassifierModel, vector: FeatureVector, trace?: FeatureTrace): ModelVerdict {
  const linear = model.linear;
  const { buckets, classes, kept, bias } = linear;
  const scores = Float64Array.from(bias);
  const hits: { hash: number; value: number; at: number }[] = [];
  for (const [hash, value] of vector) {
    const at = findBucket(kept, hash % buckets);
    if (at < 0) continue;
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + value * weightAt(linear, at, c);
    hits.push({ hash, value, at });
  }
  const probabilities = softmax(scores, model.temperature);
  return {
    probabilities: new Map(model.labels.map((label, c) => [label, probabilities[c] ?? 0])),
    evidence(label: Category): string[] {
      const c = model.labels.indexOf(label);
      if (c < 0 || !trace) return [];
      // A term is evidence for a label when it weighs more there than on average elsewhere.
      const ranked = hits
        .map((hit) => ({ hash: hit.hash, pull: hit.value * (weightAt(linear, hit.at, c) - meanOthers(linear, hit.at, c)) }))
        .filter((hit) => hit.pull > 0)
        .sort((a, b) => b.pull - a.pull);
      const terms: string[] = [];
      const taken: TermPlace[] = [];
      for (const hit of ranked) {
        const place = trace.placeOf(hit.hash);
        const phrase = phraseOf(place);
        if (phrase === '' || terms.includes(phrase) || overlaps(place, taken)) continue;
        terms.push(phrase);
        if (place) taken.push(place);
        if (terms.length === MAX_REASONS) break;
      }
      return terms;
    },
  };
}

function meanOthers(linear: LinearModel, at: number, own: number): number {
  let sum = 0;
  for (let c = 0; c < linear.classes; c++) if (c !== own) sum += weightAt(linear, at, c);
  return sum / Math.max(1, linear.classes - 1);
}
