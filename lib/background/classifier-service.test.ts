import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { message, thread } from '../core/classifier/test-support';
import { MODEL_FILE } from '../core/classifier/read-model-file';
import { decodeModel } from '../core/classifier/model-codec';
import type { ClassifierModel } from '../core/classifier/model';
import { openTestDb } from '../db/test-db';
import { defaultSettings } from '../model/settings';
import { fetchShippedModel } from './classifier-model';
import { createClassifierService } from './classifier-service';
import type { Services } from './services';

const services = (): Services => ({ db: openTestDb(), now: () => 1, newId: () => 'c1', settings: async () => defaultSettings, holidays: () => () => false });
const upload = thread('Upload fails with error 550', [message('jane@customer.example', 'Since the update every SFTP upload fails with error 550. What can we do?')]);
const bytes = readFileSync(MODEL_FILE);

describe('the classifier service loads the model file once, on first use', () => {
  it('fetches it on the first classification only', async () => {
    let loads = 0;
    const service = createClassifierService(services(), async () => {
      loads++;
      return decodeModel(bytes);
    });
    expect(loads).toBe(0);
    const first = await service.classify(upload, defaultSettings);
    await service.classify(upload, defaultSettings);
    expect(loads).toBe(1);
    expect(['defect', 'question']).toContain(first.category);
  });

  it('tries again after a failed load instead of failing every classification', async () => {
    const attempts: ('fail' | 'ok')[] = [];
    const service = createClassifierService(services(), async (): Promise<ClassifierModel> => {
      if (attempts.push(attempts.length === 0 ? 'fail' : 'ok') === 1) throw new Error('Classifier model could not be read (404 Not Found)');
      return decodeModel(bytes);
    });
    await expect(service.classify(upload, defaultSettings)).rejects.toThrow(/could not be read/);
    await expect(service.classify(upload, defaultSettings)).resolves.toMatchObject({ category: expect.any(String) as string });
    expect(attempts).toEqual(['fail', 'ok']);
  });
});

describe('fetchShippedModel', () => {
  const serve = (body: Uint8Array | string, status = 200) => async () => new Response(typeof body === 'string' ? body : new Blob([Uint8Array.from(body)]), { status, statusText: status === 200 ? 'OK' : 'Not Found' });
  it.each<[string, () => Promise<Response>, RegExp | null]>([
    ['the model file', serve(bytes), null],
    ['a missing file', serve('', 404), /could not be read \(404 Not Found\)/],
    ['an HTML page instead of the model', serve('<!doctype html><title>Error</title>'), /damaged: it does not start with "CBM2"/],
    ['a download cut short', serve(bytes.subarray(0, 50_000)), /damaged: .*cut off/],
  ])('%s', async (_, respond, error) => {
    const original = globalThis.fetch;
    globalThis.fetch = respond as typeof fetch;
    try {
      const loading = fetchShippedModel('chrome-extension://casebook/classifier-model.bin');
      if (error) await expect(loading).rejects.toThrow(error);
      else expect((await loading).labels).toEqual(['defect', 'feature_request', 'question']);
    } finally {
      globalThis.fetch = original;
    }
  });
});
