// The worker's pipeline for one article: store it, find other versions, compare, pick the
// report to show. Returns the tab's new state; the caller persists it and sets the badge.
import type { Article, Report, VersionRef } from '../core/types';
import type { IndexFailure, NotKept, TabState } from '../shared/messages';
import { judgeNewsPage } from '../core/news-page';
import { outletOf } from '../core/source';
import { hostOf } from '../shared/urls';
import { storedPair, type CompareFn, type LibraryPort, type StoredVersion } from './ports';

export interface AnalyseDeps {
  library: LibraryPort;
  compare: CompareFn;
  /** settings.indexVisitedArticles: when off, the page is compared but not remembered. */
  remember: boolean;
  /**
   * When no stored version matches: look further (feeds not yet polled, the search
   * endpoint; background/discovery). True when it stored something, so candidates are
   * looked up once more.
   */
  discover?: (article: Article) => Promise<boolean>;
  /**
   * When no stored version matches, before discover: the shared index, if one is set
   * (background/discovery/shared-index.ts). Undefined when none is set.
   */
  askIndex?: (article: Article) => Promise<{ added: number; error?: IndexFailure } | undefined>;
}

/** How many stored versions are compared at most; the library ranks them by similarity. */
export const MAX_CANDIDATES = 5;

/** The other side of a report, from the open page's point of view. */
function otherSide(report: Report): VersionRef {
  return report.pageRole === 'copy' ? report.source : report.copy;
}

/** The report with library ids on both sides: the open page's (when stored) and the other version's. */
export function withIds(report: Report, pageId: string | undefined, otherId: string): Report {
  const pageSide = report.pageRole === 'copy' ? 'copy' : 'source';
  const other = pageSide === 'copy' ? 'source' : 'copy';
  return {
    ...report,
    [pageSide]: { ...report[pageSide], ...(pageId ? { id: pageId } : {}) },
    [other]: { ...report[other], id: otherId },
  };
}

/**
 * Store the page, or say why it is not kept: remembering is off, its site used its share
 * of the library for now, or it alone is larger than the whole size cap. Either way the
 * page is still compared.
 */
async function remember(deps: AnalyseDeps, article: Article): Promise<{ stored?: StoredVersion; notKept?: NotKept }> {
  if (!deps.remember) return { notKept: 'setting' };
  if ((await deps.library.admitVisit?.(article)) === false) return { notKept: 'site-share' };
  try {
    return { stored: await deps.library.putArticle(article, 'visited') };
  } catch (e) {
    if (e instanceof Error && e.name === 'OverCapError') return { notKept: 'over-cap' };
    throw e;
  }
}

/** The report with its other version marked as found through the shared index. */
function markFromIndex(report: Report): Report {
  const other = report.pageRole === 'copy' ? 'source' : 'copy';
  return { ...report, [other]: { ...report[other], fromIndex: true } };
}

export async function analyseArticle(page: Article, deps: AnalyseDeps): Promise<TabState> {
  // News articles only (issue 10; the reader's expectations are written in core/news-page.ts):
  // a page that shows another kind is neither kept nor compared; one that shows no kind is
  // compared with the library only, and kept nowhere. The markup evidence is never stored.
  const judged = judgeNewsPage(page);
  const { evidence: _markup, ...article } = page;
  if (judged.answer === 'not-news') return { state: 'not-news', ...(judged.kind ? { kind: judged.kind } : {}) };
  const news = judged.answer === 'news';
  const { stored, notKept } = news ? await remember(deps, article) : {};
  // The page's own outlet is never a "known version" of itself (same host = same site).
  const excludeHost = hostOf(article.canonicalUrl || article.url);
  // Versions the reader marked "this match is wrong" for this page are never matched again.
  const rejected = stored && deps.library.rejectedWith ? await deps.library.rejectedWith(stored.id) : new Set<string>();
  const relatedVersions = async (): Promise<Report[]> => {
    const candidates = (await deps.library.findCandidates(article, { excludeHost, limit: MAX_CANDIDATES })).filter(
      (c) => c.id !== stored?.id && !rejected.has(c.id),
    );
    const out: Report[] = [];
    for (const candidate of candidates) {
      const report = deps.compare(article, candidate.article, storedPair(stored, candidate));
      if (report.verdict === 'unrelated' || report.verdict === 'same-page') continue;
      const withBoth = withIds(report, stored?.id, candidate.id);
      out.push(candidate.origin === 'index' ? markFromIndex(withBoth) : withBoth);
    }
    return out;
  };

  let related = await relatedVersions();
  if (!news) {
    if (related.length === 0) return { state: 'not-news', compared: true };
    related = related.map((r) => ({ ...r, pageNotNews: true as const }));
  }
  let indexError: IndexFailure | undefined;
  // Further look-ups (the shared index, feeds, search) only for a news article.
  if (related.length === 0 && deps.askIndex) {
    const asked = await deps.askIndex(article);
    indexError = asked?.error;
    if (asked?.added) related = await relatedVersions();
  }
  if (related.length === 0 && deps.discover && (await deps.discover(article))) related = await relatedVersions();
  if (related.length === 0) {
    // What was read and whether it was kept: the popup tells the reader (issue 11); and why
    // the shared index, when asked, gave nothing.
    return {
      state: 'no-known-version',
      article: {
        title: article.title,
        url: article.url,
        outlet: outletOf(article),
        kept: !!stored,
        ...(stored ? { id: stored.id } : {}),
        ...(notKept ? { notKept } : {}),
        ...(article.cut ? { cut: article.cut } : {}),
      },
      ...(indexError ? { indexError } : {}),
    };
  }
  related.sort((a, b) => b.reusedShare - a.reusedShare);
  const [best, ...rest] = related;
  // The matched version is in use: the size cap evicts the least recently used first.
  const matchedId = otherSide(best).id;
  if (matchedId) await deps.library.markUsed?.(matchedId);
  // Every other related version the library holds is listed, once, beside the best match.
  const seen = new Set([best.source.url, best.copy.url, ...best.otherVersions.map((v) => v.url)]);
  const otherVersions = [...best.otherVersions];
  for (const r of rest) {
    const v = otherSide(r);
    if (!seen.has(v.url)) {
      seen.add(v.url);
      otherVersions.push(v);
    }
  }
  return { state: 'report', report: { ...best, otherVersions }, ...(notKept ? { notKept } : {}) };
}
