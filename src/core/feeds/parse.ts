// Feed parsing: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, plus search-endpoint results
// (the same feed formats, or a JSON list). XML goes through fast-xml-parser, a maintained
// parser, never regular expressions. Links come back as written; the caller resolves them
// against the feed URL and keeps only http(s) (core has no URL class by design).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  /** The item's page, as written in the feed (may be relative). */
  link: string;
  title?: string;
  /** ISO 8601 or the feed's own date string. */
  published?: string;
  summary?: string;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  items: FeedItem[];
}

export class FeedError extends Error {
  override name = 'FeedError';
}

/** More items than this in one feed are ignored: a poll fetches each new item's page. */
export const MAX_ITEMS = 100;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
  // Entity expansion stays bounded (fast-xml-parser's defaults limit expansions).
  processEntities: true,
});

function text(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
}

function asArray(v: unknown): unknown[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

/** An RSS <link> is text; an Atom <link> is an element with href and rel. */
function pickLink(links: unknown): string | undefined {
  const all = asArray(links);
  for (const l of all) if (typeof l === 'string' && l.trim()) return l.trim();
  const objs = all.filter((l): l is Node => typeof l === 'object' && l !== null);
  const alt = objs.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? objs.find((l) => l['@_rel'] !== 'self');
  return text(alt?.['@_href']) ?? text(alt);
}

function item(fields: { link?: string; title?: unknown; published?: unknown; summary?: unknown }): FeedItem | undefined {
  if (!fields.link) return undefined;
  const out: FeedItem = { link: fields.link };
  const title = text(fields.title);
  const published = text(fields.published);
  const summary = text(fields.summary);
  if (title) out.title = title;
  if (published) out.published = published;
  if (summary) out.summary = summary;
  return out;
}

function fromXml(body: string): ParsedFeed {
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new FeedError(`Invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(body) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    const items = asArray(channel.item).map((raw) => {
      const i = raw as Node;
      const guid = i.guid as Node | string | undefined;
      const guidLink = typeof guid === 'object' && guid?.['@_isPermaLink'] === 'false' ? undefined : text(guid);
      const link = pickLink(i.link) ?? (guidLink && /^https?:/i.test(guidLink) ? guidLink : undefined);
      return item({ link, title: i.title, published: i.pubDate ?? i.date, summary: i.description });
    });
    return { format: 'rss', title: text(channel.title), items: clean(items) };
  }
  const rdf = doc.RDF as Node | undefined;
  if (rdf) {
    const items = asArray(rdf.item).map((raw) => {
      const i = raw as Node;
      return item({ link: pickLink(i.link) ?? text(i['@_about']), title: i.title, published: i.date, summary: i.description });
    });
    return { format: 'rdf', title: text((rdf.channel as Node | undefined)?.title), items: clean(items) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const items = asArray(feed.entry).map((raw) => {
      const e = raw as Node;
      return item({ link: pickLink(e.link), title: e.title, published: e.published ?? e.updated, summary: e.summary });
    });
    return { format: 'atom', title: text(feed.title), items: clean(items) };
  }
  const root = Object.keys(doc).find((k) => k !== '?xml');
  throw new FeedError(root === 'html' ? 'This is a web page, not a feed.' : `Not a feed: the document is <${root ?? 'empty'}>.`);
}

function clean(items: (FeedItem | undefined)[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const i of items) {
    if (!i || seen.has(i.link)) continue;
    seen.add(i.link);
    out.push(i);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

/** Common field names of JSON search APIs and JSON Feed. */
function jsonItem(raw: unknown): FeedItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Node;
  const link = text(r.url) ?? text(r.external_url) ?? text(r.link) ?? text(r.href) ?? text(r.webUrl);
  return item({
    link,
    title: r.title ?? r.name ?? r.headline,
    published: r.date_published ?? r.published ?? r.publishedAt ?? r.datePublished ?? r.date,
    summary: r.summary ?? r.content_text ?? r.description ?? r.snippet,
  });
}

function fromJson(body: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    throw new FeedError(`Invalid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(doc)) return { format: 'json', items: clean(doc.map(jsonItem)) };
  if (typeof doc !== 'object' || doc === null) throw new FeedError('Not a feed: JSON is not an object or a list.');
  const d = doc as Node;
  if (typeof d.version === 'string' && d.version.startsWith('https://jsonfeed.org/version/')) {
    return { format: 'json-feed', title: text(d.title), items: clean(asArray(d.items).map(jsonItem)) };
  }
  const list = [d.items, d.results, d.articles, d.value, d.data, d.hits].find(Array.isArray);
  if (!list) throw new FeedError('Not a feed: no list of items or results in the JSON.');
  return { format: 'json', title: text(d.title), items: clean(list.map(jsonItem)) };
}

/** Parse a feed or search response. Throws FeedError with a reader-facing message. */
export function parseFeed(body: string, contentType = ''): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) throw new FeedError('The response was empty.');
  const looksJson = /json/i.test(contentType) || trimmed.startsWith('{') || trimmed.startsWith('[');
  return looksJson ? fromJson(trimmed) : fromXml(trimmed);
}
