import type { Category } from '../../../model/classification';
import { defaultFeatureConfig, featuresOf, type FeatureConfig } from '../features';
import { linearScores, toRow, type SparseRow } from '../linear-model';
import { messageText, modelParts } from '../message-text';
import type { ClassifierModel } from '../model';
import { fitTemperature, macroF1, stratifiedFolds } from './evaluation';
import { defaultNbLogisticOptions, trainNbLogistic, type NbLogisticOptions } from './nb-logistic';

/** One labelled example: an issue title and body, and its label's position in `labels`. */
export interface Example {
  title: string;
  body: string;
  label: number;
  /** Fold stratum, e.g. "repo|label". */
  stratum: string;
  /** Where it comes from (a repository): for inner folds by group and for `minGroups`. */
  group?: string;
}

export interface TrainSettings {
  labels: Category[];
  features: FeatureConfig;
  learner: NbLogisticOptions;
  /** Candidate L2 penalties; the best by inner cross-validation is used. */
  l2Grid: number[];
  innerFolds: number;
  /**
   * "stratified": inner folds mix every group. "by group": each inner fold is one group (one
   * repository held out), so L2 and the temperature are chosen for mail of a team the model has
   * not seen, which is what a new team's mail is.
   */
  innerSplit: 'stratified' | 'by group';
  seed: number;
}

export const defaultTrainSettings: TrainSettings = {
  labels: ['defect', 'feature_request', 'question'],
  features: defaultFeatureConfig,
  learner: defaultNbLogisticOptions,
  l2Grid: [1e-5, 3e-5, 1e-4],
  innerFolds: 3,
  innerSplit: 'stratified',
  seed: 7,
};

export interface TrainResult {
  model: ClassifierModel;
  l2: number;
  /** Inner cross-validated macro-F1 per candidate L2. */
  innerScores: Map<number, number>;
}

/** The features the classifier computes for an issue at run time, folded to buckets. */
export function exampleRow(example: Pick<Example, 'title' | 'body'>, settings: TrainSettings): SparseRow {
  return toRow(featuresOf(modelParts(example.title, messageText(example.body)), settings.features), settings.learner.buckets);
}

/**
 * Picks L2 by inner cross-validation on `examples` only, fits the softmax temperature on the
 * same held-out predictions, then trains on all of `examples`.
 */
export function trainModel(examples: Example[], settings: TrainSettings, rows = examples.map((e) => exampleRow(e, settings))): TrainResult {
  const labels = examples.map((e) => e.label);
  const groups = examples.map((e) => e.group ?? '');
  const { folds, count } = innerFolds(examples, settings);
  const innerScores = new Map<number, number>();
  const heldOut = new Map<number, Float64Array[]>();
  for (const l2 of settings.l2Grid) {
    const scores = new Array<Float64Array>(examples.length);
    for (let k = 0; k < count; k++) {
      const train = indices(folds, (f) => f !== k);
      const model = trainNbLogistic(pick(rows, train), pick(labels, train), { ...settings.learner, classes: settings.labels.length, l2 }, pick(groups, train));
      for (const i of indices(folds, (f) => f === k)) scores[i] = linearScores(model, rows[i] as SparseRow);
    }
    heldOut.set(l2, scores);
    innerScores.set(l2, macroF1(labels, scores.map(argmax), settings.labels.length));
  }
  const l2 = [...innerScores].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const temperature = fitTemperature(heldOut.get(l2) ?? [], labels);
  const linear = trainNbLogistic(rows, labels, { ...settings.learner, classes: settings.labels.length, l2 }, groups);
  return { model: { labels: settings.labels, features: settings.features, linear, temperature }, l2, innerScores };
}

/** Inner fold per example: stratified, or one fold per group when there are at least two groups. */
function innerFolds(examples: Example[], settings: TrainSettings): { folds: number[]; count: number } {
  const groups = [...new Set(examples.map((e) => e.group ?? ''))];
  if (settings.innerSplit === 'by group' && groups.length >= 2) return { folds: examples.map((e) => groups.indexOf(e.group ?? '')), count: groups.length };
  return { folds: stratifiedFolds(examples.map((e) => e.stratum), settings.innerFolds, settings.seed), count: settings.innerFolds };
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

function indices(folds: number[], keep: (fold: number) => boolean): number[] {
  return folds.flatMap((fold, i) => (keep(fold) ? [i] : []));
}

function pick<T>(items: T[], at: number[]): T[] {
  return at.map((i) => items[i] as T);
}
