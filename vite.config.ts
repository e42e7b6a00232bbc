// Production build of the extension into dist/. CRXJS reads manifest.json and turns every
// entry it names (worker, content script, popup) into a bundle; preact's preset gives JSX.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { noPreloadInWebPages } from './scripts/vite-no-page-preload.ts';
import { shipPrivacyPolicy } from './scripts/vite-privacy.ts';

/**
 * The content script as one self-contained classic script, with no loader and no ES-module
 * chunks: those had to be web-accessible, so any page could fetch one and tell Wiretrace is
 * installed (issue 14, item 11). The build then declares no web_accessible_resources.
 */
export const crxContentScripts = { standaloneFiles: ['src/content/detect.ts'] };

export default defineConfig({
  plugins: [preact(), crx({ manifest, contentScripts: crxContentScripts }), noPreloadInWebPages(), shipPrivacyPolicy()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Minified: the content-script chunks are parsed on every page the reader opens.
    minify: true,
    sourcemap: false,
    target: 'es2022',
    // Extension pages the manifest does not name (CRXJS builds only those it names).
    rolldownOptions: { input: { compare: 'src/ui/compare/index.html', offscreen: 'src/background/discovery/offscreen.html' } },
  },
  // The dev server is only used by CRXJS' HMR; pin it to loopback.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
});
