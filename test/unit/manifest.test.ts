import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown> & { permissions?: string[]; gecko?: unknown };
const manifestFor = async (browser: string, manifestVersion: 2 | 3): Promise<Manifest> => {
  const make = config.manifest as (env: { browser: string; manifestVersion: 2 | 3 }) => Manifest | Promise<Manifest>;
  return make({ browser, manifestVersion });
};

describe('manifest: the fewest permissions that work', () => {
  it('asks for no "tabs" (Chrome would warn: read your browsing history)', async () => {
    for (const [browser, version] of [['chrome', 3], ['firefox', 2]] as const) {
      expect((await manifestFor(browser, version)).permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting']);
    }
  });

  it('may read a Trac over https, or over http only on this machine', async () => {
    const expected = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
    expect((await manifestFor('chrome', 3)).optional_host_permissions).toEqual(expected);
    expect((await manifestFor('firefox', 2)).optional_permissions).toEqual(expected);
  });

  it("Firefox's minimum versions understand data_collection_permissions (140, Android 142)", async () => {
    const settings = (await manifestFor('firefox', 2)).browser_specific_settings as {
      gecko: { strict_min_version: string; data_collection_permissions: unknown };
      gecko_android: { strict_min_version: string };
    };
    expect(Number.parseInt(settings.gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(140);
    expect(Number.parseInt(settings.gecko_android.strict_min_version, 10)).toBeGreaterThanOrEqual(142);
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
