import { describe, expect, it } from 'vitest';
import { isJunkSentence, junkKind } from './boilerplate';
import { agencyOf, findCredits, isCreditLine } from './credits';
import { bareDateline, detectTextSignals } from './signals';

describe('page junk', () => {
  it("names the seed copy's appended lines", () => {
    expect(junkKind('Please like, comment, and share this article if you found it helpful and informative.')).toBe('engagement');
    expect(junkKind('For more news check out Big Town Bulletin News')).toBe('self-promotion');
    expect(junkKind('For more from Big Town Bulletin check out Big Town Bulletin')).toBe('self-promotion');
    expect(junkKind('LEAVE A RESPONSE')).toBe('comment-form');
    expect(junkKind('Your email address will not be published. Required fields are marked *')).toBe('comment-form');
    expect(junkKind('Share this:')).toBe('share');
    expect(junkKind('Recent Posts')).toBe('navigation');
  });
  it('leaves story sentences alone', () => {
    expect(junkKind('Lecornu called the discussions "productive" and said they included updates.')).toBeUndefined();
    expect(junkKind('He later greeted Witkoff, and then Rubio, with handshakes ahead of a joint lunch.')).toBeUndefined();
  });
  it('finds site furniture glued into one-line page text (realdata/pairs, SemEval)', () => {
    expect(isJunkSentence('Further slowdown in 2020 with coronavirus a new threat TAKE A FREE TRIAL Registered users can read up to 3 reports.')).toBe(true);
    expect(isJunkSentence('Email address First Name Last Name Organisation Job Title Telephone City State / Province')).toBe(true);
    expect(isJunkSentence('Sunday, 15 July 2018 05:38 AM')).toBe(true);
    expect(isJunkSentence('Originally published July 16, 2018 at 1:52 am')).toBe(true);
    expect(isJunkSentence('Recommended Video:')).toBe(true);
    expect(isJunkSentence('He met Putin at 11:30 a.m. on Monday in the presidential palace for talks that lasted two hours.')).toBe(false);
    expect(
      isJunkSentence(
        'Many wore masks and social distancing measures were encouraged during events in London, Manchester, Cardiff, Sheffield and Newcastle, among other cities.',
      ),
    ).toBe(false);
  });
});

describe('credits', () => {
  it('reads credit lines and agency datelines', () => {
    expect(findCredits([{ text: 'With files from CBC News' }])).toEqual([{ name: 'CBC News', evidence: 'With files from CBC News', kind: 'origin' }]);
    expect(
      findCredits([
        {
          text: "HELSINKI (AP) — The outcome of the first summit between the unpredictable first-term American president and Russia's steely-eyed longtime leader is anybody's guess.",
        },
      ])[0].name,
    ).toBe('Associated Press');
    expect(isCreditLine('The Associated Press contributed to this report.')).toBe(true);
    expect(isCreditLine('Isachenkov reported from Moscow and contributed to the campaign of many.')).toBe(false);
  });
});

describe('agency bylines (realdata/pairs, scraped AP pages)', () => {
  it('reads the agency from byline forms scrapers leave', () => {
    expect(agencyOf('The Associated Press | Monday, July 16, 2018, 9:06 a.m.')).toBe('Associated Press');
    expect(agencyOf('By JONATHAN LEMIRE, JILL COLVIN and VLADIMIR ISACHENKOV Associated Press')).toBe('Associated Press');
    expect(agencyOf('Jari Tanner and Jan M. OlsenAssociated Press')).toBe('Associated Press');
    expect(agencyOf('By Associated Press')).toBe('Associated Press');
  });
  it('ignores photo credits and sentences that mention an agency', () => {
    expect(agencyOf('(Timo Jaakonaho / AP)')).toBeUndefined();
    expect(agencyOf('Photo: Pablo Martinez Monsivais, AP')).toBeUndefined();
    expect(agencyOf('Putin told Reuters in an interview last year that the summit would be a chance to talk about relations.')).toBeUndefined();
  });
});

describe('detectTextSignals', () => {
  const blocks = [
    { text: 'PARIS -Talks in Paris among top U.S. officials Marco Rubio and Steve Witkoff, Ukraine and Europe’s top three powers were “excellent”.' },
    { text: 'Please like, comment, and share this article if you found it helpful and informative.' },
    { text: 'For more news check out Big Town Bulletin News' },
    { text: 'LEAVE A RESPONSE' },
  ];
  it('finds every text-level signal of the seed copy', () => {
    const names = detectTextSignals(blocks).map((s) => s.name);
    expect(names).toEqual(['engagement-boilerplate', 'self-promotion', 'blog-comment-form', 'bare-wire-dateline', 'no-byline-or-credit']);
  });
  it('does not call a credited dateline bare, nor a bylined article uncredited', () => {
    const credited = [{ text: 'PARIS (Reuters) - Talks in Paris among top U.S. officials were excellent, French officials said on Thursday.' }];
    expect(detectTextSignals(credited).map((s) => s.name)).toEqual([]);
    expect(detectTextSignals([{ text: 'Talks in Paris among top U.S. officials were excellent, officials said.' }], { byline: 'Jane Doe' })).toEqual([]);
  });
  it("gives the page's own text as evidence, never an English explanation (issue 16: it reached French readers)", () => {
    const byName = new Map(detectTextSignals(blocks).map((s) => [s.name, s.evidence]));
    expect(byName.get('bare-wire-dateline')).toBe('PARIS -');
    // An absence has no text to show: the signal's name (translated) says it.
    expect(byName.get('no-byline-or-credit')).toBe('');
  });
  it('reads the dateline city', () => {
    expect(bareDateline('PARIS -Talks in Paris')).toBe('PARIS -');
    expect(bareDateline('Paris talks went well')).toBeUndefined();
  });
});
