// Comparisons for plain Vite dev (never in the extension build): the hand-built one, or
// with `?fixture=seed` the seed pair's texts run through the real engine, so the page can
// be worked on against what the engine really produces.
import type { Comparison } from '../../shared/messages';

export async function devComparison(search: string): Promise<Comparison> {
  if (new URLSearchParams(search).get('fixture') !== 'seed') {
    return (await import('../../core/testing/handComparison')).handComparison;
  }
  const [{ compare, articleFromText }, bulletin, cbc] = await Promise.all([
    import('../../core/compare'),
    import('../../../test-fixtures/seed-pair/bulletin.txt?raw'),
    import('../../../test-fixtures/seed-pair/cbc.txt?raw'),
  ]);
  const copy = articleFromText(bulletin.default, { url: 'https://bigtownbulletin.test/2025/04/18/ukraine-talks/', siteName: 'Big Town Bulletin News' });
  const known = articleFromText(cbc.default, { url: 'https://www.cbc.ca/news/world/ukraine-us-talks-paris-1.7512345', siteName: 'CBC News' });
  const report = compare(copy, known);
  const [c, k] = report.pageRole === 'copy' ? [copy, known] : [known, copy];
  return { report: { ...report, copy: { ...report.copy, id: 'copy-1' }, source: { ...report.source, id: 'known-1' } }, copy: c, known: k };
}
