import { describe, expect, it } from 'vitest';
import { checkModelFile, decodeModel, encodeModel } from './model-codec';
import type { ClassifierModel } from './model';
import { defaultFeatureConfig } from './features';
import { findBucket, keptList, linearScores, weightAt } from './linear-model';

const model: ClassifierModel = {
  labels: ['defect', 'feature_request', 'question'],
  features: defaultFeatureConfig,
  temperature: 1.25,
  linear: {
    buckets: 2 ** 18,
    classes: 3,
    kept: Int32Array.from([0, 3, 31, 32, 200, 201, 70_000, 262_143]),
    weights: Float64Array.from([0.5, -0.25, 0, 1.2, 0.3, -0.9, -2, 0.01, 0.7, 0, 0, 0.05, 0.4, -0.4, 0.1, 0.3, 0.3, 0.3, -1, 1, 0, 0.2, 0.1, 0]),
    scales: Float64Array.from([1, 1, 1]),
    bias: Float64Array.from([-0.5, 0.1, 0.2]),
  },
};
const encoded = encodeModel(model, 'test');

describe('model codec', () => {
  it('round-trips buckets exactly and weights within int8 quantisation', () => {
    const decoded = decodeModel(encoded);
    expect(Array.from(keptList(decoded.linear.kept))).toEqual(Array.from(keptList(model.linear.kept)));
    expect(decoded.labels).toEqual(model.labels);
    expect(decoded.features).toEqual(defaultFeatureConfig);
    expect(decoded.temperature).toBeCloseTo(1.25, 5);
    const max = [2, 1.2, 0.9].map((m) => m / 127);
    model.linear.weights.forEach((w, k) => {
      expect(Math.abs(weightAt(decoded.linear, Math.floor(k / 3), k % 3) - w)).toBeLessThanOrEqual((max[k % 3] ?? 0) / 2 + 1e-5) // scales are stored to 6 digits;
    });
  });

  it.each([
    ['a kept bucket at the start of a word', 0, 0],
    ['the last bit of a word', 31, 2],
    ['the first bit of the next word', 32, 3],
    ['the last bucket', 262_143, 7],
    ['a bucket not kept', 1, -1],
    ['a bucket beyond the model', 2 ** 18 + 3, -1],
  ])('finds %s by its bitmap rank as training finds it in the sorted list', (_, bucket, position) => {
    const decoded = decodeModel(encoded);
    expect(findBucket(decoded.linear.kept, bucket)).toBe(position);
    expect(findBucket(model.linear.kept, bucket)).toBe(position);
  });

  it('uses the file\'s bytes as they are (views, no per-weight decoding) and scores as the floats they stand for', () => {
    const decoded = decodeModel(encoded);
    expect(decoded.linear.weights).toBeInstanceOf(Int8Array);
    expect(decoded.linear.weights.buffer).toBe(encoded.buffer);
    const row = { idx: Int32Array.from([3, 201, 262_143, 5]), val: Float64Array.from([0.5, 0.25, 1, 9]) };
    const exact = linearScores(model.linear, row);
    Array.from(linearScores(decoded.linear, row)).forEach((score, c) => expect(score).toBeCloseTo(exact[c] ?? 0, 1));
  });

  it('decodes a file that does not start on a 4-byte boundary of its buffer', () => {
    const shifted = new Uint8Array(encoded.length + 1);
    shifted.set(encoded, 1);
    expect(Array.from(keptList(decodeModel(shifted.subarray(1)).linear.kept))).toEqual(Array.from(keptList(model.linear.kept)));
  });

  it('tells two trainings apart by its fingerprint', () => {
    const other = encodeModel({ ...model, linear: { ...model.linear, bias: Float64Array.from([0, 0, 0]) } }, 'test');
    expect(decodeModel(other).fingerprint).toBe(decodeModel(encoded).fingerprint); // the fingerprint covers buckets and weights…
    const weights = Float64Array.from(model.linear.weights);
    weights[4] = -3;
    expect(decodeModel(encodeModel({ ...model, linear: { ...model.linear, weights } }, 'test')).fingerprint).not.toBe(decodeModel(encoded).fingerprint);
  });
});

