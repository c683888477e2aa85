// Node only (tests and scripts): the shipped model read from disk. The extension fetches the
// same file (lib/background/classifier-model.ts); paths are from the repository's root, where
// npm scripts and Vitest run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeModel } from './model-codec';
import type { ClassifierModel } from './model';

/** Where `npm run train:classifier` writes the model; WXT copies public/ into the extension. */
export const MODEL_FILE = 'public/classifier-model.bin';

let cached: ClassifierModel | null = null;

export function readShippedModel(): ClassifierModel {
  cached ??= decodeModel(readFileSync(resolve(MODEL_FILE)));
  return cached;
}
