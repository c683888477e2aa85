import { Category } from '../../model/classification';
import type { FeatureConfig } from './features';
import type { LinearModel } from './linear-model';
import type { ClassifierModel } from './model';

/**
 * The committed model file: numbers only. Bucket numbers are delta-coded varints and weights
 * int8 with one scale per class, both base64, so the bundle stays small and holds no words.
 */
export interface ModelData {
  format: 1;
  labels: string[];
  features: FeatureConfig;
  buckets: number;
  temperature: number;
  bias: number[];
  /** weight = int8 × scale, per class. */
  scales: number[];
  kept: string;
  weights: string;
  /** What it was trained on, for people reading the file. */
  trainedOn: string;
}

export function encodeModel(model: ClassifierModel, trainedOn: string): ModelData {
  const { classes, kept, weights, bias } = model.linear;
  const scales = Array.from({ length: classes }, (_, c) => {
    let max = 0;
    for (let f = 0; f < kept.length; f++) max = Math.max(max, Math.abs(weights[f * classes + c] ?? 0));
    return max === 0 ? 1 : max / 127;
  });
  const quantised = new Int8Array(weights.length);
  weights.forEach((w, k) => (quantised[k] = Math.round(w / (scales[k % classes] ?? 1))));
  return {
    format: 1,
    labels: [...model.labels],
    features: model.features,
    buckets: model.linear.buckets,
    temperature: round(model.temperature),
    bias: Array.from(bias, round),
    scales: scales.map(round),
    kept: toBase64(encodeDeltas(kept)),
    weights: toBase64(new Uint8Array(quantised.buffer)),
    trainedOn,
  };
}

export function decodeModel(data: ModelData): ClassifierModel {
  if (data.format !== 1) throw new Error(`Unknown classifier model format ${String(data.format)}`);
  const labels = data.labels.map((label) => Category.parse(label));
  const classes = labels.length;
  const kept = decodeDeltas(fromBase64(data.kept));
  const quantised = new Int8Array(fromBase64(data.weights).buffer);
  if (quantised.length !== kept.length * classes) throw new Error('Classifier model is damaged: weights do not match buckets');
  const weights = Float64Array.from(quantised, (q, k) => q * (data.scales[k % classes] ?? 0));
  const linear: LinearModel = { buckets: data.buckets, classes, kept, weights, bias: Float64Array.from(data.bias) };
  return { labels, features: data.features, linear, temperature: data.temperature };
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}

function encodeDeltas(sorted: Int32Array): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (const value of sorted) {
    let delta = value - previous;
    previous = value;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return Uint8Array.from(bytes);
}

function decodeDeltas(bytes: Uint8Array): Int32Array {
  const values: number[] = [];
  let previous = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let byte = 0x80;
    while (byte & 0x80) {
      byte = bytes[i++] ?? 0;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    }
    previous += delta;
    values.push(previous);
  }
  return Int32Array.from(values);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
