import { describe, expect, it } from 'vitest';
import { checkSender, createReceiver, createSend, senderKinds, validators, type Envelope, type Handlers, type SenderInfo } from './messages';

const OWN = 'ownid';
const ORIGIN = 'chrome-extension://ownid/';
const article = {
  url: 'https://news.example/a',
  title: 'A headline',
  blocks: [{ text: 'First paragraph.' }, { text: 'SUB', heading: true }],
  signals: [{ name: 'no-byline-or-credit', evidence: 'no author' }],
  siteName: 'Example News',
};
const contentSender: SenderInfo = { id: OWN, url: 'https://news.example/a', frameId: 0, tab: { id: 7, url: 'https://news.example/a' } };
const popupSender: SenderInfo = { id: OWN, url: `${ORIGIN}src/ui/popup/index.html` };

describe('protocol map', () => {
  it('has a validator and a sender rule for every message', () => {
    expect(Object.keys(validators).sort()).toEqual(Object.keys(senderKinds).sort());
  });
});

describe('validators', () => {
  it('accepts a well-formed article and drops unknown fields', () => {
    const got = validators.ArticleFound({ article: { ...article, evil: '<script>' } });
    expect(got.article.title).toBe('A headline');
    expect(got.article.blocks[1]).toEqual({ text: 'SUB', heading: true });
    expect('evil' in got.article).toBe(false);
  });
  it("keeps the page's metadata credit claims only as short strings of known fields", () => {
    const creditClaims = [{ field: 'sourceOrganization', name: 'Associated Press', type: 'Organization', evil: 1 }];
    expect(validators.ArticleFound({ article: { ...article, creditClaims } }).article.creditClaims).toEqual([
      { field: 'sourceOrganization', name: 'Associated Press', type: 'Organization' },
    ]);
    expect(() => validators.ArticleFound({ article: { ...article, creditClaims: [{ field: 'weight', name: 'x' }] } })).toThrow(/unknown field/);
    expect(() => validators.ArticleFound({ article: { ...article, creditClaims: [{ field: 'author', name: 'x'.repeat(201) }] } })).toThrow(/too long/);
    expect(() => validators.ArticleFound({ article: { ...article, creditClaims: Array(13).fill({ field: 'author', name: 'x' }) } })).toThrow(/short array/);
  });
  it('rejects non-http article URLs', () => {
    expect(() => validators.ArticleFound({ article: { ...article, url: 'javascript:alert(1)' } })).toThrow(/http/);
  });
  it('rejects unknown signal names and oversized text', () => {
    expect(() => validators.ArticleFound({ article: { ...article, signals: [{ name: 'made-up', evidence: '' }] } })).toThrow(/signal/);
    expect(() => validators.ArticleFound({ article: { ...article, blocks: [{ text: 'x'.repeat(60_000) }] } })).toThrow(/too long/);
    const many = Array.from({ length: 30 }, () => ({ text: 'y'.repeat(40_000) }));
    expect(() => validators.ArticleFound({ article: { ...article, blocks: many } })).toThrow(/too long/);
  });
  it('rejects a bad tab id', () => {
    expect(() => validators.GetTabState({ tabId: -1 })).toThrow();
    expect(() => validators.GetTabState({ tabId: '3' })).toThrow();
    expect(validators.GetTabState({ tabId: 3 })).toEqual({ tabId: 3 });
  });
  it('SetMatchRejected needs a tab, two different ids and a boolean', () => {
    const ok = { tabId: 3, pageId: 'a', otherId: 'b', rejected: true };
    expect(validators.SetMatchRejected(ok)).toEqual(ok);
    expect(() => validators.SetMatchRejected({ ...ok, otherId: 'a' })).toThrow(/itself/);
    expect(() => validators.SetMatchRejected({ ...ok, rejected: 'yes' })).toThrow();
    expect(() => validators.SetMatchRejected({ ...ok, pageId: 'x'.repeat(201) })).toThrow();
    expect(() => checkSender('SetMatchRejected', contentSender, OWN, ORIGIN)).toThrow(/extension page/);
  });
});

