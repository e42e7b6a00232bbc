// The Firefox build (`npm run build:firefox` → dist-firefox/): the Chrome configuration
// with the manifest rewritten by scripts/manifest-firefox.ts and CRXJS told to target
// Firefox (background scripts instead of a service worker, no use_dynamic_url).
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/manifest-firefox';
import chromeConfig from './vite.config';

const base = chromeConfig as UserConfig;

export default defineConfig({
  ...base,
  plugins: [preact(), crx({ manifest: firefoxManifest(manifest) as typeof manifest, browser: 'firefox' })],
  build: { ...base.build, outDir: 'dist-firefox' },
});
