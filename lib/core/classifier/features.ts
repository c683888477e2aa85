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

const SEED = { title: fnv1a('t:'), body: fnv1a('b:'), shape: fnv1a('s:') };

/**
 * Hashed unigram + bigram presence, weighted per part, L2-normalised. When `terms` is given it
 * receives hash -> readable term, so the reasons shown to the user can name the words.
 */
export function featuresOf(parts: TextPart[], config: FeatureConfig = defaultFeatureConfig, terms?: Map<number, string>): FeatureVector {
  const vector: FeatureVector = new Map();
  for (const part of parts) {
    if (part.weight <= 0 || part.text.length === 0) continue;
    const weight = part.field === 'title' ? part.weight * config.titleWeight : part.weight;
    const seed = SEED[part.field];
    const seen = new Set<number>();
    const add = (hash: number, term: string): void => {
      if (seen.has(hash)) return; // presence, not counts: a pasted log must not outvote a sentence
      seen.add(hash);
      vector.set(hash, (vector.get(hash) ?? 0) + weight);
      if (terms && !terms.has(hash)) terms.set(hash, term);
    };
    const surface: string[] = [];
    const tokens = tokenize(part.text, terms ? surface : undefined);
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i] ?? '';
      add(fnv1a(word, seed), termOf(surface, i, i));
      if (config.bigrams && i > 0) add(fnv1a(`${tokens[i - 1] ?? ''} ${word}`, seed), termOf(surface, i - 1, i));
    }
    if (config.shape) for (const cue of shapeCues(part.text, part.field)) add(fnv1a(cue, SEED.shape), cue);
  }
  return normalize(vector);
}

/** How a word feature reads in the reasons: the words as written, in quotes. */
function termOf(surface: string[], from: number, to: number): string {
  return surface.length === 0 ? '' : `"${surface.slice(from, to + 1).join(' ')}"`;
}

/** Cues that are not words: how the text looks. Named like the reasons the user reads. */
function shapeCues(text: string, field: TextPart['field']): string[] {
  const questions = (text.match(/\?(\s|$)/g) ?? []).length;
  if (field === 'title') return questions > 0 ? ['question mark in subject'] : [];
  const cues: string[] = [];
  if (questions > 0) cues.push(questions > 2 ? 'several question marks' : 'question mark');
  if (/```|^ {4}\S/m.test(text)) cues.push('code block');
  if (/^\s+at \S+ \(|Traceback \(most recent call last\)|Exception in thread|\w\.(java|py|js|ts|cpp|cs):\d+/m.test(text)) {
    cues.push('stack trace');
  }
  if (/^\s*(1[.)]|step 1)/im.test(text)) cues.push('numbered steps');
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

/** Cosine similarity of two L2-normalised vectors. */
export function cosine(a: FeatureVector, b: FeatureVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  return dot;
}