describe('sender checks', () => {
  it('content messages must come from a tab, top frame, not an extension page', () => {
    expect(() => checkSender('ArticleFound', contentSender, OWN, ORIGIN)).not.toThrow();
    expect(() => checkSender('ArticleFound', { ...contentSender, tab: undefined }, OWN, ORIGIN)).toThrow(/tab/);
    expect(() => checkSender('ArticleFound', { ...contentSender, frameId: 3 }, OWN, ORIGIN)).toThrow(/top frame/);
    expect(() => checkSender('ArticleFound', { ...popupSender, tab: { id: 2 } }, OWN, ORIGIN)).toThrow(/content script/);
  });
  it('page requests must come from our own pages', () => {
    expect(() => checkSender('GetTabState', popupSender, OWN, ORIGIN)).not.toThrow();
    expect(() => checkSender('GetTabState', contentSender, OWN, ORIGIN)).toThrow(/extension page/);
  });
  it('other extensions are refused', () => {
    expect(() => checkSender('GetTabState', { ...popupSender, id: 'someone-else' }, OWN, ORIGIN)).toThrow(/not this extension/);
  });
});

describe('receiver and send', () => {
  const calls: string[] = [];
  const handlers: Handlers = {
    ArticleFound: async ({ article: a }, s) => (calls.push(`found ${a.url} tab ${s.tabId}`), { ok: true }),
    PageFound: async () => ({ ok: true, found: false }),
    NotArticle: async () => ({ ok: true }),
    GetTabState: async () => ({ state: 'checking' }),
    GetComparison: async () => {
      throw new Error('not in library');
    },
    SetMatchRejected: async () => ({ state: 'checking' }),
    CompareWith: async () => ({ state: 'checking' }),
    GetFindOriginal: async () => ({ state: 'off' }),
    FindOriginal: async () => ({ state: 'off' }),
    SetSitePaused: async () => ({ state: 'paused', host: 'a.example' }),
    Recheck: async () => ({ state: 'checking' }),
    ListArticles: async () => [],
    DeleteArticle: async () => ({ deleted: false }),
    GetLibraryStatus: async () => ({ count: 0, bytes: 0, capBytes: 1, feeds: [], failures: [] }),
    PollFeedsNow: async () => ({ count: 0, bytes: 0, capBytes: 1, feeds: [], failures: [] }),
    SetLibraryCap: async () => ({ count: 0, bytes: 0, capBytes: 1, feeds: [], failures: [] }),
    ExportLibrary: async () => ({ text: '' }),
    ImportLibrary: async () => ({ imported: 0, kept: 0, failed: 0, problems: [] }),
    ClearLibrary: async () => ({ count: 0, bytes: 0, capBytes: 1, feeds: [], failures: [] }),
  };
  const receive = createReceiver(handlers, OWN, ORIGIN);

  it('ignores messages that are not ours', async () => {
    expect(await receive({ hello: 1 }, popupSender)).toBeUndefined();
    expect(await receive({ wiretrace: 1, name: 'toString', payload: {} }, popupSender)).toBeUndefined();
  });
  it('validates, checks the sender, then calls the handler', async () => {
    const reply = await receive({ wiretrace: 1, name: 'ArticleFound', payload: { article } }, contentSender);
    expect(reply).toEqual({ wiretrace: 1, ok: true, value: { ok: true } });
    expect(calls).toContain('found https://news.example/a tab 7');
  });
  it('turns refusals and handler errors into error replies', async () => {
    const refused = await receive({ wiretrace: 1, name: 'GetTabState', payload: { tabId: 1 } }, contentSender);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/extension page/) });
    const failed = await receive({ wiretrace: 1, name: 'GetComparison', payload: { copyId: 'a', knownId: 'b' } }, popupSender);
    expect(failed).toMatchObject({ ok: false, error: 'not in library' });
  });
  it('send() unwraps replies and throws the error text', async () => {
    const send = createSend((env: Envelope) => receive(env, popupSender));
    await expect(send('GetTabState', { tabId: 1 })).resolves.toEqual({ state: 'checking' });
    await expect(send('GetComparison', { copyId: 'a', knownId: 'b' })).rejects.toThrow('not in library');
    const silent = createSend(async () => undefined);
    await expect(silent('GetTabState', { tabId: 1 })).rejects.toThrow(/no reply/);
  });
});
