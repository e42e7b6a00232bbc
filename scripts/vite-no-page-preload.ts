// Vite wraps every dynamic import() in a preload helper that adds
// <link rel="modulepreload" href="chrome-extension://…"> elements to document.head. In a
// content script that document is the reader's page: the links change the page's DOM and
// tell the page which extension is installed. `build.modulePreload: false` does not remove
// the helper (vitejs/vite#18551, #13952), so this plugin wraps it: outside the extension's
// own origin (i.e. in content scripts) the import runs directly, without preloading;
// extension pages keep Vite's behaviour (it also loads CSS of lazy chunks there).
import type { Plugin } from 'vite';

export function noPreloadInWebPages(): Plugin {
  return {
    name: 'wiretrace:no-preload-in-web-pages',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/(^|\/)preload-helper[^/]*\.js$/.test(chunk.fileName)) continue;
        const m = /export\s*\{\s*([\w$]+)\s+as\s+([\w$]+)\s*\}\s*;?\s*$/.exec(chunk.code);
        if (!m) this.error(`${chunk.fileName}: preload helper export not found; update scripts/vite-no-page-preload.ts`);
        const [whole, local, exported] = m;
        chunk.code =
          chunk.code.slice(0, chunk.code.length - whole.length) +
          `const __wtPreload=(f,d,u)=>/^(chrome|moz)-extension:$/.test(globalThis.location?.protocol??"")?${local}(f,d,u):f();` +
          `export{__wtPreload as ${exported}};\n`;
      }
    },
  };
}
