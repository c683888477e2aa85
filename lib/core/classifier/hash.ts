/**
 * FNV-1a, 32 bits. Features are hashed so that the model and the stored corrections hold
 * numbers, never words, and so that the model has a fixed size whatever the vocabulary.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues hashing `text` from `seed` (the hash of a prefix), so namespaces cost nothing. */
export function fnv1a(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
