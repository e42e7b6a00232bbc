// The Firefox build (`npm run build:firefox` → dist-firefox/): the Chrome configuration
// with the manifest rewritten by scripts/manifest-firefox.ts and CRXJS told to target
// Firefox (background scripts instead of a service worker, no use_dynamic_url). Every
// other plugin of vite.config.ts is kept, in its place, so the two builds cannot drift.
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/manifest-firefox';
import chromeConfig, { crxContentScripts } from './vite.config';

const base = chromeConfig as UserConfig;

const isCrx = (p: PluginOption) => Boolean(p && typeof p === 'object' && 'name' in p && String(p.name).startsWith('crx:'));

function withFirefoxCrx(plugins: PluginOption[]): PluginOption[] {
  const flat = plugins.flat(Infinity as 1) as PluginOption[];
  const at = flat.findIndex(isCrx);
  if (at < 0) throw new Error('vite.config.ts has no CRXJS plugin to retarget');
  const firefox = crx({ manifest: firefoxManifest(manifest) as typeof manifest, browser: 'firefox', contentScripts: crxContentScripts });
  return [...flat.slice(0, at).filter((p) => !isCrx(p)), firefox, ...flat.slice(at).filter((p) => !isCrx(p))];
}

export default defineConfig({
  ...base,
  plugins: withFirefoxCrx(base.plugins ?? []),
  build: { ...base.build, outDir: 'dist-firefox' },
});
