// Ships PRIVACY.md inside the package as privacy.txt (plain text, shown by the browser as is),
// so the options page can link the policy without a network request and the text a reader
// sees is the file in the repository, not a copy that could drift.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const PRIVACY_ASSET = 'privacy.txt';

export function shipPrivacyPolicy(file = resolve(import.meta.dirname, '..', 'PRIVACY.md')): Plugin {
  return {
    name: 'wiretrace-privacy-policy',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PRIVACY_ASSET, source: readFileSync(file, 'utf8') });
    },
  };
}
