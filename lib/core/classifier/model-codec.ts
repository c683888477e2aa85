import { Category } from '../../model/classification';
import type { FeatureConfig } from './features';
import { weightAt, type LinearModel } from './linear-model';
import { fnv1a } from './hash';
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
  const linear = model.linear;
  const { classes, kept, weights, bias } = linear;
  const scales = Array.from({ length: classes }, (_, c) => {
    let max = 0;
    for (let f = 0; f < kept.length; f++) max = Math.max(max, Math.abs(weightAt(linear, f, c)));
    return max === 0 ? 1 : max / 127;
  });
  const quantised = new Int8Array(weights.length);
  for (let k = 0; k < weights.length; k++) quantised[k] = Math.round(weightAt(linear, Math.floor(k / classes), k % classes) / (scales[k % classes] ?? 1));
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
  // The int8 weights are used as decoded (a view on the bytes, scaled per class where they are
  // read): this runs once, cold, when the worker starts, where a loop over every weight cost most.
  const bytes = fromBase64(data.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== kept.length * classes || data.scales.length !== classes) throw new Error('Classifier model is damaged: weights do not match buckets');
  const linear: LinearModel = { buckets: data.buckets, classes, kept, weights, scales: Float64Array.from(data.scales), bias: Float64Array.from(data.bias) };
  return { labels, features: data.features, linear, temperature: data.temperature, fingerprint: fingerprintOf(data) };
}

/** Cheap and enough to tell two trainings apart: the numbers that every training changes. */
function fingerprintOf(data: ModelData): string {
  return fnv1a(`${data.kept.length}:${data.weights.length}:${data.temperature}:${data.bias.join(',')}:${data.scales.join(',')}`).toString(36);
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
  const values = new Int32Array(bytes.length); // at least one byte per value
  let count = 0;
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
    values[count++] = previous;
  }
  return values.slice(0, count);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = (() => {
  const table = new Uint8Array(128);
  for (let i = 0; i < BASE64_DIGITS.length; i++) table[BASE64_DIGITS.charCodeAt(i)] = i;
  return table;
})();

/** The engine's own decoder where there is one (Chrome 140+, Firefox 133+): the worker's cold start. */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

function fromBase64(text: string): Uint8Array {
  return nativeFromBase64 ? nativeFromBase64(text) : fromBase64InScript(text);
}

/** Base64 to bytes in one pass (atob then one charCodeAt per byte costs twice as much, cold). */
export function fromBase64InScript(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '=' padding
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let at = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n = (BASE64_VALUE[text.charCodeAt(i)]! << 18) | (BASE64_VALUE[text.charCodeAt(i + 1)]! << 12) | (BASE64_VALUE[text.charCodeAt(i + 2)]! << 6) | BASE64_VALUE[text.charCodeAt(i + 3)]!;
    bytes[at++] = n >> 16;
    bytes[at++] = (n >> 8) & 0xff;
    bytes[at++] = n & 0xff;
  }
  if (end - i >= 2) {
    const n = (BASE64_VALUE[text.charCodeAt(i)]! << 18) | (BASE64_VALUE[text.charCodeAt(i + 1)]! << 12) | (end - i === 3 ? BASE64_VALUE[text.charCodeAt(i + 2)]! << 6 : 0);
    bytes[at++] = n >> 16;
    if (end - i === 3) bytes[at++] = (n >> 8) & 0xff;
  }
  return bytes;
}
