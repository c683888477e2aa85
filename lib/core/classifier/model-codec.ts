import type { Category } from '../../model/classification';
import { CATEGORIES } from '../../model/vocabulary';
import type { FeatureConfig } from './features';
import { bucketBitmap, keptCount, keptList, rankOf, RANK_BLOCK, weightAt, type BucketBitmap, type LinearModel } from './linear-model';
import type { ClassifierModel } from './model';

/**
 * The shipped model file (public/classifier-model.bin), numbers only, laid out so that loading
 * it is a few typed-array views and no per-weight work (the worker's cold start has a 15 ms
 * budget; the earlier base64-in-a-script form spent ~55 ms parsing, evaluating and decoding):
 *
 *   0   "CBM2"                          magic and format
 *   4   u32 n                           length of the header
 *   8   header, n bytes of JSON         labels, feature settings, temperature, bias, scales, counts, checksum
 *       zero padding to 4 bytes
 *       bitmap, buckets / 32 u32        bucket b is kept when bit b is set
 *       block ranks, u32 per 2,048 words, and word ranks, u16 per word (see BucketBitmap)
 *       weights, kept × classes i8      by kept position, then class; weight = int8 × scale of its class
 *
 * Little-endian (the typed arrays are views on the file). Loading checks the file's structure
 * (magic, header, lengths, that the ranks add up to the buckets kept); `checkModelFile` also
 * checks the checksum over everything after the header, a pass over every byte that the
 * worker's cold start does not pay for (the tests and the trainer do; the browser checks an
 * installed extension's files itself). The checksum is also the model's fingerprint, which
 * corrections remember.
 */
const MAGIC = 0x324d4243; // "CBM2" read as a little-endian u32
const FORMAT = 2;

interface Header {
  format: number;
  labels: string[];
  features: FeatureConfig;
  buckets: number;
  temperature: number;
  bias: number[];
  /** weight = int8 × scale, per class. */
  scales: number[];
  kept: number;
  checksum: number;
  /** What it was trained on, for people reading the file. */
  trainedOn: string;
}

