// Import boundaries between contexts (see STYLE.md): a tool, not a promise. The engine
// imports nothing outside core and no browser API; content, background and ui never
// import each other; only platform/ touches webextension-polyfill or chrome.*; the index
// server (src/server) imports core, extract and shared, and only cli imports it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);
const CONTEXTS = ['content', 'background', 'ui'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...text.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function area(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0];
}

const files = sourceFiles(SRC).filter((f) => !f.endsWith('architecture.test.ts'));

describe('import boundaries', () => {
  it('finds the source tree', () => {
    expect(files.some((f) => area(f) === 'core')).toBe(true);
  });

  for (const file of files) {
    const from = area(file);
    const rel = relative(SRC, file);
    it(`${rel} respects the boundaries`, () => {
      for (const spec of importsOf(file)) {
        const target = spec.startsWith('.') ? area(resolve(dirname(file), spec)) : undefined;
        // The engine's words are message keys; the English messages file is data it may read
        // (core/english.ts for the CLI and Markdown, core/messages.ts for the key type).
        const englishMessages = spec.startsWith('.') && resolve(dirname(file), spec) === resolve(SRC, '../public/_locales/en/messages.json');
        if (from === 'core' && !englishMessages) {
          expect(spec.startsWith('.') ? target : 'core-ok', `${rel} imports ${spec}`).toBe(spec.startsWith('.') ? 'core' : 'core-ok');
          expect(spec, `${rel}: the engine may not import browser or UI code`).not.toMatch(
            /^(webextension-polyfill|preact|chrome|idb|@mozilla\/readability|linkedom)/,
          );
        }
        if (from !== 'platform') {
          expect(spec, `${rel}: browser APIs belong in platform/`).not.toMatch(/^webextension-polyfill/);
        }
        // The shared index's server (src/server) runs in Node beside the extension: it reuses
        // the engine, extraction and shared code, and only the CLI starts it.
        if (from === 'server' && target) {
          expect(['server', 'core', 'extract', 'shared'], `${rel} imports ${spec}`).toContain(target);
        }
        if (target === 'server' && from !== 'server') {
          expect(from, `${rel} imports the server (${spec}); only cli may`).toBe('cli');
        }
        if ((CONTEXTS as readonly string[]).includes(from) && target && target !== from) {
          expect(CONTEXTS as readonly string[], `${rel} imports ${spec} from another context`).not.toContain(target);
        }
      }
    });
  }

  it('keeps chrome.* out of core, shared and the UI', () => {
    for (const file of files) {
      if (!['core', 'shared', 'ui', 'extract'].includes(area(file)) || file.endsWith('.test.ts')) continue;
      expect(readFileSync(file, 'utf8'), relative(SRC, file)).not.toMatch(/\bchrome\.\w+\.|\bbrowser\.(runtime|tabs|storage|action)\b/);
    }
  });
});
