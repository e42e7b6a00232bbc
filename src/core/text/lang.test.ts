import { describe, expect, it } from 'vitest';
import { compare } from '../compare';
import { fingerprintArticle } from '../index/fingerprint';
import type { Article } from '../types';
import { languageTag } from './lang';

describe('languageTag', () => {
  it('canonicalises what pages write and drops what Intl would throw on', () => {
    expect(languageTag('ja_JP')).toBe('ja-JP');
    expect(languageTag(' EN-gb ')).toBe('en-GB');
    expect(languageTag('fr')).toBe('fr');
    for (const bad of ['', 'english language', 'x', '日本語', 'en--US', 'a'.repeat(200), undefined, null]) expect(languageTag(bad)).toBeUndefined();
  });
});

// Issue 14, item 9: `<html lang="ja_JP">` made fingerprintArticle and compare throw
// RangeError (Intl.Segmenter is only reached for text without spaces, as Japanese is).
describe('a page declaring lang="ja_JP"', () => {
  const text = '東京都は月曜日に新しい防災計画を発表した。計画は来年から始まる。知事は「市民の安全が第一だ」と述べた。';
  const page = (url: string, lang: string): Article => ({
    url,
    title: '防災計画を発表',
    lang,
    blocks: [{ text }, { text: text.replace('月曜日', '火曜日') }],
    signals: [],
  });

  it('is fingerprinted and compared as Japanese', () => {
    for (const lang of ['ja_JP', 'ja-JP', '!!', 'zz_ZZ_bogus_tag']) {
      expect(() => fingerprintArticle(page('https://a.test/1', lang)), lang).not.toThrow();
      expect(() => compare(page('https://a.test/1', lang), page('https://b.test/1', 'ja_JP')), lang).not.toThrow();
    }
    expect(fingerprintArticle(page('https://a.test/1', 'ja_JP'))).toEqual(fingerprintArticle(page('https://a.test/1', 'ja-JP')));
  });
});
