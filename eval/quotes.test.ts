import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQuotes, nameWords, quotedShare } from './quotes';

describe('PolNeAR gold helpers', () => {
  it('measures how much of a content span is inside quotation marks', () => {
    const t = 'Morris says the candidate has “always run a lean campaign.” He left.';
    const s = t.indexOf('the candidate');
    const e = t.indexOf(' He left');
    expect(quotedShare(t, [s, e])).toBeGreaterThan(0.5);
    expect(quotedShare(t, [t.indexOf('He left'), t.length])).toBe(0);
  });

  it('treats capitalised words the article never writes in lower case as names', () => {
    const text = 'Officials said Trump would speak. Several officials agreed.';
    expect([...nameWords('Officials', text)]).toEqual([]);
    expect([...nameWords('Donald Trump', text)]).toEqual(['donald', 'trump']);
    expect([...nameWords('he', text)]).toEqual([]);
  });
});

describe('evaluateQuotes on a folder in the PolNeAR layout', () => {
  it('scores spans by overlap and speakers by shared name words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    mkdirSync(join(dir, 'text'));
    const text = '“We will win,” Clinton said. The “Never Trump” movement grew.';
    writeFileSync(join(dir, 'text/a.txt'), text);
    const span = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    writeFileSync(
      join(dir, 'attributions_x.json'),
      JSON.stringify([
        {
          article: 'a',
          annotator: 'z',
          text_file: 'text/a.txt',
          attributions: [{ source: { spans: [span('Clinton')], text: 'Clinton' }, content: { spans: [span('“We will win,”')], text: '“We will win,”' } }],
        },
      ]),
    );
    const r = evaluateQuotes(dir);
    expect(r.n).toBe(1);
    expect(r.recall).toBe(1);
    // "Never Trump" is a quoted name, not speech: a false positive for both systems.
    expect(r.baseline.precision).toBe(0.5);
    expect(r.namedN).toBe(1);
    expect(r.speakerAccuracy).toBe(1);
  });
});
