import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from './parse';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>World News &amp; Analysis</title>
    <link>https://broadcaster.test/</link>
    <atom:link href="https://broadcaster.test/rss" rel="self" type="application/rss+xml"/>
    <item>
      <title><![CDATA[Talks in Paris put Europeans "back at the table"]]></title>
      <link>https://broadcaster.test/world/paris-talks-1.123</link>
      <guid isPermaLink="false">urn:uuid:1</guid>
      <pubDate>Thu, 17 Apr 2025 14:00:00 GMT</pubDate>
      <description>&lt;p&gt;Macron hosted Rubio&lt;/p&gt;</description>
    </item>
    <item>
      <title>Only a permalink guid</title>
      <guid>https://broadcaster.test/world/2</guid>
    </item>
    <item><title>No link at all</title></item>
    <item>
      <title>2025</title>
      <link>/world/relative-3</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Wire Service</title>
  <link href="https://wire.test/atom" rel="self"/>
  <entry>
    <title type="html">Ceasefire &amp;amp; talks</title>
    <link href="https://wire.test/a/1?amp" rel="amphtml"/>
    <link href="https://wire.test/a/1" rel="alternate" type="text/html"/>
    <id>tag:wire.test,2025:1</id>
    <published>2025-04-17T10:00:00Z</published>
    <updated>2025-04-17T11:00:00Z</updated>
    <summary>Summary one</summary>
  </entry>
  <entry>
    <title>Second</title>
    <link href="https://wire.test/a/2"/>
    <updated>2025-04-18T10:00:00Z</updated>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Public Broadcaster',
  items: [
    { id: '1', url: 'https://pb.test/story/1', title: 'First story', date_published: '2025-04-17T09:00:00Z', content_text: 'Body' },
    { id: '2', external_url: 'https://elsewhere.test/x', title: 'Linked story' },
    { id: '3', title: 'No URL' },
  ],
});

describe('parseFeed', () => {
  it('reads RSS 2.0: CDATA and entities decoded, guid permalink used, unlinked items dropped', () => {
    const feed = parseFeed(RSS, 'application/rss+xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('World News & Analysis');
    expect(feed.items).toEqual([
      {
        link: 'https://broadcaster.test/world/paris-talks-1.123',
        title: 'Talks in Paris put Europeans "back at the table"',
        published: 'Thu, 17 Apr 2025 14:00:00 GMT',
        summary: '<p>Macron hosted Rubio</p>',
      },
      { link: 'https://broadcaster.test/world/2', title: 'Only a permalink guid' },
      { link: '/world/relative-3', title: '2025' },
    ]);
  });

  it('reads Atom: the alternate link, not self or amphtml; published before updated', () => {
    const feed = parseFeed(ATOM, 'application/atom+xml');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Wire Service');
    expect(feed.items.map((i) => i.link)).toEqual(['https://wire.test/a/1', 'https://wire.test/a/2']);
    expect(feed.items[0].published).toBe('2025-04-17T10:00:00Z');
    expect(feed.items[1].published).toBe('2025-04-18T10:00:00Z');
    expect(feed.items[0].title).toBe('Ceasefire &amp; talks');
  });

  it('reads JSON Feed, with external_url when there is no url', () => {
    const feed = parseFeed(JSON_FEED, 'application/feed+json');
    expect(feed.format).toBe('json-feed');
    expect(feed.items).toEqual([
      { link: 'https://pb.test/story/1', title: 'First story', published: '2025-04-17T09:00:00Z', summary: 'Body' },
      { link: 'https://elsewhere.test/x', title: 'Linked story' },
    ]);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://r.test/"><title>R</title></channel>
      <item rdf:about="https://r.test/1"><title>One</title><link>https://r.test/1</link></item></rdf:RDF>`;
    expect(parseFeed(rdf).items).toEqual([{ link: 'https://r.test/1', title: 'One' }]);
  });

  it('reads JSON search results in common shapes', () => {
    expect(parseFeed(JSON.stringify({ results: [{ link: 'https://a.test/1', name: 'A' }] })).items).toEqual([{ link: 'https://a.test/1', title: 'A' }]);
    expect(parseFeed(JSON.stringify([{ url: 'https://a.test/2' }])).items).toEqual([{ link: 'https://a.test/2' }]);
  });

  it('reports broken input with a readable error', () => {
    expect(() => parseFeed('<rss><channel><item></channel></rss>')).toThrow(/Invalid XML/);
    expect(() => parseFeed('<!DOCTYPE html><html><body>hi</body></html>')).toThrow(FeedError);
    expect(() => parseFeed('<html><body><p>hi</p></body></html>')).toThrow(/web page, not a feed/);
    expect(() => parseFeed('{"a":1}')).toThrow(/no list/);
    expect(() => parseFeed('{oops')).toThrow(/Invalid JSON/);
    expect(() => parseFeed('   ')).toThrow(/empty/);
  });

  it('caps the number of items', () => {
    const items = Array.from({ length: 300 }, (_, i) => `<item><link>https://x.test/${i}</link></item>`).join('');
    expect(parseFeed(`<rss><channel>${items}</channel></rss>`).items).toHaveLength(100);
  });
});
