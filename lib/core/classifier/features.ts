import { fnv1a } from './hash';
import { tokenize } from './tokens';

/** Feature hash (full 32 bits) -> weight. The model folds hashes into its buckets. */
export type FeatureVector = Map<number, number>;

/** How text becomes features; stored in the model so training and use always agree. */
export interface FeatureConfig {
  /** Weight of the subject's features relative to the body's. */
  titleWeight: number;
  bigrams: boolean;
  /** Structural cues (code block, stack trace, question marks…). */
  shape: boolean;
}

export const defaultFeatureConfig: FeatureConfig = { titleWeight: 1, bigrams: true, shape: true };

/** One piece of a conversation and how much it counts (the newest customer message most). */
export interface TextPart {
  text: string;
  weight: number;
  /** Subject words live in their own namespace: "crash" in a subject says more than in a log. */
  field: 'title' | 'body';
}

/**
 * Where features came from, so the reasons shown to the user can quote the words as written,
 * with the words around them. Kept as numbers while counting; only the few features that end
 * up as reasons become text.
 */
export class FeatureTrace {
  private readonly surface: { words: string[]; field: TextPart['field'] }[] = [];
  private readonly origin = new Map<number, number | string>();

  /** Called once per part, in order (also for parts without text, so positions line up). */
  startPart(field: TextPart['field']): string[] {
    const words: string[] = [];
    this.surface.push({ words, field });
    return words;
  }

  /** First place a hash was seen: part, first word and whether it is a word pair. */
  note(hash: number, at: number | string): void {
    if (!this.origin.has(hash)) this.origin.set(hash, at);
  }

  /** Where a hash's words stand, or a cue's name; null when unknown. */
  placeOf(hash: number): TermPlace | null {
    const at = this.origin.get(hash);
    if (at === undefined) return null;
    if (typeof at === 'string') return { cue: at };
    const part = Math.floor(at / 2 ** 24);
    const { words, field } = this.surface[part] ?? { words: [], field: 'body' };
    const first = (at % 2 ** 24) >> 1;
    return { part, field, first, last: first + (at & 1), words };
  }
}

/** A feature's origin: a cue such as "stack trace", or words first..last of a part. */
export type TermPlace = { cue: string } | { part: number; field: TextPart['field']; first: number; last: number; words: readonly string[] };

const SEED = { title: fnv1a('t:'), body: fnv1a('b:'), shape: fnv1a('s:') };

/**
 * Hashed unigram + bigram presence (not counts: a pasted log must not outvote a sentence),
 * weighted per part and L2-normalised.
 */
export function featuresOf(parts: TextPart[], config: FeatureConfig = defaultFeatureConfig, trace?: FeatureTrace): FeatureVector {
  const vector: FeatureVector = new Map();
  parts.forEach((part, partIndex) => {
    const surface = trace?.startPart(part.field);
    if (part.weight <= 0 || part.text.length === 0) return;
    const weight = part.field === 'title' ? part.weight * config.titleWeight : part.weight;
    const seed = SEED[part.field];
    const seen = new Set<number>();
    const add = (hash: number, at: number | string): void => {
      if (seen.has(hash)) return;
      seen.add(hash);
      vector.set(hash, (vector.get(hash) ?? 0) + weight);
      trace?.note(hash, at);
    };
    const tokens = tokenize(part.text, surface);
    let previous = 0;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i] ?? '';
      const at = partIndex * 2 ** 24 + i * 2;
      const hash = fnv1a(word, seed);
      add(hash, at);
      // "a b" hashed as a continuation of "a ", without building the string
      if (config.bigrams && i > 0) add(fnv1a(word, previous), at - 1);
      previous = fnv1a(' ', hash);
    }
    if (config.shape) for (const cue of shapeCues(part.text, part.field)) add(fnv1a(cue, SEED.shape), cue);
  });
  return normalize(vector);
}

/** Cues that are not words: how the text looks. Named like the reasons the user reads. */
function shapeCues(text: string, field: TextPart['field']): string[] {
  const questions = (text.match(/\?(\s|$)/g) ?? []).length;
  if (field === 'title') return questions > 0 ? ['question mark in subject'] : [];
  const cues: string[] = [];
  if (questions > 0) cues.push(questions > 2 ? 'several question marks' : 'question mark');
  if (/```|^ {4}\S/m.test(text)) cues.push('code block');
  if (/^[^\S\r\n\u2028\u2029]+at \S+ \(|Traceback \(most recent call last\)|Exception in thread|\w\.(java|py|js|ts|cpp|cs):\d+/m.test(text)) {
    cues.push('stack trace');
  }
  if (/^[^\S\r\n\u2028\u2029]*(1[.)]|step 1)/im.test(text)) cues.push('numbered steps');
  return cues;
}

function normalize(vector: FeatureVector): FeatureVector {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  if (sum === 0) return vector;
  const scale = 1 / Math.sqrt(sum);
  for (const [key, value] of vector) vector.set(key, value * scale);
  return vector;
}

/**
 * `vector` (featuresOf(parts, config)) with the subject's features weighing `factor` times
 * more, at length 1 again: the same as featuresOf with that title weight, without reading the
 * body twice (only the subject, a few words, is hashed again to know its features).
 */
export function withSubjectWeighted(vector: FeatureVector, parts: TextPart[], config: FeatureConfig, factor: number): FeatureVector {
  const subject = featuresOf(parts.filter((part) => part.field === 'title'), config);
  const out: FeatureVector = new Map(vector);
  for (const hash of subject.keys()) {
    const value = out.get(hash);
    if (value !== undefined) out.set(hash, value * factor);
  }
  return normalize(out);
}

/** Cosine similarity of two L2-normalised vectors. */
export function cosine(a: FeatureVector, b: FeatureVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  return dot;
}
