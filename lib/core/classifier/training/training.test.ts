import { describe, expect, it } from 'vitest';
import { keptList, linearScores } from '../linear-model';
import { parseCsv } from './csv';
import { f1PerClass, fitTemperature, macroF1, percentile, stratifiedFolds } from './evaluation';
import { trainNbLogistic } from './nb-logistic';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const csv = 'repo,label,title,body\r\na/b,bug,"Crash, again","line 1\n""quoted"" line 2"\nc/d,question,How?,\n';
    expect(parseCsv(csv)).toEqual([
      { repo: 'a/b', label: 'bug', title: 'Crash, again', body: 'line 1\n"quoted" line 2' },
      { repo: 'c/d', label: 'question', title: 'How?', body: '' },
    ]);
  });
});

describe('evaluation', () => {
  it('computes F1 per class and macro-F1', () => {
    const truth = [0, 0, 1, 1, 2, 2];
    const predicted = [0, 1, 1, 1, 2, 0];
    // class 0: tp 1, fp 1, fn 1 -> 0.5; class 1: tp 2, fp 1 -> 0.8; class 2: tp 1, fn 1 -> 2/3
    expect(f1PerClass(truth, predicted, 3).map((f) => Number(f.toFixed(4)))).toEqual([0.5, 0.8, 0.6667]);
    expect(macroF1(truth, predicted, 3)).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3, 6);
  });

  it('makes balanced, repeatable stratified folds', () => {
    const strata = Array.from({ length: 100 }, (_, i) => (i < 60 ? 'a' : 'b'));
    const folds = stratifiedFolds(strata, 5, 1);
    expect(stratifiedFolds(strata, 5, 1)).toEqual(folds);
    for (let k = 0; k < 5; k++) {
      expect(folds.filter((f, i) => f === k && strata[i] === 'a')).toHaveLength(12);
      expect(folds.filter((f, i) => f === k && strata[i] === 'b')).toHaveLength(8);
    }
  });

  it('fits a temperature that undoes over-confident scores', () => {
    // True probabilities come from scores / 2; the model reports the scores themselves.
    const logits: number[][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const margin = ((i % 50) - 25) / 5;
      const p = 1 / (1 + Math.exp(-margin / 2));
      logits.push([margin, 0]);
      truth.push((i * 0.6180339887) % 1 < p ? 0 : 1);
    }
    expect(fitTemperature(logits, truth)).toBeGreaterThan(1.6);
    expect(fitTemperature(logits, truth)).toBeLessThan(2.5);
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 95)).toBe(5);
  });
});

describe('trainNbLogistic', () => {
  it('learns which words go with which class and drops one-off features', () => {
    const doc = (words: number[]) => ({ idx: Int32Array.from(words), val: Float64Array.from(words, () => 1 / Math.sqrt(words.length)) });
    const rows = [doc([1, 10, 99]), doc([1, 11]), doc([2, 10]), doc([2, 12, 98]), doc([3, 11]), doc([3, 12])];
    const labels = [0, 0, 1, 1, 2, 2];
    const model = trainNbLogistic(rows, labels, { buckets: 128, classes: 3, alpha: 1, l2: 1e-4, minDocs: 2, minGroups: 1, iterations: 200, learningRate: 0.1 });
    expect(Array.from(keptList(model.kept))).toEqual([1, 2, 3, 10, 11, 12]);
    const winner = (row: ReturnType<typeof doc>) => {
      const scores = linearScores(model, row);
      return scores.indexOf(Math.max(...scores));
    };
    expect([doc([1]), doc([2]), doc([3])].map(winner)).toEqual([0, 1, 2]);
  });
});
