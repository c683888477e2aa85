import { browser } from 'wxt/browser';
import { decodeModel } from '../core/classifier/model-codec';
import type { ClassifierModel } from '../core/classifier/model';

/**
 * The shipped model, fetched from the extension's own files (public/classifier-model.bin) when
 * the classifier is first used: ~170 KB of bitmap and int8 weights that become typed-array views
 * as they are, instead of a 240 KB script the worker parsed at every start-up and then decoded.
 */
export async function fetchShippedModel(url: string = browser.runtime.getURL('/classifier-model.bin')): Promise<ClassifierModel> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Classifier model could not be read (${response.status} ${response.statusText})`);
  return decodeModel(new Uint8Array(await response.arrayBuffer()));
}
