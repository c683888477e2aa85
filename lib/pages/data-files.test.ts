import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFile, importFile, previewImport, PRIVATE_WINDOW_PROBLEM } from './data-files';

describe('export and import in a private window (Firefox)', () => {
  afterEach(() => fakeBrowser.reset());

  it('refuse, saying where to go, instead of using the private, empty database', async () => {
    (fakeBrowser.extension as { inIncognitoContext: boolean }).inIncognitoContext = true;
    await expect(exportFile('json', Date.UTC(2026, 11, 5))).rejects.toThrow(PRIVATE_WINDOW_PROBLEM);
    await expect(exportFile('csv', Date.UTC(2026, 11, 5))).rejects.toThrow(PRIVATE_WINDOW_PROBLEM);
    await expect(previewImport('{"format":2}')).rejects.toThrow(PRIVATE_WINDOW_PROBLEM);
    await expect(importFile('{"format":2}', 'merge')).rejects.toThrow(PRIVATE_WINDOW_PROBLEM);
    await expect(importFile('{"format":2}', 'replace')).rejects.toThrow(PRIVATE_WINDOW_PROBLEM);
  });
});
