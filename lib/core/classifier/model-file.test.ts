import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptCount, keptList } from './linear-model';
import { checkModelFile, decodeModel } from './model-codec';
import { MODEL_FILE } from './read-model-file';

const MAX_BYTES = 300 * 1024;
const file = readFileSync(MODEL_FILE);

describe('the committed model file', () => {
  it('fits the budget', () => {
    expect(file.length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('is whole: its checksum matches', () => {
    expect(() => checkModelFile(file)).not.toThrow();
  });

  it('decodes into a three-label linear model with a sane temperature', () => {
    const model = decodeModel(file);
    expect(model.labels).toEqual(['defect', 'feature_request', 'question']);
    expect(keptCount(model.linear.kept)).toBeGreaterThan(10_000);
    expect(model.temperature).toBeGreaterThan(0.2);
    expect(model.temperature).toBeLessThan(5);
    const kept = keptList(model.linear.kept);
    for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1] ?? -1);
    expect(kept[kept.length - 1]).toBeLessThan(model.linear.buckets);
  });

  it('holds no text from the training data: its header has numbers and its own keys only, the rest is binary', () => {
    const length = file.readUInt32LE(4);
    const header = JSON.parse(file.subarray(8, 8 + length).toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual(['bias', 'buckets', 'checksum', 'features', 'format', 'kept', 'labels', 'scales', 'temperature', 'trainedOn']);
    expect(header.trainedOn).not.toMatch(/react|tensorflow|vscode|bitcoin|opencv/i);
    const { trainedOn: _, labels, ...rest } = header;
    expect(labels).toEqual(['defect', 'feature_request', 'question']);
    const strings = JSON.stringify(rest).match(/"[^"]*"/g) ?? [];
    const keys = new Set(['"format"', '"features"', '"titleWeight"', '"bigrams"', '"shape"', '"buckets"', '"temperature"', '"bias"', '"scales"', '"kept"', '"checksum"']);
    for (const value of strings) expect(keys.has(value), value).toBe(true);
  });
});
