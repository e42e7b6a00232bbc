// Credit as a careful reader finds it, one case per form and per non-credit. The snippets are
// short credit lines as real pages print them (realdata/pairs-credits.json, asprout pairs).
import { describe, expect, it } from 'vitest';
import { bylineCredit, bylineCredits, canonicalName, findCredits, findPhotoCredits, isCreditLine, sameOutlet } from './credits';

const lead =
  "The outcome of the first summit between the unpredictable first-term American president and Russia's steely-eyed longtime leader is anybody's guess.";
const para = 'President Donald Trump and Russian President Vladimir Putin met for more than two hours in Helsinki on Monday, their aides said afterwards.';
const names = (blocks: string[]) => findCredits(blocks.map((text) => ({ text }))).map((c) => `${c.kind}:${c.name}`);

describe('credit forms', () => {
  it('agency datelines: "(AP) —", "(Reuters) -", "(CNN)" glued to the lead, "--" for a dash', () => {
    expect(names([`HELSINKI (AP) — ${lead}`])).toEqual(['dateline:Associated Press']);
    expect(names([`PARIS (Reuters) - ${lead}`])).toEqual(['dateline:Reuters']);
    expect(names([`Helsinki, Finland (CNN)${lead}`])).toEqual(['dateline:CNN']);
    expect(names([`HELSINKI (AP) -- ${lead}`])).toEqual(['dateline:Associated Press']);
    expect(findCredits([{ text: `GLASGOW, Scotland (AP) — ${lead}` }])[0].evidence).toBe('GLASGOW, Scotland (AP) —');
  });
  it('an agency dateline after a photo gallery, far into the page (sfgate.com, asprout-copy-060)', () => {
    const gallery = Array.from(
      { length: 14 },
      (_, i) => `U.S. President Donald Trump waves as he arrives in Helsinki, Finland, photo ${i} of the gallery. (AP Photo/Pablo Martinez Monsivais)`,
    );
    expect(
      names([...gallery, `HELSINKI (AP) — The Latest on President Donald Trump's summit with Russian President Vladimir Putin (all times local):`]),
    ).toContain('dateline:Associated Press');
  });
  it('agency bylines, glued and slashed', () => {
    expect(bylineCredit('Jari Tanner and Jan M. OlsenAssociated Press')).toBe('Associated Press');
    expect(bylineCredit('JONATHAN LEMIRE, JILL COLVIN and VLADIMIR ISACHENKOV / AP')).toBe('Associated Press');
    expect(bylineCredit('The Associated Press | Monday, July 16, 2018, 9:06 a.m.')).toBe('Associated Press');
    expect(bylineCredit('By The Associated Press')).toBe('Associated Press');
    expect(bylineCredit('by CNN Wires')).toBe('CNN');
    expect(bylineCredit('By Jonathan Lemire, Jill Colvin and Vladimir Isachenkov - Associated Press -')).toBe('Associated Press');
  });
  it('"Names, Outlet" bylines name the outlet', () => {
    expect(bylineCredit('Anton Troianovski and Philip Rucker, The Washington Post')).toBe('The Washington Post');
    expect(bylineCredit('By Michelle Kosinski , CNN')).toBe('CNN');
    expect(bylineCredit('By John Fritze, USA TODAY')).toBe('USA TODAY');
    expect(bylineCredits('By MICHELLE KOSINSKI, CNN')).toEqual([{ name: 'CNN', evidence: 'By MICHELLE KOSINSKI, CNN', kind: 'byline' }]);
  });
  it('a byline just above the lead, under the page furniture (syracuse.com)', () => {
    const furniture = [
      'Your weather is set to . You can change the location at any time.',
      'AccuWeather.com Quick Look',
      'You are signed in as',
      'Edit',
      'Updated',
      'July 16, 2018 at 6:49 AM',
      '; Posted',
      'July 16, 2018 at 6:45 AM',
    ];
    expect(names([...furniture, para, 'Pablo Martinez Monsivais | AP', 'By The Associated Press', para])).toEqual(['byline:Associated Press']);
  });
  it('"contributed to this report" naming an agency writer or another outlet', () => {
    expect(names(['Associated Press writer Darlene Superville in Washington and Jamey Keaten in Helsinki contributed to this report.'])).toEqual([
      'contributed:Associated Press',
    ]);
    expect(names(["The Washington Post's Seung Min Kim in Helsinki and Michael Birnbaum in Brussels contributed to this report."])).toEqual([
      'contributed:The Washington Post',
    ]);
    expect(names(['The Associated Press contributed to this report.'])).toEqual(['contributed:Associated Press']);
  });
  it('copyright and "originally appeared" lines, "With files from", a source URL at the end', () => {
    expect(names(['© Copyright 2018 The Associated Press. All rights reserved.'])).toEqual(['copyright:Associated Press']);
    expect(names(['Copyright 2018 by CNN NewSource. All rights reserved.'])).toEqual(['copyright:CNN']);
    expect(names(['This article originally appeared on The Conversation.'])).toEqual(['origin:The Conversation']);
    expect(names(['With files from CBC News'])).toEqual(['origin:CBC News']);
    expect(names([para, para, 'Source: https://www.craigmurray.org.uk/archives/2018/07/the-gaping-holes/'])).toEqual(['source-url:craigmurray.org.uk']);
    expect(names(['Authored by Craig Murray,', para])).toEqual(['byline:Craig Murray']);
  });
  it('credit lines are lines of their own, not story paragraphs', () => {
    expect(isCreditLine('Associated Press writers Ken Thomas and Darlene Superville in Washington contributed.')).toBe(true);
    expect(isCreditLine('Isachenkov reported from Moscow and contributed to the campaign of many.')).toBe(false);
  });
});

