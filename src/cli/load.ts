// Reads one CLI argument into an Article: a saved HTML page, a plain-text article, or an
// http(s) URL. HTML goes through the same extraction code the content script runs, under
// linkedom. Anything unusable becomes an InputError, which the CLI reports with exit code 2.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../core/types';
import { PageTooLargeError } from '../extract/budget';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/node-dom';
import { decode } from './decode';
import { articleFromText } from './engine';
import { readCapped } from '../shared/read-capped';

export class InputError extends Error {}

export interface LoadOptions {
  /** Milliseconds before a URL fetch is abandoned. */
  timeoutMs?: number;
  /** Largest page body accepted, in bytes (a news page is rarely over 2 MB). */
  maxBytes?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text) || /<(p|div|article|h1)[\s>]/i.test(text.slice(0, 5000));
}

async function fetchPage(url: string, opts: LoadOptions): Promise<{ text: string; contentType: string }> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.8', 'user-agent': 'wiretrace-cli' },
      redirect: 'follow',
    });
  } catch (e) {
    const why = (e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message;
    throw new InputError(`could not fetch ${url}: ${why}`);
  }
  if (!res.ok) throw new InputError(`could not fetch ${url}: HTTP ${res.status}`);
  const contentType = res.headers.get('content-type') ?? '';
  if (contentType && !/html|xml|text\/plain/i.test(contentType)) throw new InputError(`${url} is not a web page (${contentType})`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new InputError(`${url} is larger than ${maxBytes} bytes`);
  // Read the stream ourselves so a page without Content-Length still cannot exhaust memory.
  // The timeout covers the body too: a server that sends slowly is cut off, with a message.
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = res.body ? await readCapped(res.body, maxBytes) : new Uint8Array(0);
  } catch (e) {
    const why = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError' ? 'timed out' : (e as Error).message;
    throw new InputError(`could not fetch ${url}: ${why}`);
  }
  if (bytes === 'too-large') throw new InputError(`${url} is larger than ${maxBytes} bytes`);
  refuseBinary(bytes, url);
  return { text: decode(bytes, contentType), contentType };
}

/**
 * Text pages hold no NUL bytes and few control characters; an image, an archive or an
 * executable does. Compared as text it gave a meaningless report and sent raw control
 * characters to the terminal (issue 14, item 11).
 */
function refuseBinary(bytes: Uint8Array, what: string): void {
  const head = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(`${what} is not text (it looks like binary data: an image, an archive or a program)`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length / 20) throw new InputError(`${what} is not text (it looks like binary data: an image, an archive or a program)`);
}

/** A .gz file, inflated no further than `maxBytes` (a 1 MB file can inflate to 1 GB). */
function inflate(bytes: Uint8Array, maxBytes: number, path: string): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new InputError(`${path} is too large once decompressed (over ${maxBytes} bytes)`);
    }
    throw new InputError(`${path} is not a readable .gz file (${(e as Error).message})`);
  }
}

async function readLocal(path: string, maxBytes: number): Promise<string> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(`${path} is not a file`);
    size = s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > maxBytes * 4) throw new InputError(`${path} is too large (${size} bytes)`);
  let bytes: Uint8Array = await readFile(path);
  if (path.endsWith('.gz')) bytes = inflate(bytes, maxBytes * 4, path);
  refuseBinary(bytes, path);
  return decode(bytes);
}

/** One argument → Article, or an InputError saying what is wrong with it. */
export async function loadArticle(arg: string, opts: LoadOptions = {}): Promise<Article> {
  const isUrl = /^https?:\/\//i.test(arg);
  let text: string;
  let url: string;
  let html: boolean;
  if (isUrl) {
    const page = await fetchPage(arg, opts);
    text = page.text;
    url = arg;
    html = /html|xml/i.test(page.contentType) || looksLikeHtml(text);
  } else {
    if (/^[a-z][\w+.-]*:\/\//i.test(arg)) throw new InputError(`${arg}: only http(s) URLs and files are accepted`);
    const path = resolve(arg);
    text = await readLocal(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    url = pathToFileURL(path).href;
    html = /\.x?html?(\.gz)?$/i.test(path) || looksLikeHtml(text);
  }
  if (!text.trim()) throw new InputError(`${arg} is empty`);
  // Reports name versions by outlet; a page or text that names none is called by its host
  // or file name rather than "unknown outlet" twice.
  const label = isUrl ? new URL(url).hostname : basename(arg);
  if (html) {
    let article: Article | null;
    try {
      article = extractArticle(parseHtml(text), url, { parse: parseHtml });
    } catch (e) {
      if (e instanceof PageTooLargeError) throw new InputError(`${arg}: not read: ${e.message}`);
      throw e;
    }
    if (!article) throw new InputError(`${arg}: no article text found on this page`);
    return article.siteName ? article : { ...article, siteName: label };
  }
  const article = articleFromText(text, { url, siteName: label });
  if (!article.blocks.length) throw new InputError(`${arg}: the text holds no article`);
  return article;
}
