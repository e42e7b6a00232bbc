// Issue 14 ("pages speak only for themselves"): a publication date a page states later than
// Wiretrace first saw that page does not decide direction. The case: the original's page is
// re-dated after an update (its datePublished moved to the afternoon), while a copy made in
// between states the morning; read at face value, the dates make the original the copy.
import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { compare } from './compare';
import { prepare } from './prepare';
import { decideSource } from './source';
import { englishAll, englishText } from './english';

const body =
  'The harbour council voted on Tuesday to delay the new bridge by a year, after engineers said the ferry it replaces could run safely until the spring of next year.\n' +
  'Councillors who opposed the delay said the cost of the bridge would rise with every month of waiting, and that the ferry was already over capacity at rush hour.';
const at = (hhmm: string) => Date.parse(`2025-04-17T${hhmm}:00Z`);
const now = '2025-04-18T00:00:00Z';
// Neither credits the other nor anyone: only dates and first-seen times differ.
const original = articleFromText(`Harbour bridge vote delayed\n${body}`, {
  url: 'https://paper.test/bridge',
  siteName: 'The Paper',
  published: '2025-04-17T15:00:00Z',
});
const copy = articleFromText(`Harbour bridge vote delayed\n${body}`, {
  url: 'https://copier.test/bridge',
  siteName: 'Copier',
  published: '2025-04-17T12:00:00Z',
});

describe('a stated date later than first seen', () => {
  it('read at face value, the re-dated original looks like the copy (the case this guards)', () => {
    expect(compare(copy, original, { now }).source.outlet).toBe('Copier');
  });
  it('does not decide direction: the original stays the source, whichever page is open', () => {
    const seenOriginal = at('10:30');
    const seenCopy = at('12:30');
    const fromCopy = compare(copy, original, { now, firstSeen: { page: seenCopy, other: seenOriginal } });
    expect(fromCopy.source.outlet).toBe('The Paper');
    expect(fromCopy.pageRole).toBe('copy');
    expect(englishAll(fromCopy.reason)).toMatch(/later than Wiretrace first saw the page/);
    const fromOriginal = compare(original, copy, { now, firstSeen: { page: seenOriginal, other: seenCopy } });
    expect(fromOriginal.source.outlet).toBe('The Paper');
    expect(fromOriginal.pageRole).toBe('source');
  });
  it('a date before first seen still counts', () => {
    const d = decideSource(prepare(copy), prepare(original), Date.parse(now), { a: at('12:30'), b: at('15:30') });
    expect(d.aIsSource).toBe(true);
    expect(d.evidence.map(englishText).join(' ')).toMatch(/Copier published first/);
  });
  it('a date within minutes after first seen (clocks differ) is not dropped', () => {
    const d = decideSource(prepare(copy), prepare(original), Date.parse(now), { a: at('11:55'), b: at('14:58') });
    expect(d.aIsSource).toBe(true);
  });
});
