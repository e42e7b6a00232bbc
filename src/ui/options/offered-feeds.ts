// Feeds offered in the options page: wire services and public broadcasters that publish
// original reporting and public RSS. Off until the reader adds one.
export const OFFERED_FEEDS: readonly { name: string; url: string }[] = [
  { name: 'CBC News – World', url: 'https://www.cbc.ca/webfeed/rss/rss-world' },
  { name: 'BBC News – World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml' },
  { name: 'NPR – World', url: 'https://feeds.npr.org/1004/rss.xml' },
  { name: 'Deutsche Welle – World', url: 'https://rss.dw.com/rdf/rss-en-world' },
  { name: 'France 24 – English', url: 'https://www.france24.com/en/rss' },
  { name: 'RNZ – World', url: 'https://www.rnz.co.nz/rss/world.xml' },
];
