import { describe, expect, it } from 'vitest';
import { align, dice } from './align';
import { prepare } from './prepare';
import type { Article } from './types';

// Paragraphs from the seed pair's known version (CBC).
const P = [
  "The high-level diplomacy reflects Europe's mounting concern over the U.S. administration's overtures toward Moscow, after the failure so far of Trump's efforts to secure a ceasefire in the three-year-old war.",
  'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected. The sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating.',
  'The attack may have added urgency to find peace, U.S. officials indicated.',
  'He later greeted Witkoff, and then Rubio, with handshakes ahead of a joint lunch.',
  "Both sides called last weekend's talks positive while acknowledging that any potential deal remains distant.",
];
const art = (texts: string[]): Article => ({ url: '', title: 't', blocks: texts.map((text) => ({ text })), signals: [] });
const run = (copy: string[], known: string[]) => {
  const c = prepare(art(copy));
  const k = prepare(art(known));
  return { al: align(c.units, k.units), c, k };
};

describe('align', () => {
  it('pairs identical paragraphs in order, none moved', () => {
    const { al } = run(P, P);
    expect(al.groups.every((g) => g.a.length === 1 && g.a[0] === g.b[0] && !g.moved)).toBe(true);
    expect(al.aOnly).toEqual([]);
    expect(al.bOnly).toEqual([]);
  });
  it('finds a moved paragraph and marks only it as moved', () => {
    const copy = [P[4], P[0], P[1], P[2], P[3]];
    const { al, c, k } = run(copy, P);
    const moved = al.groups.filter((g) => g.moved);
    expect(moved).toHaveLength(1);
    expect(c.units[moved[0].a[0]].text).toBe(P[4]);
    expect(k.units[moved[0].b[0]].text).toBe(P[4]);
  });
  it('leaves the dropped tail of a trimmed copy as known-only units', () => {
    const { al, k } = run(P.slice(0, 2), P);
    expect(al.aOnly).toEqual([]);
    expect(al.bOnly.map((i) => k.units[i].text)).toEqual(P.slice(2));
  });
  it('merges two known sentences the copy joined into one (seed: "Ukraine. French officials" → "Ukraine and French officials")', () => {
    const known = [
      "Macron has been fighting to prevent bilateral talks between the United States and Russia to permanently sideline Europeans over the future of Ukraine. French officials said Thursday's meeting showed that Europe was now back at the negotiating table.",
    ];
    const copy = [
      'Macron has been fighting to prevent bilateral talks between the United States and Russia to permanently sideline Europeans over the future of Ukraine and French officials said Thursday’s meeting showed that Europe was now back at the negotiating table.',
    ];
    const { al } = run(copy, known);
    expect(al.groups).toHaveLength(1);
    expect(al.groups[0].a).toEqual([0]);
    expect(al.groups[0].b).toEqual([0, 1]);
    expect(al.bOnly).toEqual([]);
  });
  it('splits the other way round as well', () => {
    const copy = [
      'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected.',
      'The sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating.',
    ];
    const known = [
      'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected, and the sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating.',
    ];
    const { al } = run(copy, known);
    expect(al.groups).toHaveLength(1);
    expect(al.groups[0].a).toEqual([0, 1]);
  });
  it('pairs a reworded sentence between two anchors by position (seed: the Iran sentence)', () => {
    const known = [
      P[0],
      "U.S. and French officials said they would also have discussions in Paris on Washington's efforts to reach a nuclear deal with Iran.",
      P[4],
    ];
    const copy = [P[0], 'In Paris, the U.S. officials also discussed nuclear talks with Iran.', P[4]];
    const { al } = run(copy, known);
    expect(al.groups.map((g) => [g.a[0], g.b[0]])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
  it('inserts: a sentence only in the copy stays copy-only', () => {
    const { al, c } = run([P[0], 'Hegseth called it an "excellent" meeting on the social platform X on Thursday evening.', P[1]], [P[0], P[1]]);
    expect(al.aOnly.map((i) => c.units[i].text)).toEqual(['Hegseth called it an "excellent" meeting on the social platform X on Thursday evening.']);
  });
  it('never pairs short sentences on a shared word or two across the text', () => {
    const { al } = run(['He said so.', P[0]], [P[0], 'He said no.']);
    expect(al.groups).toHaveLength(1);
    expect(al.aOnly).toEqual([0]);
    expect(al.bOnly).toEqual([1]);
  });
});

describe('dice', () => {
  it('counts repeated keys as a multiset', () => {
    expect(dice(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo((2 * 2) / 6);
  });
});
