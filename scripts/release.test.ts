// What a store package promises in several places must say one thing: the version in
// package.json, manifest.json and the newest CHANGELOG entry; the licence in LICENSE and
// package.json; the privacy policy linked from the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license?: string };
const manifest = JSON.parse(read('manifest.json')) as { version: string };

describe('release metadata', () => {
  it('package.json and manifest.json carry the same version', () => {
    expect(manifest.version).toBe(pkg.version);
  });

  it('the newest CHANGELOG entry is that version', () => {
    const newest = /^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1];
    expect(newest).toBe(pkg.version);
  });

  it('LICENSE is the Apache License 2.0, as package.json says', () => {
    expect(read('LICENSE')).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    expect(pkg.license).toBe('Apache-2.0');
  });

  it('the README links the privacy policy and the licence', () => {
    const readme = read('README.md');
    expect(readme).toContain('](PRIVACY.md)');
    expect(readme).toContain('](LICENSE)');
  });
});
