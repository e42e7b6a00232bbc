// Every string key a page asks for exists in the English messages (a missing key would
// show the reader its raw name), and every message is valid for chrome.i18n: a `$` is a
// substitution ($1…$9) or an escaped dollar ($$), never a bare one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };

const UI = resolve(import.meta.dirname);
const messages = english as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('UI strings', () => {
  const used = files(UI).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => ({ key: m[1], file: relative(UI, f) })),
  );

  it('finds the keys the pages use', () => {
    expect(used.length).toBeGreaterThan(40);
  });

  it('has an English message for every key used', () => {
    const missing = used.filter((u) => !(u.key in messages)).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('uses only $1…$9 and $$ in messages', () => {
    const bad = Object.entries(messages).filter(([, v]) => /\$(?![1-9$])/.test(v.message.replace(/\$\$/g, '')));
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});
