// A small hand-built comparison (test and dev only): a few paragraphs of two invented
// versions of a story, with every row relation, both significances and every quote status,
// so the page and the formatter can be exercised without the engine or the extension.
// Its text is invented on purpose: tests must not recognise the seed pair by its words.
import type { Article, Report } from '../types';
import { msg } from '../messages';

export const handComparison: { report: Report; copy: Article; known: Article } = {
  known: {
    url: 'https://wire.example/story/harbour',
    title: 'Harbour bridge vote delayed, council says',
    siteName: 'Example Wire',
    byline: 'A. Reporter',
    published: '2026-03-02T09:00:00Z',
    blocks: [
      { text: 'The council said on Monday that the harbour bridge vote was due to take place later this month.' },
      { text: '"We want a colour scheme that lasts," the mayor, Ana Ruiz, said.' },
      { text: 'Background', heading: true },
      { text: 'The bridge was opened in 1961 and carries 40,000 cars a day.' },
      { text: 'With files from Example Wire' },
    ],
    signals: [],
  },
  copy: {
    url: 'https://blog.example/harbour-bridge',
    title: 'Harbour bridge vote delayed',
    siteName: 'Blog Example',
    published: '2026-03-03T10:00:00Z',
    blocks: [
      { text: 'The bridge was opened in 1961 and carries 40,000 cars a day.' },
      { text: 'The council said on Monday that the harbour bridge vote took place this month.' },
      { text: '"We want a color scheme that lasts," the mayor, Ana Ruiz, said.' },
      { text: 'Please like and share this article.' },
    ],
    signals: [{ name: 'engagement-boilerplate', evidence: 'Please like and share this article.' }],
  },
  report: {
    schema: 1,
    verdict: 'uncredited-copy',
    reason: [msg('reason_share', '81', 'Blog Example', 'Example Wire'), msg('reason_noCredit', 'Blog Example', 'Example Wire')],
    reusedShare: 0.81,
    copyReusedShare: 0.81,
    pageRole: 'copy',
    source: {
      id: 'known-1',
      outlet: 'Example Wire',
      title: 'Harbour bridge vote delayed, council says',
      url: 'https://wire.example/story/harbour',
      published: '2026-03-02T09:00:00Z',
      credit: 'Example Wire',
    },
    copy: {
      id: 'copy-1',
      outlet: 'Blog Example',
      title: 'Harbour bridge vote delayed',
      url: 'https://blog.example/harbour-bridge',
      published: '2026-03-03T10:00:00Z',
    },
    otherVersions: [{ id: 'other-1', outlet: 'Other Paper', title: 'Bridge vote pushed back', url: 'javascript:alert(1)' }],
    differences: [
      {
        kind: 'headline-changed',
        significance: 'substantive',
        copy: 'Harbour bridge vote delayed',
        known: 'Harbour bridge vote delayed, council says',
        copyBlock: -1,
        knownBlock: -1,
      },
      {
        kind: 'claim-changed',
        significance: 'substantive',
        copy: 'vote took place this month',
        known: 'vote was due to take place later this month',
        notes: [msg('note_modalityChanged', 'was due to take place later', 'took place')],
        copyBlock: 1,
        knownBlock: 0,
      },
      {
        kind: 'quote-altered',
        significance: 'substantive',
        copy: 'color',
        known: 'colour',
        copyBlock: 2,
        knownBlock: 1,
      },
      { kind: 'attribution-removed', significance: 'substantive', known: 'With files from Example Wire', knownBlock: 4 },
      { kind: 'boilerplate-added', significance: 'substantive', copy: 'Please like and share this article.', copyBlock: 3 },
      { kind: 'spelling-variant', significance: 'style', copy: 'color', known: 'colour', count: 1, copyBlock: 2, knownBlock: 1 },
    ],
    quotes: [
      {
        text: 'We want a color scheme that lasts,',
        knownText: 'We want a colour scheme that lasts,',
        speaker: 'Ana Ruiz',
        status: 'altered',
        changes: [{ copy: 'color', known: 'colour', kind: 'spelling-variant' }],
      },
    ],
    signals: [{ name: 'engagement-boilerplate', evidence: 'Please like and share this article.' }],
    rows: [
      {
        copyBlock: 1,
        knownBlock: 0,
        relation: 'changed',
        spans: [
          { text: 'The council said on Monday that the harbour bridge vote ', op: 'equal' },
          { text: 'was due to take place later', op: 'delete', significance: 'substantive' },
          { text: 'took place', op: 'insert', significance: 'substantive' },
          { text: ' this month.', op: 'equal' },
        ],
      },
      {
        copyBlock: 2,
        knownBlock: 1,
        relation: 'changed',
        spans: [
          { text: '"We want a ', op: 'equal' },
          { text: 'colour', op: 'delete', significance: 'style' },
          { text: 'color', op: 'insert', significance: 'style' },
          { text: ' scheme that lasts," the mayor, Ana Ruiz, said.', op: 'equal' },
        ],
      },
      { knownBlock: 2, relation: 'known-only' },
      { copyBlock: 0, knownBlock: 3, relation: 'moved' },
      { knownBlock: 4, relation: 'known-only' },
      { copyBlock: 3, relation: 'copy-only' },
    ],
    generatedAt: '2026-03-03T11:00:00Z',
  },
};
