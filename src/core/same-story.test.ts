import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { sameStory } from './same-story';

// AP, realdata/pairs asprout-copy-001 (two sentences), and an unrelated pair of seed sentences.
const ap =
  "The outcome of the first summit between the unpredictable first-term American president and Russia's steely-eyed longtime leader is anybody's guess. With no set agenda, the summit could veer between spectacle and substance, and the two leaders head into Monday's meeting in Helsinki with very different hopes for what each may achieve.";
const other =
  'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected. The sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating, and Kyiv wants a tougher line.';

describe('sameStory', () => {
  it('is true for a republished text with page junk around it', () => {
    const a = articleFromText(`What Trump and Putin hope to achieve\n${ap}`);
    const b = articleFromText(
      `Menu\nWhat Trump and Putin Hope to Achieve at Helsinki Summit\nHELSINKI (AP) — ${ap}\nShare this:\nRecent Posts\nLEAVE A RESPONSE`,
    );
    const r = sameStory(b, a);
    expect(r.same).toBe(true);
    expect(r.reusedShare).toBeGreaterThan(0.9);
  });
  it('is true for a trimmed copy (contained in its source) and says how much', () => {
    const a = articleFromText(`Headline of the story\n${ap}\n${other}`);
    const b = articleFromText(`Headline of the story\n${ap}`);
    expect(sameStory(b, a).reusedShare).toBe(1);
    expect(sameStory(a, b).same).toBe(true);
    expect(sameStory(a, b).reusedShare).toBeLessThan(0.6);
  });
  it('survives respelling and number style', () => {
    const a = articleFromText(`H\n${other.replace('last month', 'last month with a five per cent defence levy')}`);
    const b = articleFromText(`H\n${other.replace('last month', 'last month with a 5% defense levy')}`);
    expect(sameStory(a, b).reusedShare).toBe(1);
  });
  it('is false for different texts, and for texts sharing only site furniture', () => {
    expect(sameStory(articleFromText(`H\n${ap}`), articleFromText(`H\n${other}`)).same).toBe(false);
    const furniture = 'TAKE A FREE TRIAL Registered users can read up to 3 reports. Enter your details below for immediate access.';
    const x = sameStory(articleFromText(`Oil to outperform\n${furniture} ${ap}`), articleFromText(`Further slowdown in 2020\n${furniture} ${other}`));
    expect(x.same).toBe(false);
  });
});
