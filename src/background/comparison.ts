// The side-by-side page's data: two library versions compared, oriented as the report
// says (copy → source), with the other related versions the library holds, so the page
// can offer "compare with another version".
import type { Article, VersionRef } from '../core/types';
import type { Comparison } from '../shared/messages';
import { storedPair, type CompareFn, type LibraryPort, type StoredVersion } from './ports';
import { getMessage } from '../platform/i18n';
import { statedName } from '../core/source';

/** How many other versions are looked up (each is compared once to keep only related ones). */
export const MAX_OTHER_VERSIONS = 5;

function refOf(v: StoredVersion): VersionRef {
  const a: Article = v.article;
  let host = a.url;
  try {
    host = new URL(a.canonicalUrl || a.url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL (pasted text): the title stands for it
  }
  return { id: v.id, outlet: statedName(a) ?? host, title: a.title, url: a.canonicalUrl || a.url, ...(a.published ? { published: a.published } : {}) };
}

export async function buildComparison(library: LibraryPort, compare: CompareFn, copyId: string, knownId: string): Promise<Comparison> {
  const [a, b] = await Promise.all([library.getArticle(copyId), library.getArticle(knownId)]);
  if (!a || !b) throw new Error(getMessage('error_versionGone'));
  const report = compare(a.article, b.article, storedPair(a, b));
  // compare() decides the direction; hand back the articles in the report's orientation.
  const [copy, known] = report.pageRole === 'copy' ? [a, b] : [b, a];
  const candidates = await library.findCandidates(copy.article, { limit: MAX_OTHER_VERSIONS + 2 });
  const otherVersions = candidates
    .filter((c) => c.id !== a.id && c.id !== b.id && compare(copy.article, c.article, storedPair(copy, c)).verdict !== 'unrelated')
    .slice(0, MAX_OTHER_VERSIONS)
    .map(refOf);
  return {
    report: { ...report, copy: { ...report.copy, id: copy.id }, source: { ...report.source, id: known.id }, otherVersions },
    copy: copy.article,
    known: known.article,
  };
}
