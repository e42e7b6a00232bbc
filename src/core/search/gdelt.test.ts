// GDELT's answers as the API sends them (fields and error forms cited in gdelt.ts).
import { describe, expect, it } from 'vitest';
import { gdeltDate, gdeltUrl, parseGdelt, SearchAnswerError } from './gdelt';
import { phraseQuery } from './phrases';

describe('gdeltUrl', () => {
  it('asks ArtList in JSON, earliest first, with the phrases quoted and ORed in parentheses', () => {
    const u = new URL(gdeltUrl('https://api.gdeltproject.org/api/v2/doc/doc', phraseQuery(['one two three', 'four five six'])));
    expect(u.searchParams.get('query')).toBe('("one two three" OR "four five six")');
    expect(u.searchParams.get('mode')).toBe('ArtList');
    expect(u.searchParams.get('format')).toBe('json');
    expect(u.searchParams.get('sort')).toBe('DateAsc');
    expect(u.searchParams.get('timespan')).toBe('3months');
    expect(Number(u.searchParams.get('maxrecords'))).toBeLessThanOrEqual(250);
  });
  it('a single phrase is sent in quotes without parentheses', () => {
    expect(phraseQuery(['one two three'])).toBe('"one two three"');
  });
});

describe('parseGdelt', () => {
  it('reads url, title, domain, language and seendate', () => {
    const body = JSON.stringify({
      articles: [
        {
          url: 'https://www.cbc.ca/news/a',
          url_mobile: '',
          title: 'Talks in Paris',
          seendate: '20250417T140000Z',
          socialimage: '',
          domain: 'cbc.ca',
          language: 'English',
          sourcecountry: 'Canada',
        },
        { url: 'javascript:alert(1)', title: 'x', domain: 'evil.example' },
        'not an object',
      ],
    });
    expect(parseGdelt(body)).toEqual([
      { url: 'https://www.cbc.ca/news/a', title: 'Talks in Paris', domain: 'cbc.ca', date: '2025-04-17T14:00:00Z', language: 'English' },
    ]);
  });
  it('an empty answer is no results', () => {
    expect(parseGdelt('{}')).toEqual([]);
    expect(parseGdelt('')).toEqual([]);
  });
  it('the rate-limit text is a rate-limited failure', () => {
    expect(() => parseGdelt('Please limit requests to one every 5 seconds or contact us for larger queries.')).toThrowError(SearchAnswerError);
    try {
      parseGdelt('Please limit requests to one every 5 seconds');
    } catch (e) {
      expect((e as SearchAnswerError).kind).toBe('rate-limited');
    }
  });
  it('an error page is an error with its text, tags dropped and bounded', () => {
    let err: SearchAnswerError | undefined;
    try {
      parseGdelt(`<html><body><b>The specified phrase is too short.</b>${'x'.repeat(5000)}</body></html>`);
    } catch (e) {
      err = e as SearchAnswerError;
    }
    expect(err?.kind).toBe('error');
    expect(err?.message).toMatch(/^GDELT answered: The specified phrase is too short\./);
    expect(err!.message.length).toBeLessThan(260);
    expect(err!.message).not.toContain('<');
  });
  it('dates it cannot read are left out', () => {
    expect(gdeltDate('yesterday')).toBeUndefined();
    expect(gdeltDate(20250417)).toBeUndefined();
  });
});