describe('a damaged model file is refused with a plain error, never a crash or a half model', () => {
  const flip = (at: number): Uint8Array => {
    const copy = encoded.slice();
    copy[at] = (copy[at] ?? 0) ^ 0x10;
    return copy;
  };
  const headerLength = new DataView(encoded.buffer).getUint32(4, true);
  const header = (change: (h: Record<string, unknown>) => void): Uint8Array => {
    const h = JSON.parse(new TextDecoder().decode(encoded.subarray(8, 8 + headerLength))) as Record<string, unknown>;
    change(h);
    const json = new TextEncoder().encode(JSON.stringify(h));
    const start = (8 + json.length + 3) & ~3;
    const out = new Uint8Array(start + encoded.length - ((8 + headerLength + 3) & ~3));
    out.set(encoded.subarray(0, 8));
    new DataView(out.buffer).setUint32(4, json.length, true);
    out.set(json, 8);
    out.set(encoded.subarray((8 + headerLength + 3) & ~3), start);
    return out;
  };
  it.each<[string, Uint8Array, RegExp]>([
    ['empty', new Uint8Array(0), /damaged: 0 bytes/],
    ['not a model file', new TextEncoder().encode('<!doctype html><title>404</title>'), /does not start with "CBM2"/],
    ['cut inside the header', encoded.subarray(0, 20), /header is cut off/],
    ['cut inside the weights', encoded.subarray(0, encoded.length - 5), /cut off/],
    ['with bytes appended', Uint8Array.of(...encoded, 0, 0, 0, 0), /where its header says/],
    ['a bit set in the bitmap that the ranks do not count', flip(((8 + headerLength + 3) & ~3) + 4 * 8191), /ranks do not add up/],
    ['a header that is not JSON', flip(9), /not JSON|labels|damaged/],
    ['an unknown format', header((h) => { h.format = 3; }), /Unknown classifier model format 3/],
    ['labels that are not categories', header((h) => { h.labels = ['bug', 'feature', 'question']; }), /labels/],
    ['scales missing a class', header((h) => { h.scales = [1, 1]; }), /scales/],
    ['a temperature of zero', header((h) => { h.temperature = 0; }), /temperature/],
    ['a bucket count that is not a multiple of 32', header((h) => { h.buckets = 1000; }), /counts/],
    ['more buckets claimed than the bitmap holds', header((h) => { h.kept = 9; }), /where its header says/],
  ])('%s', (_, bytes, message) => {
    expect(() => decodeModel(bytes)).toThrow(message);
    expect(() => checkModelFile(bytes)).toThrow(message.source.includes('ranks') ? /checksum/ : message);
  });

  // Loading reads only the structure; the checksum is a pass over every byte, run by the tests and the trainer.
  it.each([
    ['a flipped bit in the bitmap', flip(((8 + headerLength + 3) & ~3) + 40)],
    ['a flipped bit in the ranks', flip(encoded.length - 24 - 16_384)],
    ['a flipped bit in the weights', flip(encoded.length - 3)],
  ])('%s fails the checksum (and never crashes scoring)', (_, bytes) => {
    expect(() => checkModelFile(bytes)).toThrow(/checksum does not match/);
    expect(() => checkModelFile(encoded)).not.toThrow();
    let decoded: ReturnType<typeof decodeModel> | null = null;
    try {
      decoded = decodeModel(bytes);
    } catch (error) {
      expect(String(error)).toMatch(/damaged/);
    }
    if (decoded) expect(linearScores(decoded.linear, { idx: Int32Array.from([0, 3, 40, 262_143]), val: Float64Array.from([1, 1, 1, 1]) }).every(Number.isFinite)).toBe(true);
  });
});
