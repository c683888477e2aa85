import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromBase64InScript } from './model-codec';
import type { ClassifierModel } from './model';
import { defaultFeatureConfig } from './features';
import { linearScores, weightAt } from './linear-model';

const model: ClassifierModel = {
  labels: ['defect', 'feature_request', 'question'],
  features: defaultFeatureConfig,
  temperature: 1.25,
  linear: {
    buckets: 2 ** 18,
    classes: 3,
    kept: Int32Array.from([3, 200, 201, 70_000, 262_143]),
    weights: Float64Array.from([0.5, -0.25, 0, 1.2, 0.3, -0.9, -2, 0.01, 0.7, 0, 0, 0.05, 0.4, -0.4, 0.1]),
    scales: Float64Array.from([1, 1, 1]),
    bias: Float64Array.from([-0.5, 0.1, 0.2]),
  },
};

describe('model codec', () => {
  it('round-trips buckets exactly and weights within int8 quantisation', () => {
    const decoded = decodeModel(JSON.parse(JSON.stringify(encodeModel(model, 'test'))));
    expect(Array.from(decoded.linear.kept)).toEqual(Array.from(model.linear.kept));
    expect(decoded.labels).toEqual(model.labels);
    expect(decoded.temperature).toBeCloseTo(1.25, 5);
    model.linear.weights.forEach((w, k) => {
      const scale = k % 3 === 0 ? 2 / 127 : k % 3 === 1 ? 0.4 / 127 : 0.9 / 127;
      expect(Math.abs(weightAt(decoded.linear, Math.floor(k / 3), k % 3) - w)).toBeLessThanOrEqual(scale / 2 + 1e-9);
    });
  });

  it('keeps the int8 weights as decoded and scores with them as with the floats they stand for', () => {
    const decoded = decodeModel(encodeModel(model, 'test'));
    expect(decoded.linear.weights).toBeInstanceOf(Int8Array);
    const row = { idx: Int32Array.from([3, 201, 262_143, 5]), val: Float64Array.from([0.5, 0.25, 1, 9]) };
    const exact = linearScores(model.linear, row);
    Array.from(linearScores(decoded.linear, row)).forEach((score, c) => expect(score).toBeCloseTo(exact[c] ?? 0, 1));
  });

  it('refuses a damaged file', () => {
    const data = encodeModel(model, 'test');
    expect(() => decodeModel({ ...data, weights: data.weights.slice(0, 8) })).toThrow(/damaged/);
    expect(() => decodeModel({ ...data, scales: data.scales.slice(0, 2) })).toThrow(/damaged/);
    expect(() => decodeModel({ ...data, labels: ['bug', 'feature', 'question'] })).toThrow();
  });
});

describe('base64 decoding without the engine\'s decoder (Node 20, older browsers)', () => {
  // Every padding case (0, 1 and 2 bytes left over) and every byte value, against atob.
  const viaAtob = (text: string): number[] => Array.from(atob(text), (ch) => ch.charCodeAt(0));
  const cases: [string, number[]][] = [
    ['empty', []],
    ['one byte (two "=")', [0]],
    ['two bytes (one "=")', [255, 1]],
    ['three bytes (no padding)', [0xfb, 0xff, 0xbf]],
    ['every byte value', Array.from({ length: 256 }, (_, i) => i)],
    ['a long run', Array.from({ length: 10_001 }, (_, i) => (i * 37) % 256)],
  ];
  it.each(cases)('%s', (_, bytes) => {
    const text = btoa(String.fromCharCode(...bytes));
    expect(Array.from(fromBase64InScript(text))).toEqual(viaAtob(text));
    expect(Array.from(fromBase64InScript(text))).toEqual(bytes);
  });
});
