// Plain Vite dev for the extension pages (popup, side-by-side, options) outside the
// extension: no CRXJS, the pages find no extension API and use the mock client.
// `npx vite --config vite.pages.config.ts`, then open /src/ui/compare/index.html.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [preact()],
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
});
