import { describe, expect, it } from 'vitest';
import { readCapped } from './read-capped';

function stream(chunks: number[]): { body: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(new Uint8Array(chunks[i++]).fill(65));
      else c.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, cancelled: () => cancelled };
}

describe('readCapped', () => {
  it('joins the chunks of a body within the limit', async () => {
    const got = await readCapped(stream([3, 4, 5]).body, 12);
    expect(got).toBeInstanceOf(Uint8Array);
    expect((got as Uint8Array).byteLength).toBe(12);
  });
  it('stops and cancels the stream once the limit is passed (no Content-Length to trust)', async () => {
    const s = stream([10, 10, 10, 10]);
    expect(await readCapped(s.body, 15)).toBe('too-large');
    expect(s.cancelled()).toBe(true);
  });
});
