// `wiretrace compare … --markdown` prints the same Markdown as the side-by-side page's
// "Copy report": the verdict, the likely original and the altered quote with both wordings.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const SEED = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');

async function call(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const sink = { write: (s: string) => ((stdout += s), true) };
  const code = await main(args, { stdout: sink, stderr: { write: () => true } });
  return { code, stdout };
}

describe('wiretrace compare --markdown', () => {
  it('prints the Markdown report', async () => {
    const { code, stdout } = await call('compare', join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'), '--markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Wiretrace report\n/);
    expect(stdout).toContain("**This page copies CBC News's story without credit** (Copy without credit).");
    const altered = stdout.split('\n').find((l) => l.startsWith('- **Altered**'));
    expect(altered).toContain('5% defense');
    expect(stdout).toContain('Original: “We discussed the imperative need for Europeans to meet a five per cent defence');
  });
});
