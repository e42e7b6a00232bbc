// Issue 14, item 8: extractOffscreen had no timeout, so a page that held the offscreen
// document (a <noscript> full of markup: 25 s) held every later read with it.
import { afterEach, describe, expect, it } from 'vitest';
import { extractOffscreen, ReadTimeoutError } from './offscreen';

function fakeChrome(answer: (msg: unknown) => Promise<unknown>) {
  const calls = { created: 0, closed: 0 };
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: { id: 'x', getContexts: async () => (calls.created > calls.closed ? [{}] : []), sendMessage: answer },
    offscreen: {
      createDocument: async () => {
        calls.created++;
      },
      closeDocument: async () => {
        calls.closed++;
      },
    },
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('extractOffscreen', () => {
  it('gives up on a document that does not answer, and closes it so the next read gets a fresh one', async () => {
    const calls = fakeChrome(() => new Promise(() => {}));
    await expect(extractOffscreen('<p>x</p>', 'https://a.test/', 20)).rejects.toBeInstanceOf(ReadTimeoutError);
    expect(calls.closed).toBe(1);
  });

  it('returns what the document answers in time', async () => {
    const calls = fakeChrome(async () => ({ ok: true, value: { title: 'T' } }));
    await expect(extractOffscreen('<p>x</p>', 'https://a.test/', 5_000)).resolves.toEqual({ title: 'T' });
    expect(calls.closed).toBe(0);
  });
});