describe('not credits', () => {
  it('photo and video credits', () => {
    expect(
      names([`FILE - In this Nov. 11, 2017 file photo, U.S. President Donald Trump and Russia's President Vladimir Putin talk. (AP Photo/Mel Evans)`]),
    ).toEqual([]);
    expect(names(['Photo: Pablo Martinez Monsivais, AP'])).toEqual([]);
    expect(names(['(Timo Jaakonaho / AP)'])).toEqual([]);
    expect(names(['Photo: Andrey Rudakov, Bloomberg'])).toEqual([]);
    expect(findPhotoCredits([{ text: 'Trump arrives in Philadelphia. (AP Photo/Mel Evans)' }]).map((c) => c.name)).toEqual(['Associated Press']);
  });
  it('mentions inside the story', () => {
    expect(names([`"I think the European Union is a foe," Trump told CBS News in an interview that aired on Sunday, a day before the summit.`])).toEqual([]);
    expect(names([`The Times reported last week that the summit would go ahead, citing officials who spoke to Reuters on condition of anonymity.`])).toEqual(
      [],
    );
    expect(names(['Putin told Reuters in an interview last year that the summit would be a chance to talk about relations.'])).toEqual([]);
  });
  it('staff who contributed, with no outlet named, credit nobody', () => {
    expect(names(['Seung Min Kim in Helsinki and Michael Birnbaum in Brussels contributed to this report.'])).toEqual([]);
  });
  it('a dateline naming a place in parentheses', () => {
    expect(names([`(HELSINKI) — ${lead}`])).toEqual([]);
  });
});

describe('outlet names match as whole names (issue 14: "(AP)" must not credit "Japan Times")', () => {
  it('never by substring', () => {
    expect(sameOutlet('AP', 'Japan Times')).toBe(false);
    expect(sameOutlet('Associated Press', 'japantimes.co.jp')).toBe(false);
    expect(sameOutlet('News', 'Fox News')).toBe(false);
    expect(sameOutlet('Post', 'The Washington Post')).toBe(false);
  });
  it('the same outlet under its forms', () => {
    expect(sameOutlet('The Washington Post', 'washingtonpost.com')).toBe(true);
    expect(sameOutlet('CNN', 'cnn.com')).toBe(true);
    expect(sameOutlet('CBC', 'CBC News')).toBe(true);
    expect(sameOutlet('AP', 'The Associated Press')).toBe(true);
    expect(canonicalName('THE ASSOCIATED PRESS')).toBe('Associated Press');
  });
});
