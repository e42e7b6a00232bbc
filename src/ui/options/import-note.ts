// What an import did, in the reader's words (every sentence from _locales via strings.ts):
// the counts, then each failed line by number with what is wrong with it.
import type { ImportProblemCode, ImportResult } from '../../shared/import-lines';
import { s, sn, type StringKey } from './strings';

const PROBLEM_KEY = {
  notJson: 'importNotJson',
  notObject: 'importNotObject',
  secondHeader: 'importSecondHeader',
  newerVersion: 'importNewerVersion',
  lineTooLong: 'importLineTooLong',
  badArticle: 'importBadArticle',
  overCap: 'importOverCap',
  notStored: 'importNotStored',
} as const satisfies Record<ImportProblemCode, StringKey>;

/** What an import did, in the reader's words: counts, then each failed line named. */
export function importNote(r: ImportResult): string {
  const parts: string[] = [];
  if (r.imported || !r.failed) parts.push(sn('importDone', r.imported));
  if (r.kept) parts.push(sn('importKept', r.kept));
  if (r.failed) parts.push(sn(r.imported ? 'importStopped' : 'importNothing', r.failed));
  for (const p of r.problems) parts.push(s('importLine', String(p.line), s(PROBLEM_KEY[p.code], p.detail ?? '')));
  return parts.join(' ');
}
