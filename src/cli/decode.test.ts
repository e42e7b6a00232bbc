import { describe, expect, it } from 'vitest';
import { decode } from './decode';

const gbkPage = (body: string) => `<html><head><meta charset="gbk"></head><body>${body}</body></html>`;

describe('decode', () => {
  it('reads a page saved as UTF-8 even when its meta still names the old charset', () => {
    const bytes = new TextEncoder().encode(gbkPage('腾讯网'));
    expect(decode(bytes)).toContain('腾讯网');
  });

  it('falls back to the meta charset for bytes that are not UTF-8', () => {
    // "café" in windows-1252: é is the single byte 0xE9, invalid as UTF-8.
    const ascii = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>caf');
    const bytes = new Uint8Array([...ascii, 0xe9, ...new TextEncoder().encode('</body></html>')]);
    expect(decode(bytes)).toContain('café');
  });

  it('trusts the HTTP charset first', () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(decode(bytes, 'text/html; charset=iso-8859-1')).toBe('café');
  });
});
