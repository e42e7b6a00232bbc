import { describe, expect, it } from 'vitest';
import { articleFromText, looksLikeHeading } from './article';

describe('articleFromText', () => {
  it('skips a masthead above the headline and takes the line that matches the story as headline', () => {
    const a = articleFromText(
      [
        'Big Town Bulletin News',
        '',
        'The Latest News and Information That Matters To You',
        '',
        'World',
        '',
        'Ukraine talks with US in Paris shows Europeans at the table, France says',
        '',
        'PARIS -Talks in Paris among top U.S. officials Marco Rubio and Steve Witkoff, Ukraine and Europe’s top three powers were “excellent” and show Europeans are back at the table for negotiations on Ukraine’s future, French officials said on Thursday.',
      ].join('\n'),
    );
    expect(a.title).toBe('Ukraine talks with US in Paris shows Europeans at the table, France says');
    expect(a.blocks).toHaveLength(1);
    expect(a.subtitle).toBeUndefined();
  });
  it('reads a deck line between headline and body as the subtitle', () => {
    const a = articleFromText(
      [
        'Talks about Ukraine with U.S. have put Europeans back at the table, France says',
        'Kyiv, European allies hope Washington will take a tougher line with Moscow',
        '"Excellent" talks in Paris between top U.S. officials, Ukraine and Europe\'s top three powers show that Europeans are back at the table for negotiations on Ukraine\'s future, French officials said Thursday.',
      ].join('\n'),
    );
    expect(a.subtitle).toBe('Kyiv, European allies hope Washington will take a tougher line with Moscow');
  });
  it('joins hard-wrapped lines and splits line-separated paragraphs', () => {
    const a = articleFromText(
      'Headline about a thing in the news today\n\nFirst paragraph is long enough to be a paragraph of the story, with more than twenty words in it for sure.\nPlease like, comment, and share this article if you found it helpful and\ninformative.',
    );
    expect(a.blocks.map((b) => b.text)).toEqual([
      'First paragraph is long enough to be a paragraph of the story, with more than twenty words in it for sure.',
      'Please like, comment, and share this article if you found it helpful and informative.',
    ]);
  });
  it('keeps a one-line text as body and titles it with its first sentence', () => {
    const line =
      'Trump just got bad news from a judge. One of the most conservative judges in the country just handed down an opinion saying that the administration acted illegally when it permitted the state of Arkansas to strip health coverage.';
    const a = articleFromText(line);
    expect(a.title).toBe('Trump just got bad news from a judge.');
    expect(a.blocks[0].text).toBe(line);
  });
  it('finds an AP byline above the body of a scraped page and skips dated furniture as headline', () => {
    const a = articleFromText(
      [
        'Sign up for one of our email newsletters.',
        'Updated 7 minutes ago',
        'Trump wins sympathy from Russian media ahead of summit',
        'The Associated Press | Monday, July 16, 2018, 9:06 a.m.',
        "MOSCOW (AP) — U.S. President Donald Trump is no fan of American media, and the feeling is mutual. But Russia's state media are another story.",
      ].join('\n'),
    );
    expect(a.title).toBe('Trump wins sympathy from Russian media ahead of summit');
    expect(a.byline).toBe('The Associated Press | Monday, July 16, 2018, 9:06 a.m.');
  });
  it('takes meta over guesses', () => {
    const a = articleFromText('Some line\nBody text that is long enough to be a real paragraph of an article about something important today.', {
      title: 'Given',
      siteName: 'CBC News',
      published: '2025-04-17T12:00:00Z',
    });
    expect(a.title).toBe('Given');
    expect(a.siteName).toBe('CBC News');
    expect(a.published).toBe('2025-04-17T12:00:00Z');
  });
});

describe('looksLikeHeading', () => {
  it('accepts short capitalised lines without end punctuation', () => {
    expect(looksLikeHeading('SECURITY GUARANTEES')).toBe(true);
    expect(looksLikeHeading('Talks to reach nuclear deal with Iran')).toBe(true);
  });
  it('rejects credit lines, junk and sentences', () => {
    expect(looksLikeHeading('With files from CBC News')).toBe(false);
    expect(looksLikeHeading('LEAVE A RESPONSE')).toBe(false);
    expect(looksLikeHeading('The attack may have added urgency to find peace, U.S. officials indicated.')).toBe(false);
  });
});
