import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQuotes, nameWords, polnearPart, quotedShare } from './quotes';

describe('PolNeAR gold helpers', () => {
  it('measures how much of a content span is inside quotation marks', () => {
    const t = 'Morris says the candidate has “always run a lean campaign.” He left.';
    const s = t.indexOf('the candidate');
    const e = t.indexOf(' He left');
    expect(quotedShare(t, [s, e])).toBeGreaterThan(0.5);
    expect(quotedShare(t, [t.indexOf('He left'), t.length])).toBe(0);
  });

  it('reads straight quotes as opening or closing from their neighbours, not by toggling from two characters back', () => {
    // PolNeAR politico 2016-05-22 (Cuban): the gold quote right after a quoted show title was
    // read as outside quotes, and a paraphrase right after a scare quote as inside.
    const t = 'Cuban said on NBC\'s "Meet the Press." "You don\'t have to be perfect." He left an "apology" to voters who stayed.';
    const span = (s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length];
    expect(quotedShare(t, span('"You don\'t have to be perfect."'))).toBeGreaterThan(0.9);
    expect(quotedShare(t, span('to voters who stayed'))).toBe(0);
  });

  it('splits articles into a dev and a held-out part by a hash of the article id, about half each', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `publisher_2016-01-01_article-${i}`);
    const dev = ids.filter((id) => polnearPart(id) === 'dev').length;
    expect(dev).toBeGreaterThan(150);
    expect(dev).toBeLessThan(250);
    expect(polnearPart(ids[7])).toBe(polnearPart(ids[7]));
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