export function encodeModel(model: ClassifierModel, trainedOn: string): Uint8Array {
  const linear = model.linear;
  const { classes, buckets } = linear;
  const count = keptCount(linear.kept);
  if (buckets % 32 !== 0) throw new Error('Classifier model: the bucket count must be a multiple of 32');
  const scales = Array.from({ length: classes }, (_, c) => {
    let max = 0;
    for (let f = 0; f < count; f++) max = Math.max(max, Math.abs(weightAt(linear, f, c)));
    return max === 0 ? 1 : max / 127;
  });
  const weights = new Int8Array(count * classes);
  for (let k = 0; k < weights.length; k++) weights[k] = Math.round(weightAt(linear, Math.floor(k / classes), k % classes) / (scales[k % classes] ?? 1));
  const { bits, blockRanks, wordRanks } = bucketBitmap(keptList(linear.kept), buckets);
  const parts = [bits, blockRanks, wordRanks, weights].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  const payload = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (payload.set(part, at), at + part.length), 0);
  const header: Header = {
    format: FORMAT,
    labels: [...model.labels],
    features: model.features,
    buckets,
    temperature: round(model.temperature),
    bias: Array.from(linear.bias, round),
    scales: scales.map(round),
    kept: count,
    checksum: checksum(payload),
    trainedOn,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(8 + json.length);
  const file = new Uint8Array(start + payload.length);
  const view = new DataView(file.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  file.set(json, 8);
  file.set(payload, start);
  return file;
}

/** The model in `file`, its arrays views on the file's bytes; throws a plain error on a damaged or truncated file. */
export function decodeModel(file: Uint8Array): ClassifierModel {
  const { header, payload } = readFile(file);
  const classes = header.labels.length;
  const words = header.buckets / 32;
  const blocks = Math.ceil(words / RANK_BLOCK);
  const at = payload.byteOffset;
  const kept: BucketBitmap = {
    bits: new Uint32Array(payload.buffer, at, words),
    blockRanks: new Uint32Array(payload.buffer, at + words * 4, blocks),
    wordRanks: new Uint16Array(payload.buffer, at + (words + blocks) * 4, words),
    count: header.kept,
  };
  if (rankOf(kept, words - 1, 0xffffffff) !== header.kept) throw damaged(`its ranks do not add up to the ${header.kept} buckets its header says`);
  const weights = new Int8Array(payload.buffer, at + (words + blocks) * 4 + words * 2, header.kept * classes);
  const linear: LinearModel = { buckets: header.buckets, classes, kept, weights, scales: Float64Array.from(header.scales), bias: Float64Array.from(header.bias) };
  return { labels: header.labels as Category[], features: header.features, linear, temperature: header.temperature, fingerprint: header.checksum.toString(36) };
}

/** Throws unless `file` is a model file whose checksum matches: every byte after the header is read. */
export function checkModelFile(file: Uint8Array): void {
  const { header, payload } = readFile(file);
  if (checksum(payload) !== header.checksum) throw damaged('its checksum does not match');
}

function damaged(why: string): Error {
  return new Error(`Classifier model file is damaged: ${why}`);
}

/** The header and the bytes after it (4-byte aligned), once the lengths are what the header says. */
function readFile(file: Uint8Array): { header: Header; payload: Uint8Array } {
  if (!LITTLE_ENDIAN) throw new Error('Classifier model: this machine is big-endian, the model file is not');
  if (file.length < 8) throw damaged(`${file.length} bytes, too short to be a model`);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw damaged('it does not start with "CBM2"');
  const length = view.getUint32(4, true);
  if (8 + length > file.length) throw damaged(`its header is cut off (${file.length} bytes)`);
  const header = readHeader(file.subarray(8, 8 + length));
  const start = align4(8 + length);
  const words = header.buckets / 32;
  const expected = start + words * 4 + Math.ceil(words / RANK_BLOCK) * 4 + words * 2 + header.kept * header.labels.length;
  if (file.length !== expected) throw damaged(`${file.length} bytes where its header says ${expected}${file.length < expected ? ' (cut off)' : ''}`);
  // Views need 4-byte alignment; a file read into a shared buffer may not have it.
  const bytes = (file.byteOffset + start) % 4 === 0 ? file : file.slice();
  return { header, payload: new Uint8Array(bytes.buffer, bytes.byteOffset + start, file.length - start) };
}

/** The header's fields checked one by one: a wrong file says what is wrong with it. */
function readHeader(bytes: Uint8Array): Header {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw damaged('its header is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw damaged('its header is not an object');
  const h = value as Record<string, unknown>;
  if (h.format !== FORMAT) throw new Error(`Unknown classifier model format ${String(h.format)}`);
  const labels = h.labels;
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => (CATEGORIES as readonly unknown[]).includes(l))) throw damaged('its labels are not categories');
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const numbers = (x: unknown): x is number[] => Array.isArray(x) && x.length === labels.length && x.every(finite);
  if (!numbers(h.bias) || !numbers(h.scales)) throw damaged('its bias or scales do not match its labels');
  if (!finite(h.temperature) || h.temperature <= 0) throw damaged('its temperature is not a positive number');
  const whole = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
  if (!whole(h.buckets) || h.buckets === 0 || h.buckets % 32 !== 0 || !whole(h.kept) || !whole(h.checksum)) throw damaged('its counts are not whole numbers');
  const f = h.features as Partial<FeatureConfig> | null;
  if (typeof f !== 'object' || f === null || !finite(f.titleWeight) || typeof f.bigrams !== 'boolean' || typeof f.shape !== 'boolean') throw damaged('its feature settings are incomplete');
  return {
    format: FORMAT,
    labels: labels as string[],
    features: { titleWeight: f.titleWeight, bigrams: f.bigrams, shape: f.shape },
    buckets: h.buckets,
    temperature: h.temperature,
    bias: h.bias,
    scales: h.scales,
    kept: h.kept,
    checksum: h.checksum,
    trainedOn: typeof h.trainedOn === 'string' ? h.trainedOn : '',
  };
}

/**
 * FNV-1a over 32-bit words (and the last bytes one by one): any flipped bit changes it.
 */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  const words = Math.floor(bytes.length / 4);
  const aligned = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, words) : new Uint32Array(bytes.slice(0, words * 4).buffer);
  for (let i = 0; i < words; i++) hash = Math.imul(hash ^ (aligned[i] ?? 0), 0x01000193);
  for (let i = words * 4; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

function align4(n: number): number {
  return (n + 3) & ~3;
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
