import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel } from './model-codec';
import { modelData } from './model-data';

const MAX_BYTES = 300 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+=*$/;

describe('the committed model', () => {
  it('fits the bundle budget', () => {
    expect(JSON.stringify(modelData).length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('decodes into a three-label linear model with a sane temperature', () => {
    const model = decodeModel(modelData);
    expect(model.labels).toEqual(['defect', 'feature_request', 'question']);
    expect(model.linear.kept.length).toBeGreaterThan(10_000);
    expect(model.temperature).toBeGreaterThan(0.2);
    expect(model.temperature).toBeLessThan(5);
    for (let i = 1; i < model.linear.kept.length; i++) expect(model.linear.kept[i]).toBeGreaterThan(model.linear.kept[i - 1] ?? -1);
  });

  it('holds no text from the training data: numbers and base64 only', () => {
    const { kept, weights, trainedOn, labels, ...rest } = modelData;
    expect(kept).toMatch(BASE64);
    expect(weights).toMatch(BASE64);
    expect(trainedOn).not.toMatch(/react|tensorflow|vscode|bitcoin|opencv/i);
    expect(labels).toEqual(['defect', 'feature_request', 'question']);
    const strings = JSON.stringify(rest).match(/"[^"]*"/g) ?? [];
    const keysAndConfig = new Set(['"format"', '"features"', '"titleWeight"', '"bigrams"', '"shape"', '"buckets"', '"temperature"', '"bias"', '"scales"']);
    for (const value of strings) expect(keysAndConfig.has(value), value).toBe(true);
  });

  it('has no readable words in the generated source beyond its own header and keys', () => {
    const source = readFileSync(new URL('./model-data.ts', import.meta.url), 'utf8');
    const body = source.replace(/^\/\/.*$/gm, '').replace(/"[A-Za-z0-9+/]{200,}=*"/g, '""');
    const words = new Set(body.match(/[A-Za-z]{4,}/g) ?? []);
    const allowed = ['import', 'type', 'ModelData', 'from', 'model', 'codec', 'export', 'const', 'modelData', 'format', 'labels', 'defect', 'feature_request', 'request', 'feature', 'question', 'features', 'titleWeight', 'bigrams', 'true', 'shape', 'buckets', 'temperature', 'bias', 'scales', 'kept', 'weights', 'trainedOn', 'NLBSE', 'issue', 'report', 'classification', 'train', 'GitHub', 'issues', 'false'];
    for (const word of words) expect(allowed, word).toContain(word);
  });
});
