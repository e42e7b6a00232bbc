// Bytes of a saved or fetched page → text. Order, as browsers do it, except that a file
// saved to disk has no HTTP header and is often re-encoded to UTF-8 by whoever saved it
// while its <meta charset> still names the old encoding (e.g. a GBK page saved as UTF-8),
// so bytes that are valid UTF-8 are read as UTF-8 before the meta tag is believed.

const utf8 = new TextDecoder('utf-8', { fatal: true });

function tryDecode(label: string | undefined, bytes: Uint8Array): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined; // unknown label
  }
}

/** Text of a page: HTTP charset, else valid UTF-8, else <meta charset>, else windows-1252. */
export function decode(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const viaHeader = tryDecode(fromHeader, bytes);
  if (viaHeader !== undefined) return viaHeader;
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: fall back to what the page declares.
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  return tryDecode(fromMeta, bytes) ?? new TextDecoder('windows-1252').decode(bytes);
}
