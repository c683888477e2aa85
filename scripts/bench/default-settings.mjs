// The bench needs the app's default settings as plain JSON (it runs in Node, outside the bundle).
import { build } from 'esbuild';
import { resolve } from 'node:path';

const out = await build({
  stdin: { contents: "export { defaultSettings } from './lib/model/settings';", resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts' },
  bundle: true, format: 'esm', write: false, platform: 'node',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
export const defaultSettingsJson = mod.defaultSettings;
