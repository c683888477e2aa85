import { decodeModel } from './model-codec';
import type { ClassifierModel } from './model';
import { modelData } from './model-data';

/**
 * The only module that imports the trained weights (≈200 KB). Import it dynamically
 * (`await import('…/load-model')`) from the background, never on a content script's start-up path.
 */
let cached: ClassifierModel | null = null;

export function loadModel(): ClassifierModel {
  cached ??= decodeModel(modelData);
  return cached;
}
