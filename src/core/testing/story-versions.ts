// A short invented story with a quote, as stored versions for the tests of the worker's
// per-version cache (issue 14, item 1): the same paragraphs under different outlets.
import type { Article } from '../types';

export const STORY_PARAGRAPHS = [
  'The Riverside public library reopened on Monday, eight months after spring floodwater filled its basement, city officials said.',
  'Crews replaced the heating system and moved the collection upstairs. The repairs cost 2.4 million dollars, most of it from a provincial fund.',
  '"We were told it could take two years, and the staff did it in eight months," said Mayor Alma Brandt at a short ceremony.',
  'A new flood barrier along Mill Street is due to be finished next spring, according to the engineering department.',
];

export const storyVersion = (url: string, siteName: string, paragraphs: string[], published?: string): Article => ({
  url,
  title: 'Riverside library reopens after flood repairs',
  siteName,
  ...(published ? { published } : {}),
  blocks: paragraphs.map((text) => ({ text })),
  signals: [],
});

/** The story as a copy runs it: one figure changed. */
export const storyCopyParagraphs = () => STORY_PARAGRAPHS.map((p, i) => (i === 1 ? p.replace('2.4', '4.2') : p));
