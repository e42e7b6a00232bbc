// A response body read up to a byte limit. A server that sends no Content-Length (or a
// false one) must still not fill memory: reading stops, and the stream is cancelled, as
// soon as the limit is passed. Used by the worker's fetches and the CLI's URL arguments.

/** The body's bytes, or 'too-large' once more than `maxBytes` arrived. */
export async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
