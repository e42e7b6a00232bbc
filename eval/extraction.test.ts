import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { evaluateZyte } from './extraction';

const body = 'The council voted on Tuesday to extend the transit line to the airport by 2030. ';
const page = (paras: string) =>
  `<html><head><title>Transit</title></head><body><nav>Home News Sports Weather</nav><article>${paras}</article>
   <footer>Copyright Example News. All rights reserved.</footer></body></html>`;

describe('evaluateZyte (article-extraction-benchmark layout)', () => {
  it('scores html/*.html.gz against ground-truth.json articleBody', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zyte-'));
    mkdirSync(join(dir, 'html'));
    const paras = [0, 1, 2, 3].map((i) => `<p>${body.repeat(3)}Paragraph ${i} has its own ending words number ${i}.</p>`).join('');
    writeFileSync(join(dir, 'html/0001.html.gz'), gzipSync(page(paras)));
    const truth = [0, 1, 2, 3].map((i) => `${body.repeat(3)}Paragraph ${i} has its own ending words number ${i}.`).join('\n');
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ '0001': { articleBody: truth, url: 'https://example.test/a' } }));
    const r = evaluateZyte(dir);
    expect(r.n).toBe(1);
    expect(r.f1).toBeGreaterThan(0.95);
    expect(r.precision).toBeGreaterThan(0.95);
  });
});
